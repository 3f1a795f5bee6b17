import { type CSSVariablesResolver, createTheme, type MantineColorsTuple } from '@mantine/core';

/** CareHub's deep teal; shade 7 is the brand colour, 1 and 9 the quiet background and text of light badges. */
const brand: MantineColorsTuple = [
  '#e8f3f5',
  '#d3e7eb',
  '#a8d0d8',
  '#7ab8c3',
  '#52a2b0',
  '#3a94a4',
  '#1f7586',
  '#0f4c5c',
  '#0b3d4a',
  '#082f39',
];

/** Amber for "needs attention" (overdue, stale sign-off, interpreter). */
const warn: MantineColorsTuple = [
  '#fff8e6',
  '#fff0cc',
  '#ffe09a',
  '#ffcf63',
  '#f5b73b',
  '#e09f1f',
  '#b87c0a',
  '#8f5f00',
  '#6e4900',
  '#5a3b00',
];

/** Red for allergies, errors and destructive actions. */
const danger: MantineColorsTuple = [
  '#fdecea',
  '#fbd5d1',
  '#f4aaa2',
  '#ec7b70',
  '#e2554a',
  '#d43b30',
  '#b42318',
  '#98190f',
  '#7a140c',
  '#5f0f09',
];

/** Green for live, done and achieved. */
const ok: MantineColorsTuple = [
  '#e8f5ec',
  '#d0ebd8',
  '#a3d7b2',
  '#73c189',
  '#4cae67',
  '#339a52',
  '#2d7a46',
  '#236238',
  '#1a4b2b',
  '#123620',
];

/**
 * Calm and dense enough for a wall screen and a phone: system font, 16px body, compact inputs,
 * and colours chosen so that every text clears WCAG AA contrast: Mantine's default "dimmed" grey,
 * red error text and its orange, red and green badges do not (these palettes keep shade 7, the
 * filled colour, and shade 9 on shade 1, the light badge, above 4.5:1).
 */
export const theme = createTheme({
  primaryColor: 'brand',
  primaryShade: 7,
  colors: { brand, warn, danger, ok },
  autoContrast: true,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  headings: {
    fontWeight: '700',
    sizes: { h1: { fontSize: '1.6rem' }, h2: { fontSize: '1.2rem' }, h3: { fontSize: '1.05rem' } },
  },
  defaultRadius: 'md',
  cursorType: 'pointer',
  focusRing: 'auto',
  // Dialogs and notifications appear without sliding or fading for those who asked for less motion.
  respectReducedMotion: true,
  components: {
    Alert: { defaultProps: { variant: 'light' } },
    Badge: { defaultProps: { variant: 'light', radius: 'xl', tt: 'none' } },
    Button: { defaultProps: { size: 'sm' } },
    Paper: { defaultProps: { withBorder: true, shadow: 'xs', p: 'md' } },
    Table: { defaultProps: { verticalSpacing: 'xs', highlightOnHover: true } },
  },
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-danger-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
  },
  dark: {},
});
