import { Button, Group, Paper, Text, ThemeIcon } from '@mantine/core';
import { IconCloudOff, IconCloud } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useT } from '../../i18n/useT';
import { useDesk, useDeskStatus } from './deskContext';

/**
 * Online or not, how many doses wait on this device, and a way to send them now. The count is a live region so a
 * screen reader hears it change when doses are queued or sent.
 */
export function DeskStatusBar({ queueActions = true }: { queueActions?: boolean }) {
  const t = useT();
  const { services } = useDesk();
  const { online, pending, syncing } = useDeskStatus();
  return (
    <Paper withBorder p="sm" radius="md" bg={online ? undefined : 'yellow.0'} data-testid="desk-status">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Group gap="xs" wrap="nowrap">
          <ThemeIcon variant="transparent" color={online ? 'teal.8' : 'orange.9'} aria-hidden>
            {online ? <IconCloud size={20} /> : <IconCloudOff size={20} />}
          </ThemeIcon>
          <div>
            <Text size="sm" fw={600}>
              {online ? t('console-desk-online') : t('console-desk-offline')}
            </Text>
            <Text size="sm" role="status" aria-live="polite" data-testid="desk-pending-count">
              {t('console-desk-pending-count', { count: pending })}
            </Text>
          </div>
        </Group>
        {queueActions && (
          <Group gap="xs">
            <Button component={Link} to="/desk/queue" variant="default" size="xs">
              {t('console-desk-queue-open')}
            </Button>
            {pending > 0 && (
              <Button size="xs" loading={syncing} onClick={() => void services.sync('manual')}>
                {t('console-desk-sync-now')}
              </Button>
            )}
          </Group>
        )}
      </Group>
      {!online && (
        <Text size="sm" mt="xs">
          {t('console-desk-offline-explain')}
        </Text>
      )}
    </Paper>
  );
}
