import { Alert, Anchor, Button, Group, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { PageTitle } from '../../components/PageTitle';
import { useErrorText } from '../../components/ErrorAlert';
import { useSubmission } from '../../components/useSubmission';
import { useFormat } from '../../i18n/useFormat';
import { useT } from '../../i18n/useT';
import { onboardTenant, type Applied } from '../api';
import { ZipDropzone } from './ZipDropzone';

/**
 * Onboards a country from the zip of its configuration folder (as in tenant-config/XX: tenant.toml, licence,
 * branding). The server checks it exactly as `cowin tenant check` does and applies it; an existing country is
 * updated instead.
 */
export function OnboardPage() {
  const t = useT();
  const f = useFormat();
  const errorText = useErrorText();
  const [file, setFile] = useState<File>();
  // A file the dropzone refused (not a zip); an upload's failure is the submission's.
  const [rejected, setRejected] = useState<string>();
  const submission = useSubmission();
  const failure = rejected ?? (submission.failure !== undefined ? errorText(submission.failure) : undefined);
  const [applied, setApplied] = useState<Applied>();

  const upload = async () => {
    if (!file) return;
    setRejected(undefined);
    await submission.run(async () => {
      setApplied(await onboardTenant(file));
      setFile(undefined);
    });
  };

  return (
    <Stack maw={720}>
      <PageTitle>{t('console-nha-onboard-title')}</PageTitle>
      <Text>{t('console-nha-onboard-explain')}</Text>
      <List size="sm">
        <List.Item>{t('console-nha-onboard-step-zip')}</List.Item>
        <List.Item>{t('console-nha-onboard-step-check')}</List.Item>
        <List.Item>{t('console-nha-onboard-step-update')}</List.Item>
      </List>
      <ZipDropzone
        onFile={(chosen) => {
          setFile(chosen);
          setRejected(undefined);
          submission.clear();
          setApplied(undefined);
        }}
        onRejected={() => {
          submission.clear();
          setRejected(t('console-nha-onboard-not-zip'));
        }}
        disabled={submission.running}
      />
      {file && (
        <Group justify="space-between" wrap="wrap">
          <Text size="sm">
            {t('console-nha-onboard-chosen', { name: file.name, size: f.number(file.size / 1024, { maximumFractionDigits: 0 }) })}
          </Text>
          <Button onClick={() => void upload()} loading={submission.running}>
            {t('console-nha-onboard-submit')}
          </Button>
        </Group>
      )}
      {failure && (
        <Alert color="red" role="alert" title={t('console-nha-onboard-failed')}>
          {failure}
        </Alert>
      )}
      {applied && (
        <Alert color="green" role="status" title={t(applied.created ? 'console-nha-onboard-created' : 'console-nha-onboard-updated', { code: applied.code })}>
          <Stack gap="xs">
            <Text size="sm">
              {t('console-nha-onboard-result', {
                version: applied.config_version,
                migrations: applied.migrations_applied,
              })}
            </Text>
            <Anchor component={Link} to="/countries" size="sm">
              {t('console-nha-onboard-back')}
            </Anchor>
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}
