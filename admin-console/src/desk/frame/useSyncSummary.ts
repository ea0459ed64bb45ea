import { useCallback } from 'react';
import { useT } from '../../i18n/useT';
import type { SyncReport } from '../offline/syncQueue';

/** One sentence on what a sync did, and why it stopped if it did. */
export function useSyncSummary(): (report: SyncReport) => string {
  const t = useT();
  return useCallback(
    (report: SyncReport) => {
      const parts: string[] = [];
      const settled = report.recorded + report.duplicate + report.refused;
      if (settled > 0) {
        parts.push(
          t('console-desk-sync-result', {
            recorded: report.recorded,
            duplicate: report.duplicate,
            refused: report.refused,
          }),
        );
      }
      const stopped = report.stopped;
      if (stopped?.reason === 'unreachable') parts.push(t('console-desk-sync-unreachable'));
      else if (stopped?.reason === 'other-staff') parts.push(t('console-desk-sync-other-staff'));
      else if (stopped) parts.push(stopped.error || t('console-error-unexpected'));
      if (report.pending > 0) parts.push(t('console-desk-sync-still-pending', { count: report.pending }));
      if (parts.length === 0) parts.push(t('console-desk-sync-nothing'));
      return parts.join(' ');
    },
    [t],
  );
}
