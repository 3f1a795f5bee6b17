import * as generated from '@carehub/schema/graphql';
import type { Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import { splitTypedDocuments } from './split-typed-documents.js';

type Hook = (this: unknown, ...args: unknown[]) => unknown;
const call = (plugin: Plugin, hook: 'resolveId' | 'load', ...args: unknown[]) =>
  (plugin[hook] as Hook).call({ addWatchFile: () => {} }, ...args) as string | null;

describe('one module per typed document', () => {
  const plugin = splitTypedDocuments();
  const runtimeExports = Object.keys(generated).sort();

  it('the facade re-exports every runtime export of the generated file, each from its own module', () => {
    const index = call(plugin, 'resolveId', '@carehub/schema/graphql');
    const facade = call(plugin, 'load', index) ?? '';
    const names = [...facade.matchAll(/export \{ (\w+) \} from '(virtual:carehub-document\/\w+)'/g)].map((m) => m[1]);
    expect(names.sort()).toEqual(runtimeExports);
    expect(runtimeExports.length).toBeGreaterThan(40);
  });

  it('each document module holds exactly the generated document', () => {
    for (const name of runtimeExports) {
      const id = call(plugin, 'resolveId', `virtual:carehub-document/${name}`);
      const source = call(plugin, 'load', id) ?? '';
      const ast = JSON.parse(source.replace(`export const ${name} = `, '').replace(/;$/, ''));
      expect(ast).toEqual((generated as Record<string, unknown>)[name]);
    }
  });

  it('leaves every other import alone', () => {
    expect(call(plugin, 'resolveId', '@carehub/schema')).toBeNull();
    expect(call(plugin, 'resolveId', 'react')).toBeNull();
  });
});
