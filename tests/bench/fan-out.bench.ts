import { CASEY, startTestHub } from '@carehub/api/testing';
import { bench, describe } from 'vitest';
import { startBareServer } from './support/bare-server.js';
import { carehubTarget, type Figures, fanOut, findGoal, signInStaff, type Target } from './support/fan-out.js';
import { ms, p50p99, ratio, record } from './support/results.js';

/**
 * One goal edit delivered to N graphql-ws subscribers of one patient's stream: from sending the
 * mutation to the last subscriber's delivery, CareHub (in this process, on its embedded
 * database) against a bare graphql-ws + graphql-js server with an in-memory pub/sub sending the
 * same payload. Both are measured in this run with the same client code; every subscriber must
 * receive every edit exactly once, or the bench fails. The subscribers are the unit's staff, each
 * signed in once, with their screens spread evenly over them (a rounds room, not one user N times).
 */
// Edits per size: enough for a stable p99 at N = 100 and 1,000 (each edit is N deliveries), and a
// few at 5,000, where one edit takes seconds; fewer than before, to keep `pnpm bench` under ten minutes.
const SIZES = [
  { n: 100, edits: 20 },
  { n: 1_000, edits: 12 },
  { n: 5_000, edits: 5 },
] as const;
const UPDATE_GOAL = `mutation($input: UpdateGoalInput!) { updateGoal(input: $input) { id version } }`;

const hub = await startTestHub();
const writerToken = await hub.login(CASEY);
const { patientId, goal } = await findGoal(hub, writerToken);
const carehub = carehubTarget({
  name: 'CareHub',
  screensOn: hub,
  writer: hub,
  writerToken,
  tokens: await signInStaff(hub),
  patientId,
  goal,
  newestEventId: (stream) => hub.newestEventId(stream),
});

const bare = await startBareServer({ ...goal, patientId });
let bareVersion = goal.version;
const baseline: Target = {
  name: 'bare graphql-ws',
  wsUrl: bare.wsUrl,
  tokens: [],
  nextVersion: () => bareVersion + 1,
  async edit(description) {
    const response = await fetch(bare.httpUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: UPDATE_GOAL,
        variables: { input: { id: goal.id, expectedVersion: 0, description } },
      }),
    });
    const result = (await response.json()) as { data?: { updateGoal: { version: number } } };
    if (!result.data) throw new Error(`bare updateGoal failed: ${JSON.stringify(result)}`);
    bareVersion = result.data.updateGoal.version;
    return bareVersion;
  },
  async liveFrom() {
    return { patientId };
  },
};

const measured = new Map<string, Figures>();
for (const { n, edits } of SIZES) {
  describe(`one goal edit to ${n.toLocaleString('en')} subscribers`, () => {
    for (const target of [baseline, carehub]) {
      const { fn, options } = fanOut(target, n, edits, async (figures) => {
        measured.set(`${target.name}:${n}`, figures);
        if (target !== carehub) return;
        report();
        if (n === SIZES[SIZES.length - 1]?.n) {
          await bare.close();
          await hub.stop();
        }
      });
      bench(`${target.name}, N = ${n}`, fn, options);
    }
  });
}

/** Prints and keeps the figures of every size measured so far (after each size's CareHub run). */
function report() {
  const table = [
    [
      'N',
      'edits',
      'CareHub p50',
      'CareHub p99',
      'bare p50',
      'bare p99',
      'p50 ratio',
      'p99 ratio',
      'CareHub mutation answer p50 / p99',
    ],
  ];
  for (const { n } of SIZES) {
    const ours = measured.get(`${carehub.name}:${n}`);
    const theirs = measured.get(`${baseline.name}:${n}`);
    if (!ours?.deliveries.length || !theirs?.deliveries.length) continue;
    const [p50, p99] = p50p99(ours.deliveries);
    const [b50, b99] = p50p99(theirs.deliveries);
    const [answer50, answer99] = p50p99(ours.answers);
    table.push([
      n.toLocaleString('en'),
      String(ours.deliveries.length),
      ms(p50),
      ms(p99),
      ms(b50),
      ms(b99),
      ratio(p50 / b50),
      ratio(p99 / b99),
      `${ms(answer50)} / ${ms(answer99)}`,
    ]);
  }
  record('fan-out', {
    order: 1,
    title: 'Fan-out: one goal edit to N graphql-ws subscribers of one patient stream (mutation sent → last delivery)',
    table,
    notes: [
      'CareHub runs in the bench process on its embedded SQLite database with the in-process bus; the bare server',
      'is graphql-js + graphql-ws with an in-memory pub/sub and no database; both are driven by the same client code.',
      'Ratio = CareHub / bare (target p99 ≤ 1.5× at N = 1,000 and 5,000; < 100 ms p99 at N = 1,000). Every subscriber',
      'received every edit exactly once and in order, or the bench would have failed.',
    ],
  });
}
