import { performance } from 'node:perf_hooks';
import { demoStaff } from '@carehub/seeds';
import pg from 'pg';
import { startPostgres, startRedis } from '../../scripts/services.mjs';
import { residentBytes } from '../bench/support/memory.js';
import { type Subscriber, subscribe } from '../bench/support/subscribers.js';
import { type ApiProcess, startApiProcess } from '../harness/api-process.js';

/**
 * `pnpm load`: holds SUBSCRIBERS websocket subscribers across two API processes (sharing a
 * PostgreSQL and a Redis of their own, on loopback) while RATE goal edits per second flow for
 * SECONDS, then reports errors, per-subscriber completeness against the event log, delivery
 * latency (edit sent → event received) and each server's memory before, during and after.
 * Exits 1 when any error occurred or any subscriber missed or repeated an event.
 * Flags: --subscribers N (1000), --rate N (100), --seconds N (120); bounded below.
 */
const LIMITS = { subscribers: 5_000, rate: 500, seconds: 600 };
const options = parseFlags(process.argv.slice(2), { subscribers: 1_000, rate: 100, seconds: 120 });
const EVENTS = `subscription($patientId: ID!, $after: ID) {
  patientEvents(patientId: $patientId, after: $after) { id entityType node { ... on Goal { description } } }
}`;
/**
 * The edits: care-plan goals, as a team edits them during rounds. (Patient record edits would all
 * queue on the unit's stream, which every record change is appended to, and measure that lock.)
 */
const UPDATE = 'mutation($i: UpdateGoalInput!) { updateGoal(input: $i) { version } }';
const PLAN = `query($id: ID!) { patient(id: $id) { carePlan { id problems { id goals { id version } } } } }`;
/** Goals each patient's plan has while the edits flow (added where the demo has fewer), so edits spread over every screen. */
const GOALS_PER_PATIENT = 4;
/** After the last edit: how long subscribers may take to receive what is still on its way. */
const DRAIN_MS = 30_000;
/** After the subscribers left: how long the servers get to let go of their memory before it is read again. */
const SETTLE_MS = 10_000;

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const log = (line: string) => console.log(`[load] ${line}`);

const stops: (() => Promise<unknown>)[] = [];
let failed = false;
try {
  await run();
} catch (error) {
  console.error(error);
  failed = true;
} finally {
  for (const stop of stops.reverse()) await stop().catch(() => undefined);
}
process.exit(failed ? 1 : 0);

