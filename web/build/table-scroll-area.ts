import type { Plugin } from 'vite';

const SHIM = '\0carehub-table-scroll-area';

/**
 * Mantine's Table carries `Table.ScrollContainer`, whose default kind draws its scrollbars with
 * ScrollArea (17 kB): every screen with a table downloaded it, though none of ours scrolls a table
 * that way. Here the container takes ScrollArea through React.lazy instead, so it is fetched only
 * when a table is actually put in a ScrollArea container (under the frame's Suspense), and a
 * plain table — the caseload, the first screen — goes without it.
 */
export function tableScrollAreaOnDemand(): Plugin {
  return {
    name: 'carehub-table-scroll-area-on-demand',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (source !== '../ScrollArea/ScrollArea.mjs' || !isTableScrollContainer(importer)) return null;
      const real = await this.resolve(source, importer, { skipSelf: true });
      return real ? `${SHIM}?${real.id}` : null;
    },
    load(id) {
      if (!id.startsWith(`${SHIM}?`)) return null;
      const real = id.slice(SHIM.length + 1);
      return [
        "import { lazy } from 'react';",
        `export const ScrollArea = lazy(() => import(${JSON.stringify(real)}).then((m) => ({ default: m.ScrollArea })));`,
      ].join('\n');
    },
  };
}

function isTableScrollContainer(importer: string | undefined): boolean {
  return !!importer && /\/@mantine\/core\/esm\/components\/Table\/TableScrollContainer\.mjs$/.test(importer);
}
