import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { useErrorText } from './ErrorAlert';
import { useT } from '../i18n/useT';

/** The country's own information could not be loaded (server down, unknown tenant): nothing else can work. */
export function BootProblem({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const t = useT();
  const errorText = useErrorText();
  return (
    <Center h="100vh" p="md">
      <Stack align="center" maw={480} role="alert">
        <Title order={1} size="h3">
          {t('console-boot-problem-title')}
        </Title>
        <Text ta="center">{errorText(error)}</Text>
        <Button onClick={onRetry}>{t('console-retry')}</Button>
      </Stack>
    </Center>
  );
}
