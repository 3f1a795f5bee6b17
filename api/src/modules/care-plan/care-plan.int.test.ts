import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Streams } from '../../platform/events/streams.js';
import { CASEY, collectLive, pause, RILEY, startTestHub, type TestHub } from '../../testing/test-hub.js';

const PLAN = `query($id: ID!) { carePlan(id: $id) {
  id status version periodStart lastReviewedAt
  problems { id statement position version goals { id description status version targetDate history { status byName }
    interventions { id action status position version } } }
  notes { id text author { name } }
  signOffs { discipline stale user { name } }
} }`;
const CREATE_PLAN = 'mutation($i: CreateCarePlanInput!) { createCarePlan(input: $i) { id version } }';
const CREATE_PROBLEM = 'mutation($i: CreateProblemInput!) { createProblem(input: $i) { id version position } }';
const CREATE_GOAL = 'mutation($i: CreateGoalInput!) { createGoal(input: $i) { id version } }';
const UPDATE_GOAL = 'mutation($i: UpdateGoalInput!) { updateGoal(input: $i) { id version status description } }';
const CREATE_INTERVENTION = 'mutation($i: CreateInterventionInput!) { createIntervention(input: $i) { id version } }';
const MOVE_PROBLEM = 'mutation($i: MovePlanItemInput!) { moveProblem(input: $i) { id version position } }';

interface Plan {
  id: string;
  version: number;
  lastReviewedAt: string | null;
  problems: {
    id: string;
    statement: string;
    version: number;
    goals: {
      id: string;
      description: string;
      status: string;
      version: number;
      history: { status: string; byName: string }[];
      interventions: { id: string }[];
    }[];
  }[];
  notes: { text: string; author: { name: string } }[];
  signOffs: { discipline: string; stale: boolean; user: { name: string } }[];
}