async function run(): Promise<void> {
  log(`${options.subscribers} subscribers, ${options.rate} edits/s for ${options.seconds} s, two instances`);
  const postgres = await startPostgres();
  stops.push(() => postgres.stop());
  const redis = await startRedis();
  stops.push(() => redis.stop());
  const env = { DATABASE_URL: postgres.url, REDIS_URL: redis.url, SEED_DEMO: 'true', LOG_LEVEL: 'error' };
  // One after the other: the first migrates and loads the demo unit, the second finds it done.
  const instances: ApiProcess[] = [];
  for (let i = 0; i < 2; i++) {
    const instance = await startApiProcess(env);
    instances.push(instance);
    stops.push(() => instance.stop());
  }
  const readings: { label: string; bytes: number[] }[] = [];
  const read = (label: string) => readings.push({ label, bytes: instances.map((i) => residentBytes(i.pid)) });

  const staff = demoStaff.filter((s) => s.role !== 'ADMIN');
  const tokens = await Promise.all(staff.map((s) => login(instances[0] as ApiProcess, s.email)));
  const writer = tokens[0] as string;
  const { patients } = await gql<{ patients: { id: string; version: number }[] }>(
    instances[0] as ApiProcess,
    '{ patients { id version } }',
    {},
    writer,
  );
  const db = new pg.Client({ connectionString: postgres.url });
  await db.connect();
  stops.push(() => db.end());
  const goals: { id: string; version: number }[] = [];
  for (const p of patients) goals.push(...(await goalsOf(instances[0] as ApiProcess, writer, p.id)));
  const newest = new Map<string, string>();
  for (const p of patients) newest.set(p.id, await lastId(db, p.id));
  read('baseline (servers up, no subscriber)');

  // Subscribers: patient i mod P, instance i mod 2, session i mod staff; each first receives the
  // stream's newest event again (so it is known to be live), then everything after it.
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  const received: Map<string, number>[] = [];
  const subscribers: Subscriber[] = [];
  const started = performance.now();
  for (let start = 0; start < options.subscribers; start += 100) {
    const batch: Subscriber[] = [];
    for (let i = start; i < Math.min(start + 100, options.subscribers); i++) {
      const patient = patients[i % patients.length] as { id: string };
      const instance = instances[i % 2] as ApiProcess;
      const seen = new Map<string, number>();
      received.push(seen);
      const after = String(BigInt(newest.get(patient.id) ?? '1') - 1n);
      batch.push(
        subscribe(
          `${instance.url.replace(/^http/, 'ws')}/graphql`,
          tokens[i % tokens.length] as string,
          EVENTS,
          { patientId: patient.id, after },
          (data, at) => {
            const event = (data as { patientEvents: { id: string; node: { description?: string } | null } })
              .patientEvents;
            seen.set(event.id, (seen.get(event.id) ?? 0) + 1);
            const sent = event.node?.description ? sentAt.get(event.node.description) : undefined;
            if (sent !== undefined) latencies.push(at - sent);
          },
        ),
      );
    }
    subscribers.push(...batch);
    await Promise.all(batch.map((s) => s.live));
  }
  log(`${subscribers.length} subscribers live in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  read(`${subscribers.length} subscribers connected`);

  // Edits: RATE per second, spread over the goals of every patient (one in flight per goal, so
  // each expectedVersion is current) and over both instances.
  const versions = new Map(goals.map((g) => [g.id, g.version]));
  const busy = new Set<string>();
  const errors: string[] = [];
  let sent = 0;
  let skipped = 0;
  let next = 0;
  const flowStart = performance.now();
  const inFlight = new Set<Promise<void>>();
  while (performance.now() - flowStart < options.seconds * 1000) {
    const due = Math.floor(((performance.now() - flowStart) / 1000) * options.rate);
    while (sent + skipped < due) {
      let target: { id: string } | undefined;
      for (let k = 0; k < goals.length && !target; k++) {
        const candidate = goals[(next + k) % goals.length] as { id: string };
        if (!busy.has(candidate.id)) {
          target = candidate;
          next += k + 1;
        }
      }
      if (!target) {
        // Every goal has an edit still unanswered: the servers are behind; count it and move on.
        skipped++;
        continue;
      }
      const goalId = target.id;
      const tag = `L${sent}`;
      sent++;
      busy.add(goalId);
      sentAt.set(tag, performance.now());
      const instance = instances[sent % 2] as ApiProcess;
      const edit = gql<{ updateGoal: { version: number } }>(
        instance,
        UPDATE,
        { i: { id: goalId, expectedVersion: versions.get(goalId), description: tag } },
        writer,
      )
        .then((r) => {
          versions.set(goalId, r.updateGoal.version);
        })
        .catch((error: unknown) => {
          errors.push(`edit ${tag}: ${error instanceof Error ? error.message : String(error)}`);
        })
        .finally(() => {
          busy.delete(goalId);
          inFlight.delete(edit);
        });
      inFlight.add(edit);
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  await Promise.all(inFlight);
  const flowSeconds = (performance.now() - flowStart) / 1000;
  read('end of the flow');
  log(
    `${sent} edits sent in ${flowSeconds.toFixed(1)} s (${(sent / flowSeconds).toFixed(1)}/s), ${skipped} not sent (servers behind)`,
  );

  // What every subscriber may see: every event of its patient's stream after the one it started on.
  const expected = new Map<string, string[]>();
  for (const p of patients) {
    const { rows } = await db.query<{ id: string }>(
      'select id::text as id from change_event where stream = $1 and id > $2 order by id',
      [`patient:${p.id}`, newest.get(p.id)],
    );
    expected.set(
      p.id,
      rows.map((r) => r.id),
    );
  }
  const drainUntil = performance.now() + DRAIN_MS;
  const complete = (i: number) =>
    (expected.get((patients[i % patients.length] as { id: string }).id) ?? []).every((id) => received[i]?.has(id));
  while (performance.now() < drainUntil && !received.every((_, i) => complete(i))) {
    await new Promise((r) => setTimeout(r, 200));
  }
  let missing = 0;
  let duplicates = 0;
  let incomplete = 0;
  received.forEach((seen, i) => {
    const want = expected.get((patients[i % patients.length] as { id: string }).id) ?? [];
    const lacking = want.filter((id) => !seen.has(id)).length;
    missing += lacking;
    if (lacking > 0) incomplete++;
    for (const count of seen.values()) if (count > 1) duplicates += count - 1;
  });
  const problems = subscribers.flatMap((s) => s.problems);
  for (const s of subscribers) s.close();
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  read(`${SETTLE_MS / 1000} s after the subscribers left`);

  latencies.sort((a, b) => a - b);
  const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? Number.NaN;
  const expectedDeliveries = received.reduce(
    (n, _, i) => n + (expected.get((patients[i % patients.length] as { id: string }).id)?.length ?? 0),
    0,
  );
  console.log('');
  console.log('| figure | value |');
  console.log('| --- | --- |');
  console.log(
    `| subscribers (two instances) | ${subscribers.length} over ${patients.length} patients (${goals.length} goals edited) |`,
  );
  console.log(`| edits sent / per second | ${sent} / ${(sent / flowSeconds).toFixed(1)} (asked ${options.rate}) |`);
  console.log(`| edit errors | ${errors.length} |`);
  console.log(`| subscription errors or closes | ${problems.length} |`);
  console.log(`| deliveries expected / missing / duplicated | ${expectedDeliveries} / ${missing} / ${duplicates} |`);
  console.log(`| subscribers missing any event | ${incomplete} |`);
  console.log(
    `| delivery (edit sent → received) p50 / p99 / max | ${q(0.5).toFixed(0)} / ${q(0.99).toFixed(0)} / ${(latencies.at(-1) ?? Number.NaN).toFixed(0)} ms |`,
  );
  for (const r of readings) console.log(`| server memory, ${r.label} | ${r.bytes.map(mb).join(' / ')} |`);
  for (const e of [...errors, ...problems].slice(0, 10)) console.log(`  ${e}`);
  if (errors.length > 0 || problems.length > 0 || missing > 0 || duplicates > 0) failed = true;
}

async function login(instance: ApiProcess, email: string): Promise<string> {
  const { login: session } = await gql<{ login: { token: string } }>(
    instance,
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    { e: email, p: 'carehub-demo' },
    null,
  );
  return session.token;
}

async function gql<T>(
  instance: ApiProcess,
  query: string,
  variables: Record<string, unknown>,
  token: string | null,
): Promise<T> {
  const response = await fetch(`${instance.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(JSON.stringify(body.errors ?? body));
  return body.data;
}

/** The patient's care-plan goals, GOALS_PER_PATIENT of them at least: a plan, a problem and goals are added when missing. */
async function goalsOf(
  instance: ApiProcess,
  token: string,
  patientId: string,
): Promise<{ id: string; version: number }[]> {
  type Plan = { id: string; problems: { id: string; goals: { id: string; version: number }[] }[] } | null;
  const read = async () =>
    (await gql<{ patient: { carePlan: Plan } }>(instance, PLAN, { id: patientId }, token)).patient.carePlan;
  let plan = await read();
  if (!plan) {
    await gql(
      instance,
      'mutation($i: CreateCarePlanInput!) { createCarePlan(input: $i) { id } }',
      { i: { patientId, periodStart: new Date().toISOString().slice(0, 10) } },
      token,
    );
    plan = await read();
  }
  if (!plan) throw new Error(`no care plan for ${patientId}`);
  let problemId = plan.problems[0]?.id;
  if (!problemId) {
    const made = await gql<{ createProblem: { id: string } }>(
      instance,
      'mutation($i: CreateProblemInput!) { createProblem(input: $i) { id } }',
      { i: { carePlanId: plan.id, discipline: 'CM', statement: 'Load run: goals edited in turn' } },
      token,
    );
    problemId = made.createProblem.id;
  }
  const have = plan.problems.flatMap((p) => p.goals);
  for (let i = have.length; i < GOALS_PER_PATIENT; i++) {
    await gql(
      instance,
      'mutation($i: CreateGoalInput!) { createGoal(input: $i) { id } }',
      { i: { carePlanId: plan.id, problemId, description: `Load run goal ${i + 1}` } },
      token,
    );
  }
  return ((await read())?.problems ?? []).flatMap((p) => p.goals);
}

async function lastId(db: pg.Client, patientId: string): Promise<string> {
  const { rows } = await db.query<{ last: string | null }>(
    'select max(id)::text as last from change_event where stream = $1',
    [`patient:${patientId}`],
  );
  const last = rows[0]?.last;
  if (!last) throw new Error(`patient ${patientId} has no events`);
  return last;
}

function parseFlags(argv: string[], defaults: typeof LIMITS): typeof LIMITS {
  const values = { ...defaults };
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i]?.replace(/^--/, '') as keyof typeof LIMITS;
    const value = Number(argv[i + 1]);
    if (!(name in LIMITS) || !Number.isInteger(value) || value < 1 || value > LIMITS[name]) {
      throw new Error(
        `usage: pnpm load [--subscribers 1..${LIMITS.subscribers}] [--rate 1..${LIMITS.rate}] [--seconds 1..${LIMITS.seconds}] (got ${argv.join(' ')})`,
      );
    }
    values[name] = value;
  }
  return values;
}
