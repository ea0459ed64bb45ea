import { Group, Title } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';

/**
 * The page's one h1, also the document title (screen readers announce it on navigation). `actions` sit beside it.
 */
export function PageTitle({ children, actions }: { children: string; actions?: ReactNode }) {
  useEffect(() => {
    document.title = `${children} · CoWIN`;
  }, [children]);
  return (
    <Group justify="space-between" align="center" mb="md" wrap="wrap" gap="sm">
      <Title order={1} size="h2">
        {children}
      </Title>
      {actions && <Group gap="xs">{actions}</Group>}
    </Group>
  );
}
