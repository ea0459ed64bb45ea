import { Group, List, Modal, Stack, Text } from '@mantine/core';
import { useFormat } from '../../i18n/useFormat';
import { useT } from '../../i18n/useT';
import type { Session } from './calendar';
import { SessionCard } from './SessionCard';

/** A session's details from the week view: places, slots, and the changes the administrator may make. */
export function SessionDetailsModal({
  session,
  facilityName,
  canChange,
  onCapacity,
  onEdit,
  onClose,
}: {
  session: Session;
  facilityName: string;
  canChange: boolean;
  onCapacity: () => void;
  onEdit: () => void;
  onClose: () => void;
}) {
  const t = useT();
  const f = useFormat();
  return (
    <Modal opened closeButtonProps={{ 'aria-label': t('console-close') }} onClose={onClose} title={f.day(session.date, { dateStyle: 'full' })}>
      <Stack gap="sm">
        <SessionCard session={session} facilityName={facilityName} canChange={canChange} onCapacity={onCapacity} onEdit={onEdit} />
        <Group gap="xs">
          <Text size="sm" fw={500}>
            {t('console-ministry-session-slots')}
          </Text>
        </Group>
        <List size="sm">
          {session.slots.map((slot) => (
            <List.Item key={slot}>{slot}</List.Item>
          ))}
        </List>
      </Stack>
    </Modal>
  );
}
