import { DEFAULT_THEME } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { contrastRatio, cssVariablesResolver, theme } from './theme';

describe('theme contrast', () => {
  const variables = cssVariablesResolver({ ...DEFAULT_THEME, ...theme } as typeof DEFAULT_THEME).light;

  it.each(Object.keys(DEFAULT_THEME.colors))('%s text and filled buttons reach AA contrast', (name) => {
    expect(contrastRatio(variables[`--mantine-color-${name}-text`] as string, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(variables[`--mantine-color-${name}-filled`] as string, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });
});
