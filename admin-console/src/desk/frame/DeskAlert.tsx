import { Alert, type AlertProps } from '@mantine/core';
import type { Ref } from 'react';

export type Tone = 'success' | 'info' | 'warning' | 'danger';

const COLOURS: Record<Tone, string> = { success: 'teal', info: 'blue', warning: 'orange', danger: 'red' };

/**
 * Mantine's light alert writes its text in the colour's 6th shade, under 4.5:1 on its tint for most colours: here
 * the text keeps the page's colour (WCAG AA) and the tone shows in the tint and a border on the starting side.
 */
export function DeskAlert({ tone, ref, style, ...props }: AlertProps & { tone: Tone; ref?: Ref<HTMLDivElement> }) {
  const colour = COLOURS[tone];
  return (
    <Alert
      ref={ref}
      color={colour}
      styles={{ title: { color: 'var(--mantine-color-text)' }, message: { color: 'var(--mantine-color-text)' } }}
      style={{ borderInlineStart: `4px solid var(--mantine-color-${colour}-7)`, ...(style as object) }}
      {...props}
    />
  );
}
