import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Toast {
  id: number;
  message: string;
  action?: { label: string; run(): void };
}

interface ToastApi {
  show(message: string, action?: Toast['action']): void;
}

const ToastContext = createContext<ToastApi>({ show: () => undefined });

export function useToasts(): ToastApi {
  return useContext(ToastContext);
}

let nextId = 1;

/** Short messages after an action, with "Ongedaan maken" for destructive ones; announced politely. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [toasts, setToasts] = useState<Toast[]>([]);
  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((x) => x.id !== id)), []);
  const show = useCallback(
    (message: string, action?: Toast['action']) => {
      const id = nextId++;
      setToasts((all) => [...all.slice(-2), action ? { id, message, action } : { id, message }]);
      setTimeout(() => dismiss(id), 10_000);
    },
    [dismiss],
  );
  const api = useMemo(() => ({ show }), [show]);
  return (
    <ToastContext.Provider value={api}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((toast) => (
          <div key={toast.id} className="toast">
            <span>{toast.message}</span>
            {toast.action && (
              <button
                type="button"
                onClick={() => {
                  toast.action?.run();
                  dismiss(toast.id);
                }}
              >
                {toast.action.label}
              </button>
            )}
            <button type="button" className="icon" aria-label={t('common.close')} onClick={() => dismiss(toast.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}
