import { Text } from '@mantine/core';
import { useConsole } from '../console/useConsole';

/** The platform attribution the MoU requires every client of a country to show. */
export function Attribution() {
  const { tenant } = useConsole();
  if (!tenant?.attribution) return null;
  return (
    <Text component="footer" size="xs" c="dimmed" mt="xl" pt="md" style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}>
      {tenant.attribution}
    </Text>
  );
}
