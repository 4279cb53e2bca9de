import { useTranslation } from 'react-i18next';
import { errorMessage } from './form-errors';
import { ErrorText } from './ErrorText';

interface FormActionsProps {
  saving: boolean;
  error: unknown;
  onDelete?: (() => void) | undefined;
  /** Back to the reading view without saving (it asks first when something was typed). */
  onCancel?: (() => void) | undefined;
}

/** Save (and delete for an existing item) with the error of the last attempt, announced. */
export function FormActions({ saving, error, onDelete, onCancel }: FormActionsProps) {
  const { t } = useTranslation();
  const message = errorMessage(error);
  return (
    <div className="form-actions">
      <ErrorText message={message} />
      <button type="submit" className="primary" disabled={saving}>
        {saving ? t('common.saving') : t('common.save')}
      </button>
      {onCancel && (
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      )}
      {onDelete && (
        <button type="button" className="danger" onClick={onDelete}>
          {t('common.delete')}
        </button>
      )}
    </div>
  );
}
