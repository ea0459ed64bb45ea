import { Autocomplete, Button, Group } from '@mantine/core';
import { useState } from 'react';
import { useT } from '../../i18n/useT';
import { CountryFilter } from '../CountryFilter';

export interface AuditFilter {
  country: string;
  action: string;
}

/** Action prefixes the platform writes; any other prefix may be typed. */
const ACTION_PREFIXES = ['tenant.', 'licence.', 'keys.', 'staff.', 'config.', 'facility.', 'session.', 'dose.'];

/** Country and action prefix; applied together so the log is not reloaded on every keystroke. */
export function AuditFilters({ value, onApply }: { value: AuditFilter; onApply: (filter: AuditFilter) => void }) {
  const t = useT();
  const [draft, setDraft] = useState(value);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onApply({ country: draft.country, action: draft.action.trim() });
      }}
    >
      <Group align="flex-end" gap="sm" wrap="wrap">
        <CountryFilter value={draft.country} onChange={(country) => setDraft({ ...draft, country })} />
        <Autocomplete
          label={t('console-nha-audit-action-filter')}
          description={t('console-nha-audit-action-hint')}
          data={ACTION_PREFIXES}
          value={draft.action}
          onChange={(action) => setDraft({ ...draft, action })}
          w={240}
          spellCheck={false}
        />
        <Button type="submit">{t('console-filter-apply')}</Button>
        <Button
          variant="default"
          onClick={() => {
            const cleared = { country: '', action: '' };
            setDraft(cleared);
            onApply(cleared);
          }}
        >
          {t('console-filter-clear')}
        </Button>
      </Group>
    </form>
  );
}
