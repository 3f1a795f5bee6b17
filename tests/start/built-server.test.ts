import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CASEY, hubClient } from '@carehub/api/testing';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
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

  it('hides the schema in production', async () => {
    const introspection = await hubClient(hub.url).gql('{ __schema { types { name } } }');
    expect(introspection.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  // Last in the file: it breaks the database under the running hub.
  it('masks internal errors in production: the client gets a reference, the log gets the cause', async () => {
    const api = hubClient(hub.url);
    const token = await api.login(CASEY);
    const { patients } = await api.read<{ patients: { id: string }[] }>('{ patients { id } }', {}, token);
    // An internal failure on demand: the table behind "what changed since I last looked" disappears.
    const database = new Database(path.join(dataDir, 'hub.sqlite'));
    // The hub may be writing (audit batches): wait for its write lock as the hub itself does.
    database.pragma('busy_timeout = 5000');
    try {
      database.exec('drop table seen_marker');
    } finally {
      database.close();
    }

    const result = await api.gql<unknown>(
      'query($id: ID!) { patient(id: $id) { changesSinceLastSeen { latestEventId } } }',
      { id: patients[0]?.id },
      token,
    );
    const requestId = result.errors?.[0]?.extensions?.requestId;
    expect(typeof requestId).toBe('string');
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: `Something went wrong on our side. Reference: ${requestId}.`,
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
      }),
    ]);
    expect(JSON.stringify(result)).not.toMatch(/seen_marker|no such table|sqlite/i);
    // The real cause is logged under the same reference, so an operator can find it. The log line
    // crosses the process's stdout pipe and may arrive just after the HTTP answer: wait for it.
    const logged = await vi.waitFor(
      () => {
        const lines = hub
          .logs()
          .split('\n')
          .filter((line) => line.includes(String(requestId)) && line.includes('unexpected error'));
        expect(lines).toHaveLength(1);
        return lines;
      },
      { timeout: 10_000, interval: 50 },
    );
    expect(logged[0]).toContain('no such table: seen_marker');
  });
});
