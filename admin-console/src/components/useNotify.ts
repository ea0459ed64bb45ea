import { notifications, type NotificationData } from '@mantine/notifications';
import { useCallback } from 'react';
import { useT } from '../i18n/useT';

/**
 * Shows a Mantine notification whose close button has a translated name (Mantine's has none: axe's "button-name").
 * `const notify = useNotify(); notify({ color: 'green', message: t('console-saved') });`
 */
export function useNotify(): (notification: NotificationData) => string {
  const t = useT();
  return useCallback(
    (notification) => notifications.show({ closeButtonProps: { 'aria-label': t('console-close') }, ...notification }),
    [t],
  );
}
