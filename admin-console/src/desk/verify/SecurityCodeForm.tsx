import { Button, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { TenantSchema } from '../../api/types';
import { useSubmission } from '../../components/useSubmission';
import { useT } from '../../i18n/useT';
import { useDesk, useDeskStatus } from '../frame/deskContext';
import { verifyBySecurityCode } from './deskCalls';
import { DeskAlert } from '../frame/DeskAlert';

interface Props {
  appointment: TenantSchema<'DeskAppointment'>;
  onVerified: (identified: TenantSchema<'Identified'>) => void;
  /** Offline, the vaccinator checked the slip and the document by eye: record without the server's check. */
  onCheckedByEye: () => void;
}

/**
 * The 4-digit code of the person's slip, checked by the server. Without a network the code cannot be checked: the
 * vaccinator may check the slip and document themselves; the server still judges the dose when it is sent.
 */
export function SecurityCodeForm({ appointment, onVerified, onCheckedByEye }: Props) {
  const t = useT();
  const { services, facility } = useDesk();
  const { online } = useDeskStatus();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string>();
  const [unreachable, setUnreachable] = useState(false);
  const submission = useSubmission();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!/^\d{4}$/.test(code.trim())) {
      setError(t('console-desk-code-invalid'));
      return;
    }
    setError(undefined);
    await submission.run(async () => {
      const reached = await verifyBySecurityCode(services, facility.id, appointment, code);
      if (reached.kind === 'ok') onVerified(reached.data);
      else if (reached.kind === 'refused') setError(reached.error || t('console-error-unexpected'));
      else setUnreachable(true);
    });
  };

  return (
    <Stack gap="md">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t('console-desk-code-label')}
            description={t('console-desk-code-hint')}
            value={code}
            onChange={(event) => setCode(event.currentTarget.value)}
            inputMode="numeric"
            autoComplete="off"
            maxLength={4}
            error={error}
            required
            size="md"
          />
          <Button type="submit" size="md" loading={submission.running}>
            {t('console-desk-code-submit')}
          </Button>
        </Stack>
      </form>
      {(unreachable || !online) && (
        <DeskAlert tone="warning" title={t('console-desk-code-offline-title')} role="status">
          <Stack gap="sm">
            {t('console-desk-code-offline-text')}
            <Button variant="default" onClick={onCheckedByEye}>
              {t('console-desk-code-offline-confirm')}
            </Button>
          </Stack>
        </DeskAlert>
      )}
    </Stack>
  );
}
