import { Select } from '@mantine/core';
import { useApiQuery } from '../api/useApiQuery';
import { useT } from '../i18n/useT';
import { listTenants } from './api';

/** A choice of one country (by code) or all of them (''). */
export function CountryFilter({ value, onChange }: { value: string; onChange: (code: string) => void }) {
  const t = useT();
  const tenants = useApiQuery(listTenants, []);
  const data = [
    { value: '', label: t('console-nha-usage-all-countries') },
    ...(tenants.data ?? []).map((tenant) => ({ value: tenant.code, label: `${tenant.code} · ${tenant.name}` })),
  ];
  // A country filtered on may have been offboarded since: keep it choosable so the filter still reads right.
  if (value && !data.some((item) => item.value === value)) data.push({ value, label: value });
  return (
    <Select
      label={t('console-nha-filter-country')}
      data={data}
      value={value}
      onChange={(code) => onChange(code ?? '')}
      allowDeselect={false}
      w={220}
    />
  );
}
