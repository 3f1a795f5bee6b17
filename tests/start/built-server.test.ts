import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CASEY, hubClient } from '@carehub/api/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiProcess, startApiProcess } from '../harness/api-process.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The compiled hub, started the way `npm start` starts it: embedded database, demo data, web app. */
describe('the built hub', () => {
  let hub: ApiProcess;
  let dataDir: string;

  beforeAll(async () => {
    for (const built of ['api/dist/main.js', 'seeds/dist/index.js', 'web/dist/index.html']) {
      if (!existsSync(path.join(root, built)))
        throw new Error(`${built} is missing: run \`pnpm build\` first (npm test does)`);
    }
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'carehub-built-'));
    hub = await startApiProcess(
      { NODE_ENV: 'production', DATABASE_URL: `sqlite:${path.join(dataDir, 'hub.sqlite')}` },
      { built: true },
    );
  });
  afterAll(async () => {
    await hub?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts on the embedded database with the demo unit, and a demo user signs in', async () => {
    const api = hubClient(hub.url);
    const token = await api.login(CASEY);
    const patients = await api.gql<{ patients: unknown[] }>('{ patients { id } }', {}, token);
    expect(patients.data?.patients).toHaveLength(12);
  });

  it('serves the web app, with client routes falling back to it', async () => {
    for (const route of ['/', '/patients/anything']) {
      const page = await fetch(`${hub.url}${route}`, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root"></div>');
    }
  });

  it('masks internal errors and hides the schema in production', async () => {
    const introspection = await hubClient(hub.url).gql('{ __schema { types { name } } }');
    expect(introspection.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
