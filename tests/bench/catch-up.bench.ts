import { CASEY, startTestHub } from '@carehub/api/testing';
import Database from 'better-sqlite3';
import { bench, describe } from 'vitest';
import { EVENTS, findGoal } from './support/fan-out.js';
import { startProfile, stopProfile } from './support/profile.js';
import { ms, percentile, ratio, record } from './support/results.js';
import { subscribe } from './support/subscribers.js';

/**
 * A screen that was away while 10,000 changes were made to its patient comes back with its cursor:
 * the time until the subscription has delivered all of them, against reading the same rows
 * straight from the database with the same driver (better-sqlite3, the hub's embedded database).
 */
const MISSED = 10_000;
const RUNS = 3;

const hub = await startTestHub();
const token = await hub.login(CASEY);
const { patientId } = await findGoal(hub, token);
const stream = `patient:${patientId}`;
const file = hub.databaseUrl.replace(/^sqlite:/, '');
const db = new Database(file);
const cursor = await hub.newestEventId(stream);
// The missed changes: copies of the stream's newest goal edit, each a version later, in one transaction.
const template = db
  .prepare("select * from change_event where stream = ? and entity_type = 'Goal' order by id desc limit 1")
  .get(stream) as Record<string, unknown> & { version: number; snapshot: string };
const columns = Object.keys(template).filter((c) => c !== 'id');
const insert = db.prepare(
  `insert into change_event (${columns.join(', ')}) values (${columns.map((c) => `@${c}`).join(', ')})`,
);
db.transaction(() => {
  for (let i = 1; i <= MISSED; i++) {
    const snapshot = JSON.parse(template.snapshot) as Record<string, unknown>;
    const version = template.version + i;
    insert.run({ ...template, version, snapshot: JSON.stringify({ ...snapshot, version, description: `Edit ${i}` }) });
  }
})();
const ids = db.prepare('select count(*) as n from change_event where stream = ? and id > ?').get(stream, cursor) as {
  n: number;
};
if (ids.n !== MISSED) throw new Error(`expected ${MISSED} missed events, found ${ids.n}`);

const direct: number[] = [];
const carehub: number[] = [];
const wsUrl = `${hub.url.replace(/^http/, 'ws')}/graphql`;

describe(`catching up ${MISSED.toLocaleString('en')} missed events`, () => {
  bench(
    'baseline: the same rows read directly (better-sqlite3)',
    () => {
      const start = performance.now();
      const rows = db
        .prepare('select * from change_event where stream = ? and id > ? order by id')
        .all(stream, cursor) as { snapshot: string }[];
      const events = rows.map((row) => ({ ...row, snapshot: JSON.parse(row.snapshot) as unknown }));
      if (events.length !== MISSED) throw new Error(`read ${events.length} rows`);
      direct.push(performance.now() - start);
    },
    {
      iterations: RUNS,
      time: 0,
      warmupIterations: 1,
      warmupTime: 0,
      setup: (_task: unknown, mode?: string) => {
        if (mode === 'run') direct.length = 0;
      },
    },
  );

  bench(
    'CareHub: a subscription with `after` receives them all',
    async () => {
      const start = performance.now();
      let received = 0;
      let last = 0;
      await new Promise<void>((resolve, reject) => {
        // The first delivery only says the subscription is live; every later one is counted.
        const sub = subscribe(wsUrl, token, EVENTS, { patientId, after: cursor }, (_data, at) => {
          received++;
          last = at;
          if (received === MISSED - 1) {
            sub.close();
            resolve();
          }
        });
        sub.live.catch(reject);
      });
      carehub.push(last - start);
    },
    {
      iterations: RUNS,
      time: 0,
      warmupIterations: 1,
      warmupTime: 0,
      setup: async (_task: unknown, mode?: string) => {
        if (mode !== 'run') return;
        carehub.length = 0;
        await startProfile();
      },
      teardown: async (_task: unknown, mode?: string) => {
        if (mode !== 'run') return;
        await stopProfile('catch-up');
        report();
        db.close();
        await hub.stop();
      },
    },
  );
});

function report() {
  const [d50, c50] = [percentile(direct, 0.5), percentile(carehub, 0.5)];
  record('catch-up', {
    order: 4,
    title: `Catch-up: ${MISSED.toLocaleString('en')} missed events delivered to a returning subscription, against reading the rows`,
    table: [
      ['events', 'runs', 'CareHub (median)', 'rows read directly (median)', 'ratio'],
      [MISSED.toLocaleString('en'), String(carehub.length), ms(c50), ms(d50), ratio(c50 / d50)],
    ],
    notes: [
      'CareHub: from opening the websocket with `after` to the last event arriving at the client (replayed from the',
      'event log in pages, each checked against the viewer’s access, resolved and sent over graphql-ws).',
      'Baseline: one SELECT of the same rows with better-sqlite3 and their snapshots parsed. Ratio = CareHub / rows (target ≤ 2×).',
    ],
  });
}
