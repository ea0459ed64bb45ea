import { Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { PageTitle } from '../../components/PageTitle';
import { useT } from '../../i18n/useT';
import { AuditFilters, type AuditFilter } from './AuditFilters';
import { AuditResults } from './AuditResults';

/** The append-only log of every tenant and of the platform, newest first, filtered by country and action. */
export function AuditPage() {
  const t = useT();
  const [filter, setFilter] = useState<AuditFilter>({ country: '', action: '' });
  return (
    <Stack>
      <PageTitle>{t('console-nha-audit-title')}</PageTitle>
      <Text>{t('console-nha-audit-explain')}</Text>
      <AuditFilters value={filter} onApply={setFilter} />
      <AuditResults key={JSON.stringify(filter)} filter={filter} />
    </Stack>
  );
}
