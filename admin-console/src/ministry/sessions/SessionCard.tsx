import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useFormat } from '../../i18n/useFormat';
import { useT } from '../../i18n/useT';
import type { Session } from './calendar';

/** One session in the calendar: where, which vaccine, for whom, places booked of offered, and its actions. */
export function SessionCard({
  session,
  facilityName,
  canChange,
  onCapacity,
  onEdit,
}: {
  session: Session;
  facilityName: string;
  canChange: boolean;
  onCapacity: () => void;
  onEdit: () => void;
}) {
  const t = useT();
  const f = useFormat();
  const ages =
    session.max_age == null
      ? t('console-ministry-session-ages-from', { min: session.min_age })
      : t('console-ministry-session-ages-between', { min: session.min_age, max: session.max_age });
  return (
    <Paper withBorder p="xs" radius="sm" component="article" aria-label={`${facilityName}, ${session.vaccine}`}>
      <Stack gap={4}>
        <Text size="sm" fw={600} lineClamp={2}>
          {facilityName}
        </Text>
        <Group gap={4}>
          <Badge size="sm" variant="light">
            {session.vaccine}
          </Badge>
          <Badge size="sm" variant="outline" color="gray">
            {ages}
          </Badge>
        </Group>
        <Text size="xs">
          {t('console-ministry-session-places-dose1', {
            booked: f.number(session.booked_dose1),
            capacity: f.number(session.capacity_dose1),
          })}
        </Text>
        <Text size="xs">
          {t('console-ministry-session-places-dose2', {
            booked: f.number(session.booked_dose2),
            capacity: f.number(session.capacity_dose2),
          })}
        </Text>
        <Text size="xs" c="dimmed">
          {t('console-ministry-session-slot-count', { count: session.slots.length })}
        </Text>
        {canChange && (
          <Group gap={4} mt={2}>
            <Button size="compact-xs" variant="light" onClick={onCapacity}>
              {t('console-ministry-session-capacity')}
            </Button>
            <Button size="compact-xs" variant="subtle" onClick={onEdit}>
              {t('console-ministry-session-edit')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
