import { Text } from '@mantine/core';
import { useConsole } from '../console/useConsole';
import { useT } from '../i18n/useT';

/** "CoWIN · India" in a country's console, "CoWIN · NHA" in NHA's. */
export function ConsoleTitle() {
  const t = useT();
  const { tenant } = useConsole();
  const name = tenant ? t('console-title-country', { country: tenant.name }) : t('console-title-nha');
  return (
    <Text fw={700} size="lg" truncate="end">
      {name}
    </Text>
  );
}
