import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { tenantApi } from '../../api/clients';
import { unwrap } from '../../api/errors';
import { ConsoleModal } from '../../components/ConsoleModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSubmission } from '../../components/useSubmission';
import { useT } from '../../i18n/useT';
import { useNotify } from '../common/useNotify';
import { DECISION_LABELS, decisionBody, type Decision } from './labels';
import type { CitizenRequest } from './RequestsTable';

/** The note the citizen is told is at most this long (the server refuses more). */
const NOTE_MAX = 1000;

/**
 * Confirms a decision on an open request, with a note for the citizen. Approving a correction corrects the record
 * and reissues the certificates on the server; the dialog says so before.
 */
export function DecisionModal({
  request,
  decision,
  onClose,
  onDecided,
}: {
  request: CitizenRequest;
  decision: Decision;
  onClose: () => void;
  onDecided: () => void;
}) {
  const t = useT();
  const notify = useNotify();
  const submission = useSubmission();
  const [note, setNote] = useState('');
  const labels = DECISION_LABELS[decision];
  const tracking = request.tracking_number;

  async function decide() {
    await submission.run(async () => {
      unwrap(
        await tenantApi.POST('/api/staff/requests/{tracking_number}/decision', {
          params: { path: { tracking_number: tracking } },
          body: decisionBody(decision, note),
        }),
      );
      notify.success(t(labels.done, { tracking }));
      onDecided();
    });
  }

  return (
    <ConsoleModal opened onClose={onClose} title={t(labels.named, { tracking })}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void decide();
        }}
        noValidate
      >
        <Stack gap="sm">
          <Text size="sm">{t(labels.text)}</Text>
          <Textarea
            label={t('console-ministry-requests-note')}
            description={t('console-ministry-requests-note-hint')}
            autosize
            minRows={3}
            maxLength={NOTE_MAX}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            data-autofocus
          />
          {submission.failure !== undefined && <ErrorAlert error={submission.failure} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('console-cancel')}
            </Button>
            <Button type="submit" color={labels.color} loading={submission.running}>
              {t(labels.button)}
            </Button>
          </Group>
        </Stack>
      </form>
    </ConsoleModal>
  );
}
