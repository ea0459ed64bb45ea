import { createTheme, darken, luminance, type CSSVariablesResolver, type MantineTheme } from '@mantine/core';

/**
 * Mantine's defaults with a primary colour dark enough for text, and focus rings shown for keyboard users only.
 */
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: { light: 8, dark: 5 },
  focusRing: 'auto',
  defaultRadius: 'md',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", "Noto Sans Devanagari", "Noto Sans Bengali", sans-serif',
});

/** WCAG contrast ratio of two colours. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** AA asks 4.5:1 for body text; a little margin for rounding. */
const TEXT_CONTRAST = 4.6;

/**
 * The darkest background text sits on in the light scheme: a "light" badge's tint over a striped table row. Text
 * readable on it is readable on white too.
 */
const DARKEST_LIGHT_BACKGROUND = '#e2e6ea';

/** `color` darkened in small steps until text in it (or white text on it) reaches TEXT_CONTRAST against `other`. */
export function darkenUntilReadable(color: string, other: string): string {
  let candidate = color;
  for (let amount = 0.05; contrastRatio(candidate, other) < TEXT_CONTRAST && amount <= 0.8; amount += 0.05) {
    candidate = darken(color, amount);
  }
  return candidate;
}

/**
 * Mantine's light-scheme colours for text and filled buttons (shades 6–7) are under 4.5:1 for several palettes
 * (green, orange, red, yellow), and so is its "dimmed" grey: axe flags them. Every palette's text, light-variant
 * text and filled background are darkened just enough here, once, so pages can use `color="red"` freely.
 */
export const cssVariablesResolver: CSSVariablesResolver = (mantineTheme: MantineTheme) => {
  const light: Record<string, string> = { '--mantine-color-dimmed': mantineTheme.colors.gray[7] ?? '#495057' };
  for (const [name, shades] of Object.entries(mantineTheme.colors)) {
    const text = darkenUntilReadable(shades[8] ?? shades[6] ?? '#000000', DARKEST_LIGHT_BACKGROUND);
    const filled = darkenUntilReadable(shades[7] ?? shades[6] ?? '#000000', '#ffffff');
    light[`--mantine-color-${name}-text`] = text;
    light[`--mantine-color-${name}-light-color`] = text;
    light[`--mantine-color-${name}-outline`] = text;
    light[`--mantine-color-${name}-filled`] = filled;
    light[`--mantine-color-${name}-filled-hover`] = darken(filled, 0.1);
  }
  return { variables: {}, light, dark: {} };
};
