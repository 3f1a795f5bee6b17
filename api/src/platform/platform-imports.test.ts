import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Every module specifier a source file names: imports, re-exports and dynamic imports. */
export function specifiersOf(source: string): string[] {
  const pattern = /\b(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(?\s*['"]([^'"]+)['"]/g;
  return [...source.matchAll(pattern)].map((m) => m[1] ?? m[2] ?? '');
}

/**
 * The imports of a platform file that reach outside the platform: a feature module or a
 * composition-root file (app, config, modules, services, …). The platform may use packages,
 * other platform files and the committed migrations; its tests may also use the test hub.
 */
export function importsOutsidePlatform(file: string, source: string): string[] {
  const platform = path.join(src, 'platform');
  const allowed = [path.join(src, 'migrations'), ...(/\.test\.ts$/.test(file) ? [path.join(src, 'testing')] : [])];
  return specifiersOf(source).filter((specifier) => {
    if (!specifier.startsWith('.')) return false;
    const target = path.resolve(path.dirname(file), specifier);
    const inside = (folder: string) => target === folder || target.startsWith(`${folder}${path.sep}`);
    return !inside(platform) && !allowed.some(inside);
  });
}

function platformFiles(folder = path.join(src, 'platform')): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return platformFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('the platform imports no feature and no composition-root file', () => {
  it('no file under api/src/platform imports a module, app, config, modules or services', () => {
    const files = platformFiles();
    expect(files.length).toBeGreaterThan(20);
    const offending = files.flatMap((file) =>
      importsOutsidePlatform(file, readFileSync(file, 'utf8')).map((s) => `${path.relative(src, file)} → ${s}`),
    );
    expect(offending).toEqual([]);
  });

  describe('the check itself', () => {
    // Sample lines are built with this quote so that the scan above does not read them as this file's imports.
    const q = "'";
    const file = path.join(src, 'platform', 'graphql', 'schema.ts');

    it('flags imports of a module, the composition root and the configuration', () => {
      const source = [
        `import { resolvers } from ${q}../../modules/index.js${q};`,
        `import type { Services } from ${q}../../services.js${q};`,
        `import { startApp } from ${q}../../app.js${q};`,
        `export { loadConfig } from ${q}../../config.js${q};`,
        `const { hubModules } = await import(${q}../../modules.js${q});`,
        'import {',
        '  PatientService,',
        `} from ${q}../../modules/patient/patient.service.js${q};`,
      ].join('\n');
      expect(importsOutsidePlatform(file, source)).toEqual([
        '../../modules/index.js',
        '../../services.js',
        '../../app.js',
        '../../config.js',
        '../../modules.js',
        '../../modules/patient/patient.service.js',
      ]);
    });

    it('lets through packages, other platform files and the migrations; the test hub only in tests', () => {
      const source = [
        `import ${q}reflect-metadata${q};`,
        `import { buildSchema } from ${q}type-graphql${q};`,
        `import { setEventNodeTypes } from ${q}../events/change-event.types.js${q};`,
        `import { migrationsFor } from ${q}../../migrations/index.js${q};`,
        `import { startTestHub } from ${q}../../testing/test-hub.js${q};`,
      ].join('\n');
      expect(importsOutsidePlatform(file, source)).toEqual(['../../testing/test-hub.js']);
      expect(importsOutsidePlatform(file.replace(/\.ts$/, '.int.test.ts'), source)).toEqual([]);
    });
  });
});
