import { CASEY, freshDatabaseUrl, hubClient } from '@carehub/api/testing';
import { bench, describe } from 'vitest';
import { startRedis } from '../../scripts/services.mjs';
import { startApiProcess } from '../harness/api-process.js';
import { newestEventId } from '../harness/event-log.js';
import { carehubTarget, type Figures, fanOut, findGoal, signInStaff } from './support/fan-out.js';
import { ms, p50p99, ratio, record } from './support/results.js';

/**
 * Two API processes sharing one PostgreSQL database and one Redis. The same goal edit, sent to
 * instance A, is timed to its last delivery to N screens subscribed on A itself (same instance)
 * and on B (the change crosses Redis): the ratio is what crossing instances costs.
 */
const N = 1_000;
const EDITS = 12;

const redis = await startRedis();
const database = await freshDatabaseUrl('postgres');
const env = { DATABASE_URL: database.url, REDIS_URL: redis.url, SEED_DEMO: 'true' };
const one = await startApiProcess(env);
const two = await startApiProcess(env);
const a = hubClient(one.url);
const b = hubClient(two.url);
const writerToken = await a.login(CASEY);
const { patientId, goal } = await findGoal(a, writerToken);
const tokens = await signInStaff(a);
const newest = (stream: string) => newestEventId(database.url, stream);
// Both targets edit the same goal, one after the other: they share its version.
const versions = { current: goal.version };
const common = { writer: a, writerToken, tokens, patientId, goal, versions, newestEventId: newest };
const sameInstance = carehubTarget({ ...common, name: 'same instance', screensOn: a });
const acrossInstances = carehubTarget({ ...common, name: 'across instances', screensOn: b });

const measured = new Map<string, Figures>();
describe(`one goal edit to ${N.toLocaleString('en')} screens, written through instance A`, () => {
  for (const target of [sameInstance, acrossInstances]) {
    const { fn, options } = fanOut(target, N, EDITS, async (figures) => {
      measured.set(target.name, figures);
      if (target !== acrossInstances) return;
      report();
      await Promise.all([one.stop(), two.stop()]);
      await Promise.all([a.dispose(), b.dispose()]);
      await redis.stop();
      await database.drop();
    });
    bench(`${target.name}, N = ${N}`, fn, options);
  }
});

function report() {
  const same = measured.get(sameInstance.name);
  const across = measured.get(acrossInstances.name);
  if (!same?.deliveries.length || !across?.deliveries.length) return;
  const [s50, s99] = p50p99(same.deliveries);
  const [a50, a99] = p50p99(across.deliveries);
  record('across-instances', {
    order: 2,
    title: `Across instances: one goal edit to ${N.toLocaleString('en')} screens through Redis, against the same instance`,
    table: [
      ['N', 'edits', 'same instance p50 / p99', 'across instances p50 / p99', 'p50 ratio', 'p99 ratio'],
      [
        N.toLocaleString('en'),
        String(across.deliveries.length),
        `${ms(s50)} / ${ms(s99)}`,
        `${ms(a50)} / ${ms(a99)}`,
        ratio(a50 / s50),
        ratio(a99 / s99),
      ],
    ],
    notes: [
      'Two API processes (each its own Node process) share one PostgreSQL database and one Redis; the edit is sent to',
      'instance A, the screens subscribe on A (same instance) or on B (across, through Redis). Ratio = across / same',
      '(target ≤ 1.3×). Every screen received every edit exactly once and in order, or the bench would have failed.',
    ],
  });
}