describe('shared care plans', () => {
  let hub: TestHub;
  let casey: string;
  let riley: string;
  let patients: { id: string; mrn: string }[];
  let n = 0;

  beforeAll(async () => {
    hub = await startTestHub();
    casey = await hub.login(CASEY);
    riley = await hub.login(RILEY);
    patients =
      (await hub.gql<{ patients: { id: string; mrn: string }[] }>('{ patients { id mrn } }', {}, casey)).data
        ?.patients ?? [];
  });
  afterAll(() => hub?.stop());

  const call = async <T>(doc: string, i: Record<string, unknown>, token = casey): Promise<T> => {
    const r = await hub.gql<T>(doc, { i }, token);
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return r.data;
  };
  const read = async (id: string, token = casey) => (await hub.read<{ carePlan: Plan }>(PLAN, { id }, token)).carePlan;
  /** A plan on a patient of its own, with one problem and one goal. */
  const plan = async () => {
    const patientId = patients[n++ % patients.length]?.id;
    if (!patientId) throw new Error('the demo unit has no patients');
    const existing = await hub.gql<{ patient: { carePlan: { id: string; version: number } | null } }>(
      `{ patient(id: "${patientId}") { carePlan { id version } } }`,
      {},
      casey,
    );
    if (existing.data?.patient.carePlan) {
      await hub.gql(
        'mutation($i: UpdateCarePlanInput!) { updateCarePlan(input: $i) { id } }',
        {
          i: {
            id: existing.data.patient.carePlan.id,
            expectedVersion: existing.data.patient.carePlan.version,
            status: 'COMPLETED',
          },
        },
        casey,
      );
    }
    const { createCarePlan: created } = await call<{ createCarePlan: { id: string } }>(CREATE_PLAN, {
      patientId,
      periodStart: '2026-11-01',
    });
    const { createProblem: problem } = await call<{ createProblem: { id: string } }>(CREATE_PROBLEM, {
      carePlanId: created.id,
      statement: 'Fluid volume excess',
      discipline: 'RN',
    });
    const { createGoal: goal } = await call<{ createGoal: { id: string; version: number } }>(CREATE_GOAL, {
      carePlanId: created.id,
      problemId: problem.id,
      description: 'Weight within 1 kg of dry weight (70 kg)',
      targetDate: '2026-11-30',
    });
    return { patientId, planId: created.id, problemId: problem.id, goal };
  };

  it('builds the plan as a tree the whole team reads', async () => {
    const p = await plan();
    await call(CREATE_INTERVENTION, {
      carePlanId: p.planId,
      goalId: p.goal.id,
      action: 'Daily weights before breakfast',
      ownerDiscipline: 'RN',
      frequency: 'Daily',
    });
    const seen = await read(p.planId, riley);
    expect(seen?.problems[0]?.statement).toBe('Fluid volume excess');
    expect(seen?.problems[0]?.goals[0]).toMatchObject({
      status: 'PROPOSED',
      history: [{ status: 'PROPOSED', byName: 'Casey Morgan' }],
    });
    expect(seen?.problems[0]?.goals[0]?.interventions).toHaveLength(1);
  });

  it('every change reaches the patient stream live', async () => {
    const p = await plan();
    const feed = await collectLive<{ patientEvents: { entityType: string; kind: string } }>(
      hub.ws(riley),
      'subscription($id: ID!, $after: ID) { patientEvents(patientId: $id, after: $after) { entityType kind } }',
      { id: p.patientId },
      await hub.newestEventId(Streams.patient(p.patientId)),
    );
    await call(UPDATE_GOAL, { id: p.goal.id, expectedVersion: p.goal.version, status: 'ACTIVE' });
    await call(CREATE_INTERVENTION, {
      carePlanId: p.planId,
      goalId: p.goal.id,
      action: 'Fluid restriction 1.5 L',
      ownerDiscipline: 'RD',
    });
    await feed.until(2);
    expect(feed.items.map((e) => e.patientEvents)).toEqual([
      { entityType: 'Goal', kind: 'UPDATED' },
      { entityType: 'Intervention', kind: 'CREATED' },
    ]);
    feed.stop();
  });

  it('a goal status change is added to its achievement history', async () => {
    const p = await plan();
    const active = await call<{ updateGoal: { version: number } }>(UPDATE_GOAL, {
      id: p.goal.id,
      expectedVersion: p.goal.version,
      status: 'ACTIVE',
    });
    await call(UPDATE_GOAL, { id: p.goal.id, expectedVersion: active.updateGoal.version, status: 'ACHIEVED' }, riley);
    const goal = (await read(p.planId))?.problems[0]?.goals[0];
    expect(goal?.history.map((h) => `${h.status} by ${h.byName}`)).toEqual([
      'PROPOSED by Casey Morgan',
      'ACTIVE by Casey Morgan',
      'ACHIEVED by Riley Chen',
    ]);
  });

  it('two simultaneous edits of one goal: one is accepted, the other is CONFLICT with the accepted version', async () => {
    const p = await plan();
    const [a, b] = await Promise.all([
      hub.gql(
        UPDATE_GOAL,
        { i: { id: p.goal.id, expectedVersion: p.goal.version, description: 'Weight ≤ 71 kg' } },
        casey,
      ),
      hub.gql(
        UPDATE_GOAL,
        { i: { id: p.goal.id, expectedVersion: p.goal.version, description: 'Weight ≤ 72 kg' } },
        riley,
      ),
    ]);
    const outcomes = [a, b].map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(outcomes).toEqual(['CONFLICT', 'OK']);
    const refused = [a, b].find((r) => r.errors);
    const goal = (await read(p.planId))?.problems[0]?.goals[0];
    expect(refused?.errors?.[0]?.extensions?.current).toMatchObject({ description: goal?.description, version: 2 });
  });

  it('reordering writes only the moved item', async () => {
    const p = await plan();
    const second = await call<{ createProblem: { id: string; version: number } }>(CREATE_PROBLEM, {
      carePlanId: p.planId,
      statement: 'Knowledge deficit: low-salt diet',
      discipline: 'RD',
    });
    const third = await call<{ createProblem: { id: string; version: number } }>(CREATE_PROBLEM, {
      carePlanId: p.planId,
      statement: 'Risk for falls',
      discipline: 'PT',
    });
    const before = await read(p.planId);
    await call(MOVE_PROBLEM, {
      id: third.createProblem.id,
      expectedVersion: third.createProblem.version,
      afterId: null,
    });
    const after = await read(p.planId);
    expect(after?.problems.map((x) => x.statement)).toEqual([
      'Risk for falls',
      'Fluid volume excess',
      'Knowledge deficit: low-salt diet',
    ]);
    const unchanged = (id: string) => [before, after].map((pl) => pl?.problems.find((x) => x.id === id)?.version);
    expect(unchanged(p.problemId)).toEqual([1, 1]);
    expect(unchanged(second.createProblem.id)).toEqual([1, 1]);
  });

  it('sign-offs by discipline go stale when the plan changes afterwards', async () => {
    const p = await plan();
    await call(
      'mutation($i: SignOffCarePlanInput!) { signOffCarePlan(input: $i) { id } }',
      { carePlanId: p.planId },
      riley,
    );
    let current = await read(p.planId);
    expect(current?.signOffs).toEqual([{ discipline: 'RN', stale: false, user: { name: 'Riley Chen' } }]);
    expect(current?.lastReviewedAt).not.toBeNull();
    await pause(5);
    await call(UPDATE_GOAL, { id: p.goal.id, expectedVersion: p.goal.version, targetValue: '70 kg' });
    current = await read(p.planId);
    expect(current?.signOffs[0]?.stale).toBe(true);
  });

  it('progress notes and item history record who did what', async () => {
    const p = await plan();
    await call(
      'mutation($i: AddProgressNoteInput!) { addProgressNote(input: $i) { id } }',
      { carePlanId: p.planId, goalId: p.goal.id, text: 'Down 0.8 kg since yesterday.' },
      riley,
    );
    expect((await read(p.planId))?.notes).toMatchObject([
      { text: 'Down 0.8 kg since yesterday.', author: { name: 'Riley Chen' } },
    ]);
    await call(UPDATE_GOAL, { id: p.goal.id, expectedVersion: p.goal.version, description: 'Weight 70 kg ± 1' }, riley);
    const history = await hub.gql<{
      itemHistory: {
        actorName: string;
        kind: string;
        changes: { field: string; before: unknown; after: unknown }[] | null;
      }[];
    }>(
      'query($id: ID!) { itemHistory(entityType: "Goal", id: $id) { actorName kind changes } }',
      { id: p.goal.id },
      casey,
    );
    expect(history.data?.itemHistory.map((h) => `${h.kind} by ${h.actorName}`)).toEqual([
      'CREATED by Casey Morgan',
      'UPDATED by Riley Chen',
    ]);
    expect(history.data?.itemHistory[1]?.changes).toEqual([
      { field: 'description', before: 'Weight within 1 kg of dry weight (70 kg)', after: 'Weight 70 kg ± 1' },
    ]);
  });

  it('the same clientMutationId twice creates one goal', async () => {
    const p = await plan();
    const input = {
      clientMutationId: 'goal-retry-0001',
      carePlanId: p.planId,
      problemId: p.problemId,
      description: 'Ambulates 50 m',
    };
    const [first, second] = [
      await call<{ createGoal: { id: string } }>(CREATE_GOAL, input),
      await call<{ createGoal: { id: string } }>(CREATE_GOAL, input),
    ];
    expect(second.createGoal.id).toBe(first.createGoal.id);
    expect((await read(p.planId))?.problems[0]?.goals).toHaveLength(2);
  });

  describe('bad input gets a coded error and the plan stays as it was', () => {
    const cases: [string, (p: Awaited<ReturnType<typeof plan>>) => [string, Record<string, unknown>], string][] = [
      [
        'a stale goal version',
        (p) => [UPDATE_GOAL, { id: p.goal.id, expectedVersion: p.goal.version + 1, description: 'x' }],
        'CONFLICT',
      ],
      [
        'an empty problem statement',
        (p) => [CREATE_PROBLEM, { carePlanId: p.planId, statement: '   ', discipline: 'RN' }],
        'BAD_USER_INPUT',
      ],
      [
        'an over-long goal description',
        (p) => [CREATE_GOAL, { carePlanId: p.planId, problemId: p.problemId, description: 'x'.repeat(501) }],
        'BAD_USER_INPUT',
      ],
      [
        'a target date before the plan starts',
        (p) => [
          CREATE_GOAL,
          { carePlanId: p.planId, problemId: p.problemId, description: 'Early', targetDate: '2026-10-01' },
        ],
        'BAD_USER_INPUT',
      ],
      [
        'a target date moved before the plan starts',
        (p) => [UPDATE_GOAL, { id: p.goal.id, expectedVersion: p.goal.version, targetDate: '2025-01-01' }],
        'BAD_USER_INPUT',
      ],
      [
        'an unknown goal status',
        (p) => [UPDATE_GOAL, { id: p.goal.id, expectedVersion: p.goal.version, status: 'MAYBE' }],
        'BAD_USER_INPUT',
      ],
      [
        'an unknown discipline',
        (p) => [CREATE_PROBLEM, { carePlanId: p.planId, statement: 'x', discipline: 'WIZARD' }],
        'BAD_USER_INPUT',
      ],
      [
        'an unknown problem',
        (p) => [
          CREATE_GOAL,
          { carePlanId: p.planId, problemId: '00000000-0000-4000-8000-000000000004', description: 'x' },
        ],
        'NOT_FOUND',
      ],
      [
        'an intervention with an over-long frequency',
        (p) => [
          CREATE_INTERVENTION,
          { carePlanId: p.planId, goalId: p.goal.id, action: 'x', ownerDiscipline: 'RN', frequency: 'f'.repeat(121) },
        ],
        'BAD_USER_INPUT',
      ],
      [
        'an empty progress note',
        (p) => [
          'mutation($i: AddProgressNoteInput!) { addProgressNote(input: $i) { id } }',
          { carePlanId: p.planId, text: '' },
        ],
        'BAD_USER_INPUT',
      ],
      [
        'a move after an item of another list',
        (p) => [MOVE_PROBLEM, { id: p.problemId, expectedVersion: 1, afterId: p.goal.id }],
        'BAD_USER_INPUT',
      ],
      [
        'a plan ending before it starts',
        (p) => [
          'mutation($i: UpdateCarePlanInput!) { updateCarePlan(input: $i) { id } }',
          { id: p.planId, expectedVersion: 1, periodEnd: '2026-10-01' },
        ],
        'BAD_USER_INPUT',
      ],
      [
        'a second open plan for the patient',
        (p) => [CREATE_PLAN, { patientId: p.patientId, periodStart: '2026-11-02' }],
        'BAD_USER_INPUT',
      ],
    ];
    it.each(cases)('%s', async (_label, make, code) => {
      const p = await plan();
      const before = await read(p.planId);
      const [doc, input] = make(p);
      const result = await hub.gql(doc, { i: input }, casey);
      expect(result.errors?.[0]?.extensions?.code).toBe(code);
      expect(await read(p.planId)).toEqual(before);
    });

    it('a goal on a problem of another patient', async () => {
      const one = await plan();
      const other = await plan();
      const before = await read(one.planId);
      const result = await hub.gql(
        CREATE_GOAL,
        { i: { carePlanId: one.planId, problemId: other.problemId, description: 'Cross-patient' } },
        casey,
      );
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(await read(one.planId)).toEqual(before);
      expect((await read(other.planId))?.problems[0]?.goals).toHaveLength(1);
    });

    it('a completed plan takes no edits', async () => {
      const p = await plan();
      const current = await read(p.planId);
      await call('mutation($i: UpdateCarePlanInput!) { updateCarePlan(input: $i) { id } }', {
        id: p.planId,
        expectedVersion: current?.version,
        status: 'COMPLETED',
      });
      const result = await hub.gql(
        UPDATE_GOAL,
        { i: { id: p.goal.id, expectedVersion: p.goal.version, description: 'late edit' } },
        casey,
      );
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });
});
