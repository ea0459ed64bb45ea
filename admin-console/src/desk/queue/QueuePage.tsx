import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { LoadingBlock } from '../../components/LoadingBlock';
import { useFormat } from '../../i18n/useFormat';
import { useT } from '../../i18n/useT';
import { useDesk, useDeskStatus } from '../frame/deskContext';
import { DeskPage } from '../frame/DeskPage';
import { useSyncSummary } from '../frame/useSyncSummary';
import { QueueEntryItem } from './QueueEntryItem';
import { useQueueEntries } from './useQueueEntries';
import classes from './QueuePage.module.css';

/** The doses of this device: those waiting for the network, and the server's verdict on those sent. */
export function QueuePage() {
  const t = useT();
  const f = useFormat();
  const { services } = useDesk();
  const { syncing, lastSync } = useDeskStatus();
  const summary = useSyncSummary();
  const entries = useQueueEntries();
  const pending = (entries ?? []).filter((entry) => entry.status === 'pending');
  const settled = (entries ?? []).filter((entry) => entry.status !== 'pending').reverse();

  return (
    <DeskPage title={t('console-desk-queue-title')} queueActions={false}>
      <Group gap="sm" wrap="wrap">
        <Button
          leftSection={<IconRefresh size={18} />}
          loading={syncing}
          disabled={pending.length === 0}
          onClick={() => void services.sync('manual')}
        >
          {t('console-desk-sync-now')}
        </Button>
      </Group>
      {lastSync && (
        <Text size="sm" role="status" data-testid="desk-last-sync">
          {t('console-desk-queue-last-sync', { time: f.dateTime(new Date(lastSync.at), { dateStyle: undefined }) })}{' '}
          {summary(lastSync.report)}
        </Text>
      )}
      {!entries ? (
        <LoadingBlock />
      ) : (
        <>
          <Stack gap="xs" component="section" aria-labelledby="desk-queue-pending-heading">
            <Title order={2} size="h3" id="desk-queue-pending-heading">
              {t('console-desk-queue-pending-title', { count: pending.length })}
            </Title>
            {pending.length === 0 ? (
              <Text>{t('console-desk-queue-pending-none')}</Text>
            ) : (
              <Stack component="ul" gap="xs" className={classes.list} data-testid="desk-queue-pending">
                {pending.map((entry) => (
                  <QueueEntryItem key={entry.idempotencyKey} entry={entry} />
                ))}
              </Stack>
            )}
          </Stack>
          <Stack gap="xs" component="section" aria-labelledby="desk-queue-settled-heading">
            <Title order={2} size="h3" id="desk-queue-settled-heading">
              {t('console-desk-queue-settled-title')}
            </Title>
            {settled.length === 0 ? (
              <Text>{t('console-desk-queue-settled-none')}</Text>
            ) : (
              <Stack component="ul" gap="xs" className={classes.list} data-testid="desk-queue-settled">
                {settled.map((entry) => (
                  <QueueEntryItem
                    key={entry.idempotencyKey}
                    entry={entry}
                    onDismiss={() => void services.queue.dismiss(entry.idempotencyKey)}
                  />
                ))}
              </Stack>
            )}
          </Stack>
        </>
      )}
    </DeskPage>
  );
}
