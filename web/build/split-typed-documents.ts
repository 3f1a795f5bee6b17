import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

const SOURCE = '@carehub/schema/graphql';
const VIRTUAL = 'virtual:carehub-document/';
const RESOLVED = '\0carehub-document/';
/** One generated line per document: `export const XDocument = {…AST…} as unknown as DocumentNode<…>;` */
const DOCUMENT = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm;

/**
 * Serves each typed document of `@carehub/schema/graphql` as a module of its own. Codegen writes
 * all 40-odd documents into one file, and a bundler keeps a module whole in one chunk: without
 * this, the sign-in screen would download every screen's operations (about 80 kB). With it, each
 * route's chunk carries only the operations it sends. Types still come from the generated file.
 */
export function splitTypedDocuments(): Plugin {
  const generated = path.resolve(import.meta.dirname, '../../schema/generated/graphql.ts');
  const documents = () => {
    const found = new Map<string, string>();
    for (const [, name, ast] of readFileSync(generated, 'utf8').matchAll(DOCUMENT))
      found.set(name as string, ast as string);
    if (found.size === 0) throw new Error(`no typed documents found in ${generated}: did codegen change its output?`);
    return found;
  };
  return {
    name: 'carehub-split-typed-documents',
    enforce: 'pre',
    resolveId(source) {
      if (source === SOURCE) return `${RESOLVED}index`;
      if (source.startsWith(VIRTUAL)) return RESOLVED + source.slice(VIRTUAL.length);
      return null;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      this.addWatchFile(generated);
      const all = documents();
      const name = id.slice(RESOLVED.length);
      if (name === 'index') return [...all.keys()].map((n) => `export { ${n} } from '${VIRTUAL}${n}';`).join('\n');
      const ast = all.get(name);
      if (!ast) throw new Error(`${SOURCE} has no document ${name}`);
      return `export const ${name} = ${ast};`;
    },
  };
}
