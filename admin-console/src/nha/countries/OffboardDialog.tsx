import { Alert, Anchor, Button, Group, List, Stack, Text, TextInput } from '@mantine/core';
import { ConsoleModal } from '../../components/ConsoleModal';
import { useState } from 'react';
import { useErrorText } from '../../components/ErrorAlert';
import { useSubmission } from '../../components/useSubmission';
import { useFormat } from '../../i18n/useFormat';
import { useT } from '../../i18n/useT';
import { offboardTenant, type Offboarded, type TenantView } from '../api';

interface Props {
  tenant: TenantView;
  onClose: () => void;
  onDone: () => void;
}

/**
 * Offboarding exports the country's data, then drops it. The button only works once the country's code has been
 * typed, so a slip of the mouse cannot drop the wrong country; the server checks the same code.
 */
export function OffboardDialog({ tenant, onClose, onDone }: Props) {
  const t = useT();
  const f = useFormat();
  const errorText = useErrorText();
  const [typed, setTyped] = useState('');
  const submission = useSubmission();
  const failure = submission.failure !== undefined ? errorText(submission.failure) : undefined;
  const [result, setResult] = useState<Offboarded>();
  const matches = typed.trim().toUpperCase() === tenant.code.toUpperCase();

  const submit = async () => {
    await submission.run(async () => {
      setResult(await offboardTenant(tenant.code, typed.trim().toUpperCase()));
    });
  };

  const close = () => (result ? onDone() : onClose());

  return (
    <ConsoleModal opened onClose={close} title={t('console-nha-offboard-title', { country: tenant.name })}>
      {result ? (
        <Stack>
          <Alert color="green" role="status">
            {t('console-nha-offboard-done', { country: tenant.name })}
          </Alert>
          <Text size="sm">{t('console-nha-offboard-archive', { archive: result.archive })}</Text>
          <List size="sm">
            {result.tables.map((table) => (
              <List.Item key={table.table}>
                {t('console-nha-offboard-table', { table: table.table, rows: f.number(table.rows) })}
              </List.Item>
            ))}
          </List>
          {result.download_url && (
            <Anchor href={result.download_url}>{t('console-nha-offboard-download')}</Anchor>
          )}
          <Group justify="flex-end">
            <Button onClick={onDone}>{t('console-close')}</Button>
          </Group>
        </Stack>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (matches) void submit();
          }}
        >
          <Stack>
            <Alert color="red" title={t('console-nha-offboard-warning-title')}>
              {t('console-nha-offboard-warning')}
            </Alert>
            <TextInput
              label={t('console-nha-offboard-type-code', { code: tenant.code })}
              value={typed}
              onChange={(event) => setTyped(event.currentTarget.value)}
              autoComplete="off"
              spellCheck={false}
              error={failure}
              data-autofocus
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('console-cancel')}
              </Button>
              <Button type="submit" color="red" loading={submission.running} disabled={!matches}>
                {t('console-nha-offboard')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </ConsoleModal>
  );
}
