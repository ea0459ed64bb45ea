import { Button, Group, Stack, Switch, TextInput } from '@mantine/core';
import { IconPlus, IconSearch, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/useT';
import { useAbilities } from '../common/useAbilities';
import { useAreas, useDistrictName } from '../common/useAreas';
import { useFacilities, useLocalText, type Facility } from '../common/useFacilities';
import { DeactivateFacilityModal } from './DeactivateFacilityModal';
import { FacilitiesTable } from './FacilitiesTable';
import { FacilityFormModal } from './FacilityFormModal';
import { FacilityImportModal } from './FacilityImportModal';
import { matchesFacility } from './matchesFacility';

type Dialog = { kind: 'create' } | { kind: 'import' } | { kind: 'edit'; facility: Facility } | { kind: 'deactivate'; facility: Facility } | undefined;

/** The facilities in the administrator's scope: list, search, create, edit, deactivate. */
export function FacilitiesPage() {
  const t = useT();
  const text = useLocalText();
  const abilities = useAbilities();
  const facilities = useFacilities();
  const areas = useAreas();
  const districtName = useDistrictName(areas.data);
  const [search, setSearch] = useState('');
  const [showInactive, setShowInactive] = useState(false);
  const [dialog, setDialog] = useState<Dialog>();

  const done = () => {
    setDialog(undefined);
    facilities.reload();
  };

  return (
    <Stack gap="md">
      <PageTitle
        actions={
          abilities.writeFacilities && (
            <>
              <Button variant="default" leftSection={<IconUpload size={16} />} onClick={() => setDialog({ kind: 'import' })}>
                {t('console-ministry-facility-import')}
              </Button>
              <Button leftSection={<IconPlus size={16} />} onClick={() => setDialog({ kind: 'create' })} disabled={!areas.data}>
                {t('console-ministry-facility-create')}
              </Button>
            </>
          )
        }
      >
        {t('console-ministry-facilities-title')}
      </PageTitle>
      <Group gap="md" align="flex-end" wrap="wrap">
        <TextInput
          label={t('console-search')}
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          w={280}
        />
        <Switch
          label={t('console-ministry-facility-show-inactive')}
          checked={showInactive}
          onChange={(event) => setShowInactive(event.currentTarget.checked)}
          mb={6}
        />
      </Group>
      <QueryState query={facilities}>
        {(list) => (
          <FacilitiesTable
            facilities={list.filter(
              (facility) => (showInactive || facility.active) && matchesFacility(facility, search, text(facility.name), districtName(facility.district_id)),
            )}
            districtName={districtName}
            canWrite={abilities.writeFacilities}
            onEdit={(facility) => setDialog({ kind: 'edit', facility })}
            onDeactivate={(facility) => setDialog({ kind: 'deactivate', facility })}
          />
        )}
      </QueryState>
      {(dialog?.kind === 'create' || dialog?.kind === 'edit') && areas.data && (
        <FacilityFormModal
          facility={dialog.kind === 'edit' ? dialog.facility : undefined}
          areas={areas.data}
          onClose={() => setDialog(undefined)}
          onSaved={done}
        />
      )}
      {dialog?.kind === 'import' && <FacilityImportModal onClose={() => setDialog(undefined)} onImported={facilities.reload} />}
      {dialog?.kind === 'deactivate' && (
        <DeactivateFacilityModal
          facilityId={dialog.facility.id}
          name={text(dialog.facility.name)}
          onClose={() => setDialog(undefined)}
          onDone={done}
        />
      )}
    </Stack>
  );
}
