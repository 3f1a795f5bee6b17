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

/**
 * Calm and dense enough for a wall screen and a phone: system font, 16px body, compact inputs,
 * and colours chosen so that every text clears WCAG AA contrast (Mantine's default "dimmed" grey
 * and red error text do not on white).
 */
export const theme = createTheme({
  primaryColor: 'brand',
  primaryShade: 7,
  colors: { brand },
  autoContrast: true,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  headings: {
    fontWeight: '700',
    sizes: { h1: { fontSize: '1.6rem' }, h2: { fontSize: '1.2rem' }, h3: { fontSize: '1.05rem' } },
  },
  defaultRadius: 'md',
  cursorType: 'pointer',
  focusRing: 'auto',
  components: {
    Alert: { defaultProps: { variant: 'light' } },
    Badge: { defaultProps: { variant: 'light', radius: 'xl' } },
    Button: { defaultProps: { size: 'sm' } },
    Paper: { defaultProps: { withBorder: true, shadow: 'xs', p: 'md' } },
    Table: { defaultProps: { verticalSpacing: 'xs', highlightOnHover: true } },
  },
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
    '--mantine-color-body': '#f5f8f9',
  },
  dark: {},
});
