import { Paper, Text, UnstyledButton } from '@mantine/core';
import { useFormat } from '../../i18n/useFormat';
import { useT } from '../../i18n/useT';
import type { Session } from './calendar';

/** A session in the week view, in two short lines; opens its details. */
export function SessionChip({ session, facilityName, onOpen }: { session: Session; facilityName: string; onOpen: () => void }) {
  const t = useT();
  const f = useFormat();
  const booked = session.booked_dose1 + session.booked_dose2;
  const capacity = session.capacity_dose1 + session.capacity_dose2;
  const ages =
    session.max_age == null
      ? t('console-ministry-session-ages-from', { min: session.min_age })
      : t('console-ministry-session-ages-between', { min: session.min_age, max: session.max_age });
  return (
    <UnstyledButton onClick={onOpen} w="100%" aria-haspopup="dialog">
      <Paper withBorder px={6} py={4} radius="sm" style={{ borderInlineStartWidth: 3, borderInlineStartColor: 'var(--mantine-color-blue-6)' }}>
        <Text size="xs" fw={600} lineClamp={1}>
          {facilityName}
        </Text>
        <Text size="xs" c="dimmed" lineClamp={1}>
          {session.vaccine} · {ages} · {t('console-ministry-session-booked-short', { booked: f.number(booked), capacity: f.number(capacity) })}
        </Text>
      </Paper>
    </UnstyledButton>
  );
}
