import { Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { PageTitle } from '../../components/PageTitle';
import { DeskStatusBar } from './DeskStatusBar';

/** A desk page: its title, the connection and queue bar (without its queue buttons on the queue's own page), then the page. */
export function DeskPage({
  title,
  queueActions = true,
  children,
}: {
  title: string;
  queueActions?: boolean;
  children: ReactNode;
}) {
  return (
    <Stack gap="md" maw={640}>
      <div>
        <PageTitle>{title}</PageTitle>
        <DeskStatusBar queueActions={queueActions} />
      </div>
      {children}
    </Stack>
  );
}
