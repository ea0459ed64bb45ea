import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { ConsoleModal } from '../../components/ConsoleModal';
import { useState } from 'react';
import { useErrorText } from '../../components/ErrorAlert';
import { useSubmission } from '../../components/useSubmission';
import { useT } from '../../i18n/useT';
import { suspendTenant, type TenantView } from '../api';

interface Props {
  tenant: TenantView;
  onClose: () => void;
  onDone: () => void;
}

/** Suspending stops a country's service; the reason goes to the audit log, so it is required. */
export function SuspendDialog({ tenant, onClose, onDone }: Props) {
  const t = useT();
  const errorText = useErrorText();
  const [reason, setReason] = useState('');
  const submission = useSubmission();
  const failure = submission.failure !== undefined ? errorText(submission.failure) : undefined;

  const submit = async () => {
    await submission.run(async () => {
      await suspendTenant(tenant.code, reason.trim());
      onDone();
    });
  };

  return (
    <ConsoleModal opened onClose={onClose} title={t('console-nha-suspend-title', { country: tenant.name })}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <Text size="sm">{t('console-nha-suspend-explain')}</Text>
          <Textarea
            label={t('console-nha-suspend-reason')}
            required
            autosize
            minRows={2}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={failure}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('console-cancel')}
            </Button>
            <Button type="submit" color="orange" loading={submission.running} disabled={!reason.trim()}>
              {t('console-nha-suspend')}
            </Button>
          </Group>
        </Stack>
      </form>
    </ConsoleModal>
  );
}
