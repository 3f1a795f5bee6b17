import { CASEY, startTestHub } from '@carehub/api/testing';
import { demoStaff } from '@carehub/seeds';
import { bench, describe } from 'vitest';
import { startBareServer } from './support/bare-server.js';
import { startProfile, stopProfile } from './support/profile.js';
import { ms, percentile, ratio, record } from './support/results.js';
import { type Subscriber, subscribe, subscribeMany } from './support/subscribers.js';

/**
 * One goal edit delivered to N graphql-ws subscribers of one patient's stream: from sending the
 * mutation to the last subscriber's delivery, CareHub (in this process, on its embedded
 * database) against a bare graphql-ws + graphql-js server with an in-memory pub/sub sending the
 * same payload. Both are measured in this run with the same client code; every subscriber must
 * receive every edit exactly once, or the bench fails. The subscribers are the unit's staff, each
 * signed in once, with their screens spread evenly over them (a rounds room, not one user N times).
 */
const SIZES = [
  { n: 100, edits: 30 },
  { n: 1_000, edits: 20 },
  { n: 5_000, edits: 8 },
] as const;

const GOAL_FIELDS = `id problemId description targetValue targetDate goalStatus: status visibility position version
  updatedAt history { status at byName }`;
const EVENTS = `subscription($patientId: ID!, $after: ID) {
  patientEvents(patientId: $patientId, after: $after) {
    id stream kind entityType entityId version at actor { id name }
    node { __typename ... on Goal { ${GOAL_FIELDS} } }
  }
}`;
const UPDATE_GOAL = `mutation($input: UpdateGoalInput!) { updateGoal(input: $input) { id version } }`;

const hub = await startTestHub();
const readerToken = await hub.login(CASEY);
/** One session per staff member of the unit (not the admin, who does not read patients by unit). */
const readers = await Promise.all(demoStaff.filter((s) => s.role !== 'ADMIN').map((s) => hub.login(s.email)));
const writerToken = await hub.login(CASEY);
const { patients } = await hub.read<{ patients: { id: string }[] }>('{ patients { id } }', {}, readerToken);
let patientId = '';
let goal: Record<string, unknown> & { id: string; version: number } = { id: '', version: 0 };
for (const p of patients) {
  const { patient } = await hub.read<{
    patient: { carePlan: { problems: { goals: (typeof goal)[] }[] } | null };
  }>(
    `query($id: ID!) { patient(id: $id) { carePlan { problems { goals { ${GOAL_FIELDS.replace('goalStatus: ', '')} } } } } }`,
    { id: p.id },
    readerToken,
  );
  const first = patient.carePlan?.problems[0]?.goals[0];
  if (first) {
    patientId = p.id;
    goal = first;
    break;
  }
}
if (!patientId) throw new Error('no demo patient with a goal');
const bare = await startBareServer({ ...goal, patientId });

interface Target {
  name: string;
  wsUrl: string;
  /** Sends one goal edit; resolves with the mutation's answer (the goal's new version). */
  edit(description: string): Promise<number>;
  /** Variables that make a new subscription replay one event first (so it is known to be live). */
  liveFrom(): Promise<Record<string, unknown>>;
}

let hubVersion = goal.version;
const carehub: Target = {
  name: 'CareHub',
  wsUrl: `${hub.url.replace(/^http/, 'ws')}/graphql`,
  async edit(description) {
    const result = await hub.gql<{ updateGoal: { version: number } }>(
      UPDATE_GOAL,
      { input: { id: goal.id, expectedVersion: hubVersion, description } },
      writerToken,
    );
    if (!result.data) throw new Error(`updateGoal failed: ${JSON.stringify(result.errors)}`);
    hubVersion = result.data.updateGoal.version;
    return hubVersion;
  },
  async liveFrom() {
    const newest = await hub.newestEventId(`patient:${patientId}`);
    return { patientId, after: String(BigInt(newest) - 1n) };
  },
};

