import { type ReactNode, useId } from 'react';

interface FieldShellProps {
  label: string;
  error?: string | undefined;
  help?: string | undefined;
  children: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
}

/** A label, a control, help and an error, wired for screen readers (and Playwright's getByLabel). */
export function FieldShell({ label, error, help, children }: FieldShellProps) {
  const id = useId();
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const describedBy = [help ? helpId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({ id, describedBy, invalid: Boolean(error) })}
      {help && (
        <p id={helpId} className="field-help">
          {help}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

interface TextFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string | undefined;
  help?: string | undefined;
  placeholder?: string;
  required?: boolean;
  type?: 'text' | 'url';
  autoFocus?: boolean;
}

export function TextField({ label, value, onChange, error, help, placeholder, required, type = 'text', autoFocus }: TextFieldProps) {
  return (
    <FieldShell label={label} error={error} help={help}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          type={type}
          value={value}
          placeholder={placeholder}
          required={required}
          autoFocus={autoFocus}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </FieldShell>
  );
}

interface TextAreaProps {
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string | undefined;
  help?: string | undefined;
  rows?: number;
}

export function TextArea({ label, value, onChange, error, help, rows = 4 }: TextAreaProps) {
  return (
    <FieldShell label={label} error={error} help={help}>
      {({ id, describedBy, invalid }) => (
        <textarea
          id={id}
          value={value}
          rows={rows}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </FieldShell>
  );
}

interface SelectFieldProps<V extends string> {
  label: string;
  value: V;
  options: readonly { value: V; label: string }[];
  onChange(value: V): void;
  error?: string | undefined;
}

export function SelectField<V extends string>({ label, value, options, onChange, error }: SelectFieldProps<V>) {
  return (
    <FieldShell label={label} error={error}>
      {({ id, describedBy, invalid }) => (
        <select id={id} value={value} aria-invalid={invalid || undefined} aria-describedby={describedBy} onChange={(e) => onChange(e.target.value as V)}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
