import { NativeSelect, Text } from '@mantine/core';
import { useConsole } from '../../console/useConsole';
import { useI18n } from '../../i18n/useT';
import { useDesk } from '../frame/deskContext';
import { localName } from '../frame/localName';

/** The facility the desk works at: a choice when the staff member works at several, else just its name. */
export function FacilityChooser() {
  const { t, language } = useI18n();
  const { tenant } = useConsole();
  const { facility, facilities, chooseFacility } = useDesk();
  const nameOf = (names: Record<string, string>) => localName(names, language, tenant?.default_locale);
  if (facilities.length < 2) {
    return (
      <Text fw={600} data-testid="desk-facility">
        {t('console-desk-facility-at', { facility: nameOf(facility.name) })}
      </Text>
    );
  }
  return (
    <NativeSelect
      label={t('console-desk-facility-label')}
      value={String(facility.id)}
      data={facilities.map((candidate) => ({ value: String(candidate.id), label: nameOf(candidate.name) }))}
      onChange={(event) => chooseFacility(Number(event.currentTarget.value))}
    />
  );
}
