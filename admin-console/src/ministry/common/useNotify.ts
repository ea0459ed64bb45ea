import { notifications } from '@mantine/notifications';
import { useErrorText } from '../../components/ErrorAlert';
import { useT } from '../../i18n/useT';

/** Toasts for the outcome of an action, with a named close button (an unnamed one fails accessibility checks). */
export function useNotify(): { success: (message: string) => void; failure: (error: unknown) => void } {
  const t = useT();
  const errorText = useErrorText();
  const closeButtonProps = { 'aria-label': t('console-close') };
  return {
    success: (message) => notifications.show({ color: 'green', message, closeButtonProps }),
    failure: (error) => notifications.show({ color: 'red', title: t('console-error-title'), message: errorText(error), closeButtonProps }),
  };
}
