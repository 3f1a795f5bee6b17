import type { Plugin } from 'vite';

const SHIM = '\0carehub-scroll-area-merge-refs';

/**
 * Mantine's ScrollArea (which every Table imports, for Table.ScrollContainer) takes one helper,
 * `useMergeRefs`, from @floating-ui/react, and with it the whole 45 kB positioning engine onto
 * every screen with a table. This serves that one import from @mantine/hooks' equivalent, so
 * only screens with a popover (date pickers, tooltips) load floating-ui.
 */
export function scrollAreaMergeRefs(): Plugin {
  return {
    name: 'carehub-scroll-area-merge-refs',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === '@floating-ui/react' && importer?.includes('/@mantine/core/esm/components/ScrollArea/'))
        return SHIM;
      return null;
    },
    load(id) {
      if (id !== SHIM) return null;
      return [
        "import { useMergedRef } from '@mantine/hooks';",
        '/** floating-ui takes the refs as one array; Mantine as arguments. */',
        'export const useMergeRefs = (refs) => useMergedRef(...refs);',
      ].join('\n');
    },
  };
}
