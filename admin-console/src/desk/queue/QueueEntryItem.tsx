import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useFormat } from '../../i18n/useFormat';
import { useT } from '../../i18n/useT';
import type { QueuedDose } from '../offline/deskDatabase';
import { QueueStatusText } from './QueueStatusText';

/** One dose of the queue: who, which, when, its status and, once judged, the server's words. */
export function QueueEntryItem({ entry, onDismiss }: { entry: QueuedDose; onDismiss?: () => void }) {
  const t = useT();
  const f = useFormat();
  return (
    <Paper component="li" withBorder p="sm" radius="md" data-testid="desk-queue-entry" data-status={entry.status}>
      <Stack gap={4}>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text fw={600}>{entry.name}</Text>
          <QueueStatusText status={entry.status} />
        </Group>
        <Text size="sm">
          {t('console-desk-queue-entry-dose', {
            dose: entry.dose,
            vaccine: entry.vaccine,
            batch: entry.batch,
            time: f.dateTime(new Date(entry.queuedAt), { dateStyle: undefined }),
          })}
        </Text>
        {!entry.reference && entry.walkIn && (
          <Text size="sm">{t('console-desk-queue-entry-walk-in')}</Text>
        )}
        {entry.status === 'pending' && entry.attempts > 0 && (
          <Text size="sm">{t('console-desk-queue-entry-attempts', { count: entry.attempts })}</Text>
        )}
        {entry.error && <Text size="sm">{entry.error}</Text>}
        {onDismiss && (
          <Group justify="flex-end">
            <Button variant="subtle" size="xs" onClick={onDismiss} aria-label={t('console-desk-queue-dismiss-label', { name: entry.name })}>
              {t('console-desk-queue-dismiss')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