let bareVersion = goal.version;
const baseline: Target = {
  name: 'bare graphql-ws',
  wsUrl: bare.wsUrl,
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

interface Figures {
  deliveries: number[];
  answers: number[];
}
const measured = new Map<string, Figures>();

/**
 * A bench for one target and N: subscribers open before the warm-up and close after the run;
 * each iteration sends one edit and waits until every subscriber has it.
 */
function fanOut(target: Target, n: number, edits: number) {
  let subscribers: Subscriber[] = [];
  const seen = new Array<number>(n).fill(0);
  /** The version each subscriber saw last: an edit counts once, in order, or the bench fails. */
  const lastVersion = new Array<number>(n).fill(0);
  let waiting = 0;
  let expected = 0;
  let lastAt = 0;
  let allIn: (() => void) | undefined;
  let problem: string | undefined;
  let sent = 0;
  const figures: Figures = { deliveries: [], answers: [] };
  measured.set(`${target.name}:${n}`, figures);

  const onEvent = (index: number) => (data: Record<string, unknown>, at: number) => {
    const event = data.patientEvents as { node: { version: number } | null };
    const version = event.node?.version ?? -1;
    if (version !== expected || version <= (lastVersion[index] ?? 0)) {
      problem ??= `subscriber ${index} got version ${version} while ${expected} was expected`;
    }
    lastVersion[index] = version;
    seen[index] = (seen[index] ?? 0) + 1;
    lastAt = Math.max(lastAt, at);
    if (--waiting === 0) allIn?.();
  };

  return {
    async fn() {
      waiting = n;
      lastAt = 0;
      sent += 1;
      const done = new Promise<void>((resolve) => {
        allIn = resolve;
      });
      const start = performance.now();
      expected = (target === carehub ? hubVersion : bareVersion) + 1;
      const version = await target.edit(`Edit ${expected}`);
      const answered = performance.now();
      if (version !== expected) throw new Error(`edit answered version ${version}, expected ${expected}`);
      await Promise.race([
        done,
        new Promise((_, reject) =>
          setTimeout(() => reject(new Error(`${waiting} of ${n} deliveries missing`)), 30_000),
        ),
      ]);
      if (problem) throw new Error(problem);
      figures.answers.push(answered - start);
      figures.deliveries.push(lastAt - start);
    },
    options: {
      iterations: edits,
      time: 0,
      warmupIterations: 2,
      warmupTime: 0,
      setup: async (_task: unknown, mode?: string) => {
        if (subscribers.length === 0) {
          const variables = await target.liveFrom();
          subscribers = await subscribeMany(n, (i) =>
            subscribe(target.wsUrl, readers[i % readers.length] ?? null, EVENTS, variables, onEvent(i)),
          );
        }
        if (mode === 'run') {
          figures.deliveries.length = 0;
          figures.answers.length = 0;
          await startProfile();
        }
      },
      teardown: async (_task: unknown, mode?: string) => {
        if (mode !== 'run') return;
        await stopProfile(`fan-out-${target === carehub ? 'carehub' : 'bare'}-${n}`);
        const closed = subscribers.flatMap((s) => s.problems);
        for (const s of subscribers) s.close();
        subscribers = [];
        if (closed.length > 0) throw new Error(`${closed.length} subscriptions failed: ${closed[0]}`);
        // Warm-up edits count too: each subscriber saw every edit once.
        const total = sent;
        const short = seen.filter((count) => count !== total).length;
        if (short > 0) throw new Error(`${short} of ${n} subscribers did not see each of the ${total} edits once`);
        if (target !== carehub) return;
        report();
        if (n === SIZES[SIZES.length - 1]?.n) {
          await bare.close();
          await hub.stop();
        }
      },
    },
  };
}

for (const { n, edits } of SIZES) {
  describe(`one goal edit to ${n.toLocaleString('en')} subscribers`, () => {
    for (const target of [baseline, carehub]) {
      const { fn, options } = fanOut(target, n, edits);
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
    const [p50, p99, b50, b99] = [
      percentile(ours.deliveries, 0.5),
      percentile(ours.deliveries, 0.99),
      percentile(theirs.deliveries, 0.5),
      percentile(theirs.deliveries, 0.99),
    ] as [number, number, number, number];
    table.push([
      n.toLocaleString('en'),
      String(ours.deliveries.length),
      ms(p50),
      ms(p99),
      ms(b50),
      ms(b99),
      ratio(p50 / b50),
      ratio(p99 / b99),
      `${ms(percentile(ours.answers, 0.5))} / ${ms(percentile(ours.answers, 0.99))}`,
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
