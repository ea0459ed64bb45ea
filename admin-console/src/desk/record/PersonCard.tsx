import { List, Paper, Stack, Text, Title } from '@mantine/core';
import { useFormat } from '../../i18n/useFormat';
import { useT } from '../../i18n/useT';
import type { PersonAtDesk } from './person';

/**
 * Who the dose is for: name, year of birth, reference and (unless `withHistory` is false, once a dose was just
 * recorded and the list would be out of date) the doses they have had.
 */
export function PersonCard({ person, withHistory = true }: { person: PersonAtDesk; withHistory?: boolean }) {
  const t = useT();
  const f = useFormat();
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap={4}>
        <Title order={2} size="h3">
          {person.name}
        </Title>
        {person.birthYear !== undefined && (
          <Text size="sm">{t('console-desk-person-born', { year: String(person.birthYear) })}</Text>
        )}
        <Text size="sm">
          {person.reference
            ? t('console-desk-person-reference', { reference: person.reference })
            : t('console-desk-person-not-registered')}
        </Text>
        {withHistory && person.history && person.history.length === 0 && (
          <Text size="sm">{t('console-desk-person-no-doses')}</Text>
        )}
        {withHistory && person.history && person.history.length > 0 && (
          <>
            <Text size="sm" fw={600}>
              {t('console-desk-person-doses')}
            </Text>
            <List size="sm">
              {person.history.map((given) => (
                <List.Item key={given.dose}>
                  {t('console-desk-person-dose-line', {
                    dose: given.dose,
                    vaccine: given.vaccine,
                    date: f.day(given.date),
                  })}
                </List.Item>
              ))}
            </List>
          </>
        )}
      </Stack>
    </Paper>
  );
}
