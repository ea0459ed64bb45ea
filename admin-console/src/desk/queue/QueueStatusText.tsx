import { Group, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconClock, IconCopy, IconX } from '@tabler/icons-react';
import { useT } from '../../i18n/useT';
import type { QueuedStatus } from '../offline/deskDatabase';

const ICONS = { pending: IconClock, recorded: IconCheck, duplicate: IconCopy, refused: IconX } as const;
const COLOURS = { pending: 'orange.9', recorded: 'teal.8', duplicate: 'blue.8', refused: 'red.8' } as const;

/** A queue entry's status in words, with an icon (the words carry the meaning; the colour only helps). */
export function QueueStatusText({ status }: { status: QueuedStatus }) {
  const t = useT();
  const Icon = ICONS[status];
  const label = {
    pending: t('console-desk-status-pending'),
    recorded: t('console-desk-status-recorded'),
    duplicate: t('console-desk-status-duplicate'),
    refused: t('console-desk-status-refused'),
  }[status];
  return (
    <Group gap={4} wrap="nowrap">
      <ThemeIcon variant="transparent" color={COLOURS[status]} size="sm" aria-hidden>
        <Icon size={16} />
      </ThemeIcon>
      <Text size="sm" fw={600} data-status={status}>
        {label}
      </Text>
    </Group>
  );
}
