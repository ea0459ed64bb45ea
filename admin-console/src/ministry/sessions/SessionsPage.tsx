import { Button, SimpleGrid, Stack, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { tenantApi } from '../../api/clients';
import { unwrap } from '../../api/errors';
import { useApiQuery } from '../../api/useApiQuery';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { useFormat } from '../../i18n/useFormat';
import { useT } from '../../i18n/useT';
import { addDays, apiToIso, dayRange, isoToApi, startOfWeek } from '../common/days';
import { useAbilities } from '../common/useAbilities';
import { useCatalogueCodes } from '../common/useCatalogueCodes';
import { useFacilities, useFacilityName, useLocalText } from '../common/useFacilities';
import { useTenantDay } from '../common/useTenantDay';
import { sessionsByDay, vaccineCodesOf, type Session } from './calendar';
import { CapacityModal } from './CapacityModal';
import { DayColumn } from './DayColumn';
import { SessionCard } from './SessionCard';
import { SessionChip } from './SessionChip';
import { SessionDetailsModal } from './SessionDetailsModal';
import { SessionCreateModal } from './SessionCreateModal';
import { SessionEditModal } from './SessionEditModal';
import { SessionsToolbar, type CalendarView } from './SessionsToolbar';

type Dialog =
  | { kind: 'create'; day: string }
  | { kind: 'details'; session: Session }
  | { kind: 'capacity'; session: Session } | { kind: 'edit'; session: Session } | undefined;

/** Sessions on a week or day calendar: publish, change capacity, change day, ages and slots. */
export function SessionsPage() {
  const t = useT();
  const f = useFormat();
  const text = useLocalText();
  const today = useTenantDay();
  const abilities = useAbilities();
  const facilities = useFacilities();
  const facilityName = useFacilityName(facilities.data);
  const catalogue = useCatalogueCodes();
  // A phone shows one day at a time; a week of a whole country's sessions is a long scroll there.
  const narrow = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  const [view, setView] = useState<CalendarView>(narrow ? 'day' : 'week');
  const [anchor, setAnchor] = useState(today);
  const [facilityId, setFacilityId] = useState<string | null>(null);
  const [dialog, setDialog] = useState<Dialog>();

  const days = view === 'week' ? dayRange(startOfWeek(anchor), 7) : [anchor];
  const first = days[0] ?? anchor;
  const last = days[days.length - 1] ?? anchor;
  const from = isoToApi(first) ?? '';
  const to = isoToApi(last) ?? '';
  const sessions = useApiQuery(
    async () =>
      unwrap(
        await tenantApi.GET('/api/staff/sessions', {
          params: { query: { from, to, ...(facilityId ? { facility_id: Number(facilityId) } : {}) } },
        }),
      ).sessions,
    [from, to, facilityId],
  );

  const step = view === 'week' ? 7 : 1;
  const done = () => {
    setDialog(undefined);
    sessions.reload();
  };
  const rangeLabel =
    view === 'week'
      ? t('console-ministry-sessions-range', { from: f.day(from), to: f.day(to) })
      : f.day(from, { dateStyle: 'full' });
  const suggestions = vaccineCodesOf(catalogue, (sessions.data ?? []).map((session) => session.vaccine));

  return (
    <Stack gap="md">
      <PageTitle
        actions={
          abilities.writeSessions && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setDialog({ kind: 'create', day: anchor })} disabled={!facilities.data}>
              {t('console-ministry-session-create')}
            </Button>
          )
        }
      >
        {t('console-ministry-sessions-title')}
      </PageTitle>
      <SessionsToolbar
        facilityOptions={(facilities.data ?? []).map((facility) => ({ value: String(facility.id), label: text(facility.name) }))}
        facilityId={facilityId}
        onFacilityChange={setFacilityId}
        view={view}
        onViewChange={setView}
        onPrevious={() => setAnchor(addDays(anchor, -step))}
        onToday={() => setAnchor(today)}
        onNext={() => setAnchor(addDays(anchor, step))}
      />
      <Title order={2} size="h4" aria-live="polite">
        {rangeLabel}
      </Title>
      <QueryState query={sessions}>
        {(list) => {
          const byDay = sessionsByDay(list, facilityName);
          return (
            <SimpleGrid cols={view === 'week' ? { base: 1, sm: 2, md: 4, lg: 7 } : 1} spacing="xs">
              {days.map((day) => {
                const daySessions = byDay.get(day) ?? [];
                return (
                  <DayColumn
                    key={day}
                    day={day}
                    isToday={day === today}
                    count={daySessions.length}
                    onOpenDay={
                      view === 'week'
                        ? () => {
                            setAnchor(day);
                            setView('day');
                          }
                        : undefined
                    }
                    onAdd={abilities.writeSessions && day >= today ? () => setDialog({ kind: 'create', day }) : undefined}
                  >
                    {view === 'week' ? (
                      <Stack gap={4}>
                        {daySessions.map((session) => (
                          <SessionChip
                            key={session.session_id}
                            session={session}
                            facilityName={facilityName(session.facility_id)}
                            onOpen={() => setDialog({ kind: 'details', session })}
                          />
                        ))}
                      </Stack>
                    ) : (
                      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="xs">
                        {daySessions.map((session) => (
                          <SessionCard
                            key={session.session_id}
                            session={session}
                            facilityName={facilityName(session.facility_id)}
                            canChange={abilities.writeSessions && day >= today}
                            onCapacity={() => setDialog({ kind: 'capacity', session })}
                            onEdit={() => setDialog({ kind: 'edit', session })}
                          />
                        ))}
                      </SimpleGrid>
                    )}
                  </DayColumn>
                );
              })}
            </SimpleGrid>
          );
        }}
      </QueryState>
      {dialog?.kind === 'create' && facilities.data && (
        <SessionCreateModal
          facilities={facilities.data}
          vaccineCodes={suggestions}
          today={today}
          initialDate={dialog.day}
          initialFacilityId={facilityId}
          onClose={() => setDialog(undefined)}
          onCreated={done}
        />
      )}
      {dialog?.kind === 'details' && (
        <SessionDetailsModal
          session={dialog.session}
          facilityName={facilityName(dialog.session.facility_id)}
          canChange={abilities.writeSessions && (apiToIso(dialog.session.date) ?? '') >= today}
          onCapacity={() => setDialog({ kind: 'capacity', session: dialog.session })}
          onEdit={() => setDialog({ kind: 'edit', session: dialog.session })}
          onClose={() => setDialog(undefined)}
        />
      )}
      {dialog?.kind === 'capacity' && <CapacityModal session={dialog.session} onClose={() => setDialog(undefined)} onSaved={done} />}
      {dialog?.kind === 'edit' && (
        <SessionEditModal
          session={dialog.session}
          facilityName={facilityName(dialog.session.facility_id)}
          today={today}
          onClose={() => setDialog(undefined)}
          onSaved={done}
        />
      )}
    </Stack>
  );
}
