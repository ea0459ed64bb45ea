import { ActionIcon, Group, Paper, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useFormat } from '../../i18n/useFormat';
import { useT } from '../../i18n/useT';
import { isoToApi } from '../common/days';

/** One day of the calendar: its heading (a button opening the day view), its sessions, and "add" when allowed. */
export function DayColumn({
  day,
  isToday,
  onOpenDay,
  onAdd,
  children,
  count,
}: {
  day: string;
  isToday: boolean;
  onOpenDay?: () => void;
  onAdd?: () => void;
  children: ReactNode;
  count: number;
}) {
  const t = useT();
  const f = useFormat();
  const label = f.day(isoToApi(day) ?? day, { weekday: 'long', day: 'numeric', month: 'long' });
  const short = f.day(isoToApi(day) ?? day, { weekday: 'short', day: 'numeric', month: 'short' });
  return (
    <Paper
      withBorder
      p="xs"
      radius="md"
      component="section"
      aria-label={label}
      bg={isToday ? 'var(--mantine-color-blue-light)' : undefined}
      data-day={day}
    >
      <Stack gap="xs">
        <Group justify="space-between" gap={4} wrap="nowrap">
          <Title order={3} size="h6">
            {onOpenDay ? (
              <UnstyledButton onClick={onOpenDay} aria-label={t('console-ministry-sessions-open-day', { day: label })} td="underline">
                {short}
              </UnstyledButton>
            ) : (
              label
            )}
          </Title>
          {onAdd && (
            <ActionIcon variant="subtle" size="sm" onClick={onAdd} aria-label={t('console-ministry-session-create-on', { day: label })}>
              <IconPlus size={16} />
            </ActionIcon>
          )}
        </Group>
        {count === 0 ? (
          <Text size="xs" c="dimmed">
            {t('console-ministry-sessions-none')}
          </Text>
        ) : (
          children
        )}
      </Stack>
    </Paper>
  );
}
