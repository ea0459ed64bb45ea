import { Alert, Button, Group, Text } from '@mantine/core';
import { ApiError, NETWORK_ERROR } from '../api/errors';
import { useT } from '../i18n/useT';

/** The server's own (already translated) message, or a console text when the server could not give one. */
export function useErrorText(): (error: unknown) => string {
  const t = useT();
  return (error) => {
    if (error instanceof ApiError && error.message) return error.message;
    if (error instanceof ApiError && error.errorCode === NETWORK_ERROR) return t('console-error-network');
    return t('console-error-unexpected');
  };
}

/** A failed load or save, with an optional retry. */
export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  const text = useErrorText()(error);
  return (
    <Alert color="red" title={t('console-error-title')} role="alert">
      <Group justify="space-between" gap="sm">
        <Text size="sm">{text}</Text>
        {onRetry && (
          <Button variant="light" color="red" size="xs" onClick={onRetry}>
            {t('console-retry')}
          </Button>
        )}
      </Group>
    </Alert>
  );
}
