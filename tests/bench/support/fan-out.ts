import type { HubClient } from '@carehub/api/testing';
import { demoStaff } from '@carehub/seeds';
import { startProfile, stopProfile } from './profile.js';
import { type Subscriber, subscribe, subscribeMany } from './subscribers.js';

/** What a goal edit event carries to the screens (the web client's care-plan selection of a goal). */
export const GOAL_FIELDS = `id problemId description targetValue targetDate goalStatus: status visibility position version
  updatedAt history { status at byName }`;
export const EVENTS = `subscription($patientId: ID!, $after: ID) {
  patientEvents(patientId: $patientId, after: $after) {
    id stream kind entityType entityId version at actor { id name }
    node { __typename ... on Goal { ${GOAL_FIELDS} } }
  }
}`;
const UPDATE_GOAL = `mutation($input: UpdateGoalInput!) { updateGoal(input: $input) { id version } }`;

/** A server the fan-out benches drive: where screens subscribe, and how a goal is edited. */
export interface Target {
  name: string;
  wsUrl: string;
  /** Sessions the screens use, in turn. */
  tokens: string[];
  /** Sends one goal edit; resolves with the mutation's answer (the goal's new version). */
  edit(description: string): Promise<number>;
  /** The version the next edit will answer. */
  nextVersion(): number;
  /** Variables that make a new subscription replay one event first (so it is known to be live). */
  liveFrom(): Promise<Record<string, unknown>>;
}

export type Goal = Record<string, unknown> & { id: string; version: number };

/** A demo patient with a care-plan goal, and that goal as an event carries it. */
export async function findGoal(api: HubClient, token: string): Promise<{ patientId: string; goal: Goal }> {
  const { patients } = await api.read<{ patients: { id: string }[] }>('{ patients { id } }', {}, token);
  for (const p of patients) {
    const { patient } = await api.read<{ patient: { carePlan: { problems: { goals: Goal[] }[] } | null } }>(
      `query($id: ID!) { patient(id: $id) { carePlan { problems { goals { ${GOAL_FIELDS.replace('goalStatus: ', '')} } } } } }`,
      { id: p.id },
      token,
    );
    const goal = patient.carePlan?.problems[0]?.goals[0];
    if (goal) return { patientId: p.id, goal };
  }
  throw new Error('no demo patient with a goal');
}

/** One session per staff member of the demo unit (not the admin, who does not read patients by unit). */
export function signInStaff(api: HubClient): Promise<string[]> {
  return Promise.all(demoStaff.filter((s) => s.role !== 'ADMIN').map((s) => api.login(s.email)));
}

/** A CareHub target: screens on `screensOn`, edits through `writer` (the same hub, or another instance). */
export function carehubTarget(options: {
  name: string;
  screensOn: HubClient;
  writer: HubClient;
  writerToken: string;
  tokens: string[];
  patientId: string;
  goal: Goal;
  newestEventId: (stream: string) => Promise<string>;
  /** The goal's current version, when other targets edit the same goal too. */
  versions?: { current: number };
}): Target {
  const versions = options.versions ?? { current: options.goal.version };
  return {
    name: options.name,
    wsUrl: `${options.screensOn.url.replace(/^http/, 'ws')}/graphql`,
    tokens: options.tokens,
    nextVersion: () => versions.current + 1,
    async edit(description) {
      const result = await options.writer.gql<{ updateGoal: { version: number } }>(
        UPDATE_GOAL,
        { input: { id: options.goal.id, expectedVersion: versions.current, description } },
        options.writerToken,
      );
      if (!result.data) throw new Error(`updateGoal failed: ${JSON.stringify(result.errors)}`);
      versions.current = result.data.updateGoal.version;
      return versions.current;
    },
    async liveFrom() {
      const newest = await options.newestEventId(`patient:${options.patientId}`);
      return { patientId: options.patientId, after: String(BigInt(newest) - 1n) };
    },
  };
}

/** What one bench measured: per edit, ms from sending it to its last delivery, and to its answer. */
export interface Figures {
  deliveries: number[];
  answers: number[];
}

/**
 * A bench for one target and N: subscribers open before the warm-up and close after the run;
 * each iteration sends one edit and waits until every subscriber has it.
 */
export function fanOut(target: Target, n: number, edits: number, done: (figures: Figures) => Promise<void>) {
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
      expected = target.nextVersion();
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
      warmupIterations: 1,
      warmupTime: 0,
      setup: async (_task: unknown, mode?: string) => {
        if (subscribers.length === 0) {
          const variables = await target.liveFrom();
          subscribers = await subscribeMany(n, (i) =>
            subscribe(target.wsUrl, target.tokens[i % target.tokens.length] ?? null, EVENTS, variables, onEvent(i)),
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
        await stopProfile(`fan-out-${target.name.replace(/\W+/g, '-')}-${n}`);
        const closed = subscribers.flatMap((s) => s.problems);
        for (const s of subscribers) s.close();
        subscribers = [];
        if (closed.length > 0) throw new Error(`${closed.length} subscriptions failed: ${closed[0]}`);
        // Warm-up edits count too: each subscriber saw every edit once.
        const total = sent;
        const short = seen.filter((count) => count !== total).length;
        if (short > 0) throw new Error(`${short} of ${n} subscribers did not see each of the ${total} edits once`);
        await done(figures);
      },
    },
  };
}
