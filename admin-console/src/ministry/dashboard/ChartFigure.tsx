import { Box, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A chart with a text alternative: the drawing is an image to assistive technology (its figures are in the table
 * next to it), named by `label`. Shows `empty` instead when there is nothing to draw.
 */
export function ChartFigure({ label, isEmpty, empty, children }: { label: string; isEmpty: boolean; empty: string; children: ReactNode }) {
  if (isEmpty) {
    return (
      <Text size="sm" c="dimmed" py="md">
        {empty}
      </Text>
    );
  }
  return (
    <Box role="img" aria-label={label}>
      {children}
    </Box>
  );
}
