import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { CASEY, startTestHub } from '@carehub/api/testing';
import { scalePatients, seededRandom } from '@carehub/seeds';
import Database from 'better-sqlite3';
import { bench, describe } from 'vitest';
import { startProfile, stopProfile } from './support/profile.js';
import { ms, percentile, ratio, record } from './support/results.js';
import { growToScale } from './support/scale-database.js';

/**
 * The patient page's first read (record, care team, care plan, open cards, discharge plan) on a
 * unit of 5,000 patients: CareHub's GraphQL query over HTTP against one hand-written SQL query
 * that builds the same JSON in the database, with the same driver (better-sqlite3, the hub's
 * embedded database), served by a bare HTTP server; both are fetched the same way, one patient
 * after another, the same sample of patients for both. Before timing, the two answers are
 * compared for a sample of patients and the bench fails if they differ.
 */
const PATIENTS = 5_000;
const READS = Number(process.env.BENCH_PAGE_READS ?? 300);

const PAGE = `query PatientPage($id: ID!) {
  patient(id: $id) {
    id mrn name dateOfBirth bed admittingDiagnosis allergies expectedDischargeDate version
    careTeam { id role user { id name discipline } }
    carePlan {
      id status periodStart
      problems {
        id statement priority status discipline
        goals { id description targetValue targetDate status interventions { id action ownerDiscipline frequency status } }
      }
    }
    tasks { id title priority discipline labels }
    dischargePlan { id expectedDate disposition checklist { id kind status } barriers { id description dueDate status } }
  }
}`;

/** The same page as one SQL statement: SQLite's JSON functions build the answer in the database. */
const PAGE_SQL = `select json_object('patient', json_object(
  'id', p.id, 'mrn', p.mrn, 'name', p.name, 'dateOfBirth', p.date_of_birth, 'bed', p.bed,
  'admittingDiagnosis', p.admitting_diagnosis, 'allergies', p.allergies,
  'expectedDischargeDate', p.expected_discharge_date, 'version', p.version,
  'careTeam', (select json_group_array(json_object('id', m.id, 'role', m.role,
      'user', json_object('id', u.id, 'name', u.name, 'discipline', u.discipline)))
    from care_team_member m join app_user u on u.id = m.user_id
    where m.patient_id = p.id and m.ended_at is null),
  'carePlan', json((select json_object('id', cp.id, 'status', cp.status, 'periodStart', cp.period_start,
      'problems', (select json_group_array(json(problem)) from (
        select json_object('id', pr.id, 'statement', pr.statement, 'priority', pr.priority, 'status', pr.status,
          'discipline', pr.discipline,
          'goals', (select json_group_array(json(goal)) from (
            select json_object('id', g.id, 'description', g.description, 'targetValue', g.target_value,
              'targetDate', g.target_date, 'status', g.status,
              'interventions', (select json_group_array(json(intervention)) from (
                select json_object('id', i.id, 'action', i.action, 'ownerDiscipline', i.owner_discipline,
                  'frequency', i.frequency, 'status', i.status) as intervention
                from care_intervention i where i.goal_id = g.id order by i.position))) as goal
            from care_goal g where g.problem_id = pr.id order by g.position))) as problem
        from care_problem pr where pr.care_plan_id = cp.id order by pr.position)))
    from care_plan cp where cp.patient_id = p.id order by cp.created_at desc limit 1)),
  'tasks', (select json_group_array(json(task)) from (
    select json_object('id', t.id, 'title', t.title, 'priority', t.priority, 'discipline', t.discipline,
      'labels', json(t.labels)) as task
    from task t where t.patient_id = p.id and t.archived_at is null and t.completed_at is null
    order by t.due_at is null, t.due_at)),
  'dischargePlan', json((select json_object('id', d.id, 'expectedDate', d.expected_date, 'disposition', d.disposition,
      'checklist', (select json_group_array(json_object('id', c.id, 'kind', c.kind, 'status', c.status))
        from discharge_checklist_item c where c.plan_id = d.id),
      'barriers', (select json_group_array(json_object('id', b.id, 'description', b.description,
          'dueDate', b.due_date, 'status', b.status))
        from discharge_barrier b where b.plan_id = d.id))
    from discharge_plan d where d.patient_id = p.id order by d.stay_admitted_at desc limit 1))
)) as page from patient p where p.id = ?`;

const hub = await startTestHub();
const token = await hub.login(CASEY);
const db = new Database(hub.databaseUrl.replace(/^sqlite:/, ''));
const scaled = growToScale(db, scalePatients(PATIENTS));
const random = seededRandom(7);
const sample = Array.from({ length: READS }, () => scaled[Math.floor(random() * scaled.length)] as string);
const pageStatement = db.prepare(PAGE_SQL).pluck();

