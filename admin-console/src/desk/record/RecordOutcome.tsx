import { Button, SimpleGrid, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../i18n/useT';
import { useQueueEntries } from '../queue/useQueueEntries';
import type { RecordAttempt } from './recordAndSend';
import { DeskAlert } from '../frame/DeskAlert';

/**
 * What became of the dose just recorded, in words a vaccinator acts on. A dose saved offline turns into "recorded"
 * here when the sync sends it while the page is still open. Focus moves to the result so it is read out.
 */
export function RecordOutcome({ attempt, onChange }: { attempt: RecordAttempt; onChange: () => void }) {
  const t = useT();
  const navigate = useNavigate();
  const entries = useQueueEntries();
  const entry = entries?.find((candidate) => candidate.idempotencyKey === attempt.entry.idempotencyKey) ?? attempt.entry;
  const heading = useRef<HTMLDivElement>(null);

  useEffect(() => heading.current?.focus(), []);

  const args = { name: entry.name, dose: entry.dose, vaccine: entry.vaccine };
  const view = !attempt.added
    ? { tone: 'info' as const, title: t('console-desk-outcome-already-queued', args), text: entry.error }
    : {
        pending: { tone: 'warning' as const, title: t('console-desk-outcome-queued', args), text: t('console-desk-outcome-queued-text') },
        recorded: { tone: 'success' as const, title: t('console-desk-outcome-recorded', args), text: undefined },
        duplicate: { tone: 'info' as const, title: t('console-desk-outcome-duplicate', args), text: entry.error },
        refused: { tone: 'danger' as const, title: t('console-desk-outcome-refused', args), text: entry.error },
      }[entry.status];

  return (
    <Stack gap="md">
      <DeskAlert
        ref={heading}
        tabIndex={-1}
        tone={view.tone}
        title={view.title}
        role={entry.status === 'refused' ? 'alert' : 'status'}
        data-testid="desk-record-outcome"
        data-status={entry.status}
      >
        {view.text && <Text size="sm">{view.text}</Text>}
      </DeskAlert>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        {entry.status === 'refused' && (
          <Button variant="default" size="md" onClick={onChange}>
            {t('console-desk-outcome-change')}
          </Button>
        )}
        <Button size="md" onClick={() => navigate('/desk')}>
          {t('console-desk-outcome-next')}
        </Button>
      </SimpleGrid>
    </Stack>
  );
}
