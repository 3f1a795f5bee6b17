import type { Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import { tableScrollAreaOnDemand } from './table-scroll-area.js';

type Hook = (this: unknown, ...args: unknown[]) => unknown;
const MANTINE = '/repo/node_modules/@mantine/core/esm/components';
const context = {
  resolve: async (source: string, importer: string) => ({ id: new URL(source, `file://${importer}`).pathname }),
};
const call = (plugin: Plugin, hook: 'resolveId' | 'load', ...args: unknown[]) =>
  (plugin[hook] as Hook).call(context, ...args) as Promise<string | null> | string | null;

describe('Table.ScrollContainer takes ScrollArea on demand', () => {
  const plugin = tableScrollAreaOnDemand();

  it('serves the table container’s ScrollArea as a lazy component that imports the real one', async () => {
    const id = await call(
      plugin,
      'resolveId',
      '../ScrollArea/ScrollArea.mjs',
      `${MANTINE}/Table/TableScrollContainer.mjs`,
    );
    expect(id).toMatch(/^\0carehub-table-scroll-area\?/);
    const source = String(await call(plugin, 'load', id));
    expect(source).toContain('lazy(() => import(');
    expect(source).toContain(JSON.stringify(`${MANTINE}/ScrollArea/ScrollArea.mjs`));
    expect(source).not.toMatch(/^import .*ScrollArea/m);
  });

  it('leaves every other import of ScrollArea alone (modals, drawers and our own scroll areas keep it)', async () => {
    await expect(
      call(plugin, 'resolveId', '../ScrollArea/ScrollArea.mjs', `${MANTINE}/Modal/ModalContent.mjs`),
    ).resolves.toBeNull();
    await expect(
      call(plugin, 'resolveId', '@mantine/core', `${MANTINE}/Table/TableScrollContainer.mjs`),
    ).resolves.toBeNull();
    expect(await call(plugin, 'load', '/repo/web/src/main.tsx')).toBeNull();
  });
});
