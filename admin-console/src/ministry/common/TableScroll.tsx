import { Box } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A wide table that scrolls sideways inside its own box on a narrow screen, so the page never does. The box can
 * take focus (a keyboard user scrolls it with the arrow keys) and is named for screen readers.
 */
export function TableScroll({ label, minWidth, maxHeight, children }: { label: string; minWidth: number; maxHeight?: number; children: ReactNode }) {
  return (
    <Box role="region" aria-label={label} tabIndex={0} style={{ overflow: 'auto', maxHeight }} maw="100%">
      <Box miw={minWidth}>{children}</Box>
    </Box>
  );
}
