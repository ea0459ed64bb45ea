import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n/useT';
import type { SaveOutcome } from './saveConfiguration';

/** Why a save did not go through: each problem the checks found, or that someone else saved first. */
export function SaveOutcomeAlert({ outcome, onReload }: { outcome: SaveOutcome | undefined; onReload: () => void }) {
  const t = useT();
  if (!outcome || outcome.kind === 'saved') return null;
  if (outcome.kind === 'failed') return <ErrorAlert error={outcome.error} />;
  if (outcome.kind === 'conflict') {
    return (
      <Alert color="orange" role="alert" title={t('console-ministry-config-conflict-title')}>
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{outcome.message}</Text>
          <Button size="xs" variant="light" color="orange" onClick={onReload}>
            {t('console-ministry-config-reload')}
          </Button>
        </Stack>
      </Alert>
    );
  }
  return (
    <Alert color="red" role="alert" title={t('console-ministry-config-refused-title')} data-testid="configuration-problems">
      {outcome.problems.length > 0 ? (
        <List size="sm" spacing={2}>
          {outcome.problems.map((problem) => (
            <List.Item key={problem}>{problem}</List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm">{outcome.message}</Text>
      )}
    </Alert>
  );
}
