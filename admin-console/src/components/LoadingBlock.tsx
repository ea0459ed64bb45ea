import { Center, Loader, Text } from '@mantine/core';
import { useT } from '../i18n/useT';

/** A page or panel still loading: says so in words, not only with a spinner. */
export function LoadingBlock() {
  const t = useT();
  return (
    <Center py="xl" role="status" aria-live="polite" style={{ gap: 'var(--mantine-spacing-sm)' }}>
      <Loader size="sm" />
      <Text size="sm" c="dimmed">
        {t('console-loading')}
      </Text>
    </Center>
  );
}
