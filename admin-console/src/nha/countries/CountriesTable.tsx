import { Table, Text } from '@mantine/core';
import { useFormat } from '../../i18n/useFormat';
import { useT } from '../../i18n/useT';
import type { TenantView } from '../api';
import { CountryActions } from './CountryActions';
import { LicenceBadge } from './LicenceBadge';
import { LicenceExpiry } from './LicenceExpiry';
import { StatusBadge } from './StatusBadge';

/** Every country with its status, licence, database cluster and usage; scrolls sideways on a phone rather than squeezing. */
export function CountriesTable({ tenants, onChanged }: { tenants: TenantView[]; onChanged: () => void }) {
  const t = useT();
  const f = useFormat();
  if (tenants.length === 0) return <Text>{t('console-nha-no-countries')}</Text>;
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Caption>{t('console-nha-countries-caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('console-nha-country')}</Table.Th>
            <Table.Th scope="col">{t('console-nha-status')}</Table.Th>
            <Table.Th scope="col">{t('console-nha-licence')}</Table.Th>
            <Table.Th scope="col">{t('console-nha-licence-expiry')}</Table.Th>
            <Table.Th scope="col">{t('console-nha-config-version')}</Table.Th>
            <Table.Th scope="col">{t('console-nha-database-cluster')}</Table.Th>
            <Table.Th scope="col">{t('console-nha-doses-today')}</Table.Th>
            <Table.Th scope="col">{t('console-nha-doses-30-days')}</Table.Th>
            <Table.Th scope="col">{t('console-actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tenants.map((tenant) => (
            <Table.Tr key={tenant.code} data-country={tenant.code}>
              <Table.Th scope="row" fw={500}>
                <Text size="sm" fw={600} span>
                  {tenant.code}
                </Text>{' '}
                <Text size="sm" span lang="" dir="auto">
                  {tenant.name}
                </Text>
                {tenant.status_reason && (
                  <Text size="xs" c="dimmed">
                    {tenant.status_reason}
                  </Text>
                )}
              </Table.Th>
              <Table.Td>
                <StatusBadge status={tenant.status} />
              </Table.Td>
              <Table.Td>
                <LicenceBadge state={tenant.licence.state} />
              </Table.Td>
              <Table.Td>
                <LicenceExpiry expiresAt={tenant.licence.expires_at} state={tenant.licence.state} />
              </Table.Td>
              <Table.Td>{f.number(tenant.config_version)}</Table.Td>
              <Table.Td>
                <Text size="sm" span lang="" dir="ltr" ff="monospace">
                  {tenant.cluster}
                </Text>
              </Table.Td>
              <Table.Td>{f.number(tenant.usage.today.doses)}</Table.Td>
              <Table.Td>{f.number(tenant.usage.last_30_days.doses)}</Table.Td>
              <Table.Td>
                <CountryActions tenant={tenant} onChanged={onChanged} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
