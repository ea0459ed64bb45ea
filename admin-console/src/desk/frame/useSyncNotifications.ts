import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { useT } from '../../i18n/useT';
import type { DeskServices } from '../offline/deskServices';
import { useSyncSummary } from './useSyncSummary';

/**
 * Tells the vaccinator what a sync they did not start from the record form did: the automatic one when the network
 * returns, or the "send now" button. (The record form shows its own dose's result in place.)
 */
export function useSyncNotifications(services: DeskServices | undefined): void {
  const t = useT();
  const summary = useSyncSummary();
  useEffect(() => {
    if (!services) return;
    return services.onReport((report, reason) => {
      if (reason === 'record') return;
      const settled = report.recorded + report.duplicate + report.refused;
      if (settled === 0 && (reason === 'automatic' || !report.stopped)) return;
      notifications.show({
        title: t('console-desk-sync-title'),
        message: summary(report),
        color: report.refused > 0 || report.stopped ? 'orange' : 'green',
        autoClose: 8_000,
        closeButtonProps: { 'aria-label': t('console-close') },
      });
    });
  }, [services, t, summary]);
}