// The baseline's server: the SQL's JSON as the HTTP body, as a GraphQL server's answer would be.
const bare = http.createServer((req, res) => {
  const id = new URL(req.url ?? '/', 'http://bare').searchParams.get('id');
  const page = pageStatement.get(id) as string | undefined;
  res.writeHead(page ? 200 : 404, { 'content-type': 'application/json' });
  res.end(page ? `{"data":${page}}` : '{}');
});
await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}/page`;

const readCarehub = async (id: string) => (await hub.read<{ patient: unknown }>(PAGE, { id }, token)).patient;
const readBare = async (id: string) => {
  const response = await fetch(`${bareUrl}?id=${id}`);
  return ((await response.json()) as { data: { patient: unknown } }).data.patient;
};

// Same JSON, item for item (arrays compared in id order: the page does not depend on the order of a team or checklist).
const sorted = (value: unknown): unknown =>
  Array.isArray(value)
    ? value
        .map(sorted)
        .sort((a, b) => String((a as { id?: string })?.id).localeCompare(String((b as { id?: string })?.id)))
    : value && typeof value === 'object'
      ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, sorted(v)]))
      : value;
for (const id of sample.slice(0, 25)) {
  const [ours, theirs] = await Promise.all([readCarehub(id), readBare(id)]);
  if (JSON.stringify(sorted(ours)) !== JSON.stringify(sorted(theirs))) {
    throw new Error(
      `the two answers differ for ${id}:\nCareHub ${JSON.stringify(ours)}\nSQL     ${JSON.stringify(theirs)}`,
    );
  }
}

const times = { carehub: [] as number[], bare: [] as number[], sql: [] as number[] };
const options = { iterations: 1, time: 0, warmupIterations: 1, warmupTime: 0 } as const;

describe(`the patient page on a unit of ${PATIENTS.toLocaleString('en')} patients`, () => {
  bench(
    'baseline: one hand-written SQL query (better-sqlite3) served over HTTP',
    async () => {
      times.bare.length = 0;
      times.sql.length = 0;
      for (const id of sample) {
        const start = performance.now();
        await readBare(id);
        times.bare.push(performance.now() - start);
      }
      for (const id of sample) {
        const start = performance.now();
        pageStatement.get(id);
        times.sql.push(performance.now() - start);
      }
    },
    options,
  );
  bench(
    'CareHub: the patient page query over GraphQL',
    async () => {
      times.carehub.length = 0;
      for (const id of sample) {
        const start = performance.now();
        await readCarehub(id);
        times.carehub.push(performance.now() - start);
      }
    },
    {
      ...options,
      setup: async (_task: unknown, mode?: string) => {
        if (mode === 'run') await startProfile();
      },
      teardown: async (_task: unknown, mode?: string) => {
        if (mode !== 'run') return;
        await stopProfile('patient-page');
        report();
        bare.close();
        db.close();
        await hub.stop();
      },
    },
  );
});

function report() {
  const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const perSecond = (xs: number[]) => (xs.length * 1000) / total(xs);
  const [c, b, s] = [perSecond(times.carehub), perSecond(times.bare), perSecond(times.sql)];
  record('patient-page', {
    order: 5,
    title: `Patient page: record, team, care plan, open cards and discharge plan on a unit of ${PATIENTS.toLocaleString('en')} patients`,
    table: [
      ['patients', 'reads', 'CareHub reads/s (p50)', 'SQL over HTTP reads/s (p50)', 'ratio', 'SQL alone reads/s (p50)'],
      [
        PATIENTS.toLocaleString('en'),
        String(times.carehub.length),
        `${c.toFixed(0)} (${ms(percentile(times.carehub, 0.5))})`,
        `${b.toFixed(0)} (${ms(percentile(times.bare, 0.5))})`,
        ratio(c / b),
        `${s.toFixed(0)} (${ms(percentile(times.sql, 0.5))})`,
      ],
    ],
    notes: [
      'The demo unit grown to 5,000 patients by the scale generator (`seeds/src/scale.ts`, seeded: the same data every run),',
      'each a copy of a demo patient’s chart. One patient after another, the same seeded sample for both; CareHub answers',
      '`patient(id)` through GraphQL (access check, audit row, resolvers); the baseline runs one SQL statement that builds',
      'the same JSON (checked equal before timing) and serves it from a bare HTTP server. Ratio = CareHub / baseline',
      'reads per second (target ≥ 0.5×). “SQL alone” is the statement without HTTP, for scale.',
    ],
  });
}
