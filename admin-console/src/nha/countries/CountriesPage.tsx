import { Button, Stack } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useApiQuery } from '../../api/useApiQuery';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/useT';
import { listTenants } from '../api';
import { UsagePanel } from '../usage/UsagePanel';
import { CountriesTable } from './CountriesTable';

/** NHA's home: the countries of this deployment and how much they are used. */
export function CountriesPage() {
  const t = useT();
  const tenants = useApiQuery(listTenants, []);
  return (
    <Stack gap="lg">
      <PageTitle
        actions={
          <Button component={Link} to="/countries/onboard" leftSection={<IconUpload size={16} />}>
            {t('console-nha-onboard')}
          </Button>
        }
      >
        {t('console-nha-countries-title')}
      </PageTitle>
      <QueryState query={tenants}>
        {(data) => <CountriesTable tenants={data} onChanged={tenants.reload} />}
      </QueryState>
      <UsagePanel tenants={tenants.data ?? []} />
    </Stack>
  );
}
