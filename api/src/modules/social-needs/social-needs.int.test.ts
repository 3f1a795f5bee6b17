import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Streams } from '../../platform/events/streams.js';
import { CASEY, codeOf, collectLive, RILEY, startTestHub, type TestHub } from '../../testing/test-hub.js';

const SCREENING =
  'id version status language interpreterUsed answers { question values } domains { domain positive score } completedAt screenedBy { name }';
const START = `mutation($i: StartScreeningInput!) { startScreening(input: $i) { ${SCREENING} } }`;
const ANSWER = `mutation($i: AnswerScreeningInput!) { answerScreening(input: $i) { ${SCREENING} } }`;
const COMPLETE = `mutation($i: CompleteScreeningInput!) { completeScreening(input: $i) { ${SCREENING} } }`;
const UPDATE_NEED = 'mutation($i: UpdateNeedInput!) { updateNeed(input: $i) { id version status problemId note } }';
const TASK_FOR_NEED =
  'mutation($i: TaskForItemInput!) { createTaskForNeed(input: $i) { id version status taskId problemId note } }';
const BOARD = `query($id: ID!) { patient(id: $id) {
  taskBoard { tasks { id title description labels discipline assignee { id } visibility } } } }`;
const READ = `query($id: ID!) { patient(id: $id) {
  socialNeedsScreenings { ${SCREENING} }
  socialNeeds { id version domain status screeningId problemId goalId taskId note } } }`;

interface Screening {
  id: string;
  version: number;
  status: string;
  answers: { question: string; values: string[] }[];
  domains: { domain: string; positive: boolean | null; score: number | null }[];
}
interface Need {
  id: string;
  version: number;
  domain: string;
  status: string;
  screeningId: string | null;
  problemId: string | null;
  taskId: string | null;
  note: string | null;
}
interface Card {
  id: string;
  title: string;
  description: string | null;
  labels: string[];
  discipline: string | null;
  assignee: { id: string } | null;
  visibility: string;
}

/** Every question answered with no need. */
const NO_NEEDS = [
  { question: 'LIVING_SITUATION', values: ['STEADY'] },
  { question: 'HOUSING_PROBLEMS', values: ['NONE'] },
  { question: 'FOOD_WORRY', values: ['NEVER_TRUE'] },
  { question: 'FOOD_DID_NOT_LAST', values: ['NEVER_TRUE'] },
  { question: 'TRANSPORTATION', values: ['NO'] },
  { question: 'UTILITIES', values: ['NO'] },
  { question: 'SAFETY_PHYSICALLY_HURT', values: ['NEVER'] },
  { question: 'SAFETY_INSULT', values: ['NEVER'] },
  { question: 'SAFETY_THREATEN', values: ['NEVER'] },
  { question: 'SAFETY_SCREAM', values: ['NEVER'] },
];
const withAnswers = (changes: Record<string, string[]>) =>
  NO_NEEDS.map((a) => (changes[a.question] ? { question: a.question, values: changes[a.question] } : a));

describe('social-needs screening (AHC HRSN) and needs', () => {
  let hub: TestHub;
  let casey: string;
  let avery: string;
  let riley: string;
  let unitId: string;

  beforeAll(async () => {
    hub = await startTestHub();
    casey = await hub.login(CASEY);
    riley = await hub.login(RILEY);
    avery = await hub.login('avery.patel@demo.carehub.test');
    unitId = (await hub.read<{ me: { units: { id: string }[] } }>('{ me { units { id } } }', {}, casey)).me.units[0]
      ?.id as string;
  });
  afterAll(() => hub?.stop());

  const patient = async () => {
    const r = await hub.read<{ createPatient: { id: string } }>(
      'mutation($i: CreatePatientInput!) { createPatient(input: $i) { id } }',
      {
        i: {
          mrn: `MRN-S${randomUUID().slice(0, 8)}`,
          name: 'Screening Patient',
          dateOfBirth: '1961-05-05',
          unitId,
          admittedAt: new Date(Date.now() - 86_400_000).toISOString(),
        },
      },
      casey,
    );
    return r.createPatient.id;
  };
  const must = async <T>(doc: string, i: Record<string, unknown>, token = avery): Promise<T> => {
    const r = await hub.gql<T>(doc, { i }, token);
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return r.data;
  };
  const read = async (patientId: string) =>
    (
      await hub.read<{ patient: { socialNeedsScreenings: Screening[]; socialNeeds: Need[] } }>(
        READ,
        { id: patientId },
        casey,
      )
    ).patient;
  const started = async (patientId: string) =>
    (
      await must<{ startScreening: Screening }>(START, {
        patientId,
        language: 'SPANISH',
        interpreterUsed: true,
      })
    ).startScreening;

  /** A completed screening on the patient with the given answers changed from "no need"; its needs. */
  const screenedWith = async (patientId: string, changes: Record<string, string[]>) => {
    const s = await started(patientId);
    const a = await must<{ answerScreening: Screening }>(ANSWER, {
      id: s.id,
      expectedVersion: s.version,
      answers: withAnswers(changes),
    });
    await must(COMPLETE, { id: s.id, expectedVersion: a.answerScreening.version });
    return (await read(patientId)).socialNeeds;
  };
  /** A care-plan problem on the patient, from a new plan. */
  const problemOn = async (patientId: string, statement: string) => {
    const plan = await must<{ createCarePlan: { id: string } }>(
      'mutation($i: CreateCarePlanInput!) { createCarePlan(input: $i) { id } }',
      { patientId, periodStart: '2026-11-01' },
      casey,
    );
    const problem = await must<{ createProblem: { id: string } }>(
      'mutation($i: CreateProblemInput!) { createProblem(input: $i) { id } }',
      { carePlanId: plan.createCarePlan.id, statement, discipline: 'SW' },
      casey,
    );
    return problem.createProblem.id;
  };

  it('offers the ten questions of the tool with their own options, in English or in the tool’s Spanish', async () => {
    const tool = await hub.read<{ socialNeedsScreeningTool: { number: number; options: { value: string }[] }[] }>(
      '{ socialNeedsScreeningTool { number options { value } } }',
      {},
      avery,
    );
    expect(tool.socialNeedsScreeningTool.map((q) => q.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(tool.socialNeedsScreeningTool[5]?.options.map((o) => o.value)).toEqual(['YES', 'NO', 'ALREADY_SHUT_OFF']);
    const spanish = await hub.read<{
      socialNeedsScreeningTool: { text: string; options: { value: string; label: string }[] }[];
    }>('{ socialNeedsScreeningTool(language: SPANISH) { text options { value label } } }', {}, avery);
    // The tool's translation: the same option values, worded in Spanish.
    expect(spanish.socialNeedsScreeningTool[5]?.options.map((o) => [o.value, o.label])).toEqual([
      ['YES', 'Sí'],
      ['NO', 'No'],
      ['ALREADY_SHUT_OFF', 'Ya me los cortaron'],
    ]);
    expect(spanish.socialNeedsScreeningTool[0]?.text).toBe('¿Cuál es su situación de vivienda hoy?');
  });

  it('saves answers as a draft, records language and interpreter, and scores each domain', async () => {
    const patientId = await patient();
    const s = await started(patientId);
    const saved = await must<{ answerScreening: Screening & { language: string; interpreterUsed: boolean } }>(ANSWER, {
      id: s.id,
      expectedVersion: s.version,
      answers: [
        { question: 'FOOD_WORRY', values: ['SOMETIMES_TRUE'] },
        { question: 'FOOD_DID_NOT_LAST', values: ['NEVER_TRUE'] },
      ],
    });
    expect(saved.answerScreening).toMatchObject({ status: 'DRAFT', language: 'SPANISH', interpreterUsed: true });
    expect(saved.answerScreening.domains.find((d) => d.domain === 'FOOD')?.positive).toBe(true);
    expect(saved.answerScreening.domains.find((d) => d.domain === 'SAFETY')?.positive).toBeNull();
    expect((await read(patientId)).socialNeeds).toEqual([]);
  });

  it('completing raises one need per positive domain, live on the patient stream for the team', async () => {
    const patientId = await patient();
    const s = await started(patientId);
    const answered = await must<{ answerScreening: Screening }>(ANSWER, {
      id: s.id,
      expectedVersion: s.version,
      answers: withAnswers({
        FOOD_DID_NOT_LAST: ['OFTEN_TRUE'],
        TRANSPORTATION: ['YES'],
        SAFETY_PHYSICALLY_HURT: ['SOMETIMES'],
        SAFETY_INSULT: ['FAIRLY_OFTEN'],
        SAFETY_THREATEN: ['RARELY'],
        SAFETY_SCREAM: ['RARELY'],
      }),
    });
    const feed = await collectLive<{ patientEvents: { entityType: string; kind: string; node: { domain?: string } } }>(
      hub.ws(riley),
      'subscription($id: ID!, $after: ID) { patientEvents(patientId: $id, after: $after) { entityType kind node { ... on Need { domain } } } }',
      { id: patientId },
      await hub.newestEventId(Streams.patient(patientId)),
    );
    const done = await must<{ completeScreening: Screening }>(COMPLETE, {
      id: s.id,
      expectedVersion: answered.answerScreening.version,
    });
    expect(done.completeScreening.status).toBe('COMPLETED');
    // Safety: 3 + 4 + 2 + 2 = 11, positive at the tool's threshold.
    expect(done.completeScreening.domains.find((d) => d.domain === 'SAFETY')).toEqual({
      domain: 'SAFETY',
      positive: true,
      score: 11,
    });
    const events = await feed.until(4);
    feed.stop();
    expect(events.map((e) => e.patientEvents.entityType)).toEqual(['SocialNeedsScreening', 'Need', 'Need', 'Need']);
    const needs = (await read(patientId)).socialNeeds;
    expect(needs.map((n) => n.domain).sort()).toEqual(['FOOD', 'SAFETY', 'TRANSPORTATION']);
    expect(needs.every((n) => n.status === 'IDENTIFIED' && n.screeningId === s.id)).toBe(true);
  });

  it('a need is addressed and linked to a problem on the same patient’s care plan', async () => {
    const patientId = await patient();
    const [need] = await screenedWith(patientId, { UTILITIES: ['ALREADY_SHUT_OFF'] });
    const problemId = await problemOn(patientId, 'Utilities shut off at home');
    const updated = await must<{ updateNeed: Need }>(UPDATE_NEED, {
      id: need?.id,
      expectedVersion: need?.version,
      status: 'ADDRESSED',
      problemId,
      note: 'LIHEAP emergency assistance applied',
    });
    expect(updated.updateNeed).toMatchObject({ status: 'ADDRESSED', problemId });
  });

  it('a completed screening does not raise a second need for a domain already open', async () => {
    const patientId = await patient();
    await screenedWith(patientId, { TRANSPORTATION: ['YES'] });
    const needs = await screenedWith(patientId, { TRANSPORTATION: ['YES'] });
    expect(needs.map((n) => n.domain)).toEqual(['TRANSPORTATION']);
  });

  describe('bad input: coded errors, nothing changed', () => {
    it.each([
      ['an answer outside the options', [{ question: 'TRANSPORTATION', values: ['SOMETIMES'] }]],
      ['two answers to a single-choice question', [{ question: 'UTILITIES', values: ['YES', 'NO'] }]],
      ['"none of the above" with a problem', [{ question: 'HOUSING_PROBLEMS', values: ['NONE', 'MOLD'] }]],
      ['a question the tool does not have', [{ question: 'INCOME', values: ['LOW'] }]],
      [
        'a good answer sent with a bad one',
        [
          { question: 'FOOD_WORRY', values: ['OFTEN_TRUE'] },
          { question: 'SAFETY_SCREAM', values: ['ALWAYS'] },
        ],
      ],
    ])('%s is BAD_USER_INPUT and the draft is unchanged', async (_, answers) => {
      const patientId = await patient();
      const s = await started(patientId);
      const r = await hub.gql(ANSWER, { i: { id: s.id, expectedVersion: s.version, answers } }, avery);
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      const [after] = (await read(patientId)).socialNeedsScreenings;
      expect(after).toMatchObject({ version: s.version, answers: [] });
    });

    it('completing with unanswered questions is BAD_USER_INPUT naming them; nothing is raised', async () => {
      const patientId = await patient();
      const s = await started(patientId);
      const a = await must<{ answerScreening: Screening }>(ANSWER, {
        id: s.id,
        expectedVersion: s.version,
        answers: [{ question: 'TRANSPORTATION', values: ['YES'] }],
      });
      const r = await hub.gql(COMPLETE, { i: { id: s.id, expectedVersion: a.answerScreening.version } }, avery);
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.message).toBe('Questions 1, 2, 3, 4, 6, 7, 8, 9, 10 are not answered.');
      const after = await read(patientId);
      expect(after.socialNeedsScreenings[0]?.status).toBe('DRAFT');
      expect(after.socialNeeds).toEqual([]);
    });

    it('a stale version is CONFLICT and the answers stay', async () => {
      const patientId = await patient();
      const s = await started(patientId);
      await must(ANSWER, {
        id: s.id,
        expectedVersion: s.version,
        answers: [{ question: 'UTILITIES', values: ['NO'] }],
      });
      const r = await hub.gql(
        ANSWER,
        { i: { id: s.id, expectedVersion: s.version, answers: [{ question: 'UTILITIES', values: ['YES'] }] } },
        riley,
      );
      expect(codeOf(r)).toBe('CONFLICT');
      expect((await read(patientId)).socialNeedsScreenings[0]?.answers).toEqual([
        { question: 'UTILITIES', values: ['NO'] },
      ]);
    });

    it('a completed screening takes no more answers', async () => {
      const patientId = await patient();
      const s = await started(patientId);
      const a = await must<{ answerScreening: Screening }>(ANSWER, {
        id: s.id,
        expectedVersion: s.version,
        answers: NO_NEEDS,
      });
      const done = await must<{ completeScreening: Screening }>(COMPLETE, {
        id: s.id,
        expectedVersion: a.answerScreening.version,
      });
      const r = await hub.gql(
        ANSWER,
        {
          i: {
            id: s.id,
            expectedVersion: done.completeScreening.version,
            answers: [{ question: 'UTILITIES', values: ['YES'] }],
          },
        },
        avery,
      );
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect((await read(patientId)).socialNeedsScreenings[0]).toMatchObject({
        version: done.completeScreening.version,
        status: 'COMPLETED',
      });
    });

    it('linking a need to another patient’s care-plan problem is BAD_USER_INPUT and the need is unchanged', async () => {
      const patientId = await patient();
      const [need] = await screenedWith(patientId, { TRANSPORTATION: ['YES'] });
      const othersProblem = await problemOn(await patient(), 'No ride to dialysis');
      const r = await hub.gql(
        UPDATE_NEED,
        { i: { id: need?.id, expectedVersion: need?.version, problemId: othersProblem } },
        avery,
      );
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.message).toBe('That problem belongs to another patient.');
      expect((await read(patientId)).socialNeeds[0]).toEqual(need);
    });

    it('an unknown problem is NOT_FOUND; a language the tool is not offered in is BAD_USER_INPUT', async () => {
      const patientId = await patient();
      const [need] = await screenedWith(patientId, { TRANSPORTATION: ['YES'] });
      const r = await hub.gql(
        UPDATE_NEED,
        { i: { id: need?.id, expectedVersion: need?.version, problemId: randomUUID() } },
        avery,
      );
      expect(codeOf(r)).toBe('NOT_FOUND');
      const lang = await hub.gql(START, { i: { patientId, language: 'KLINGON', interpreterUsed: false } }, avery);
      expect(codeOf(lang)).toBe('BAD_USER_INPUT');
      expect((await read(patientId)).socialNeedsScreenings).toHaveLength(1);
    });
  });

  describe('a need made a task on the patient board', () => {
    const board = async (patientId: string) =>
      (await hub.read<{ patient: { taskBoard: { tasks: Card[] } } }>(BOARD, { id: patientId }, casey)).patient.taskBoard
        .tasks;

    it('lands on the patient board and the patient stream, linked from the need, in one change', async () => {
      const patientId = await patient();
      const [need] = await screenedWith(patientId, { TRANSPORTATION: ['YES'] });
      if (!need) throw new Error('no need raised');
      const feed = await collectLive<{ patientEvents: { entityType: string; kind: string; entityId: string } }>(
        hub.ws(riley),
        'subscription($id: ID!, $after: ID) { patientEvents(patientId: $id, after: $after) { entityType kind entityId } }',
        { id: patientId },
        await hub.newestEventId(Streams.patient(patientId)),
      );
      const made = (
        await must<{ createTaskForNeed: Need }>(TASK_FOR_NEED, {
          id: need.id,
          expectedVersion: need.version,
          discipline: 'SW',
        })
      ).createTaskForNeed;
      expect(made.version).toBe(need.version + 1);
      const cards = await board(patientId);
      expect(cards).toEqual([
        {
          id: made.taskId,
          title: 'Social need: transportation',
          description: null,
          labels: ['social-need'],
          discipline: 'SW',
          assignee: null,
          visibility: 'TEAM',
        },
      ]);
      const events = (await feed.until(2)).map((e) => e.patientEvents);
      feed.stop();
      expect(events.map((e) => [e.entityType, e.kind])).toEqual([
        ['Task', 'CREATED'],
        ['Need', 'UPDATED'],
      ]);
      expect(events[0]?.entityId).toBe(made.taskId);
      expect((await read(patientId)).socialNeeds[0]?.taskId).toBe(made.taskId);
    });

    it('the same clientMutationId again returns the first result and makes one card, also when the retry races the first attempt', async () => {
      const patientId = await patient();
      const [need] = await screenedWith(patientId, { FOOD_DID_NOT_LAST: ['OFTEN_TRUE'] });
      if (!need) throw new Error('no need raised');
      const input = { id: need.id, expectedVersion: need.version, clientMutationId: `need-task-${randomUUID()}` };
      const first = (await must<{ createTaskForNeed: Need }>(TASK_FOR_NEED, input)).createTaskForNeed;
      const again = (await must<{ createTaskForNeed: Need }>(TASK_FOR_NEED, input)).createTaskForNeed;
      expect(again).toEqual(first);
      expect((await board(patientId)).map((c) => c.id)).toEqual([first.taskId]);

      const racingPatient = await patient();
      const [racing] = await screenedWith(racingPatient, { UTILITIES: ['YES'] });
      if (!racing) throw new Error('no need raised');
      const raced = { id: racing.id, expectedVersion: racing.version, clientMutationId: `need-task-${randomUUID()}` };
      const both = await Promise.all([
        hub.gql<{ createTaskForNeed: Need }>(TASK_FOR_NEED, { i: raced }, avery),
        hub.gql<{ createTaskForNeed: Need }>(TASK_FOR_NEED, { i: raced }, avery),
      ]);
      expect(both.map(codeOf)).toEqual([undefined, undefined]);
      const [a, b] = both.map((r) => r.data?.createTaskForNeed);
      expect(a?.taskId).toBeTruthy();
      expect(b).toEqual(a);
      expect((await board(racingPatient)).map((c) => c.id)).toEqual([a?.taskId]);
      expect((await read(racingPatient)).socialNeeds[0]).toMatchObject({
        taskId: a?.taskId,
        version: racing.version + 1,
      });
    });

    it('a clientMutationId of the wrong length is BAD_USER_INPUT, and another person’s id is not their retry', async () => {
      const patientId = await patient();
      const [need] = await screenedWith(patientId, { TRANSPORTATION: ['YES'] });
      if (!need) throw new Error('no need raised');
      const short = await hub.gql(
        TASK_FOR_NEED,
        { i: { id: need.id, expectedVersion: need.version, clientMutationId: 'x' } },
        avery,
      );
      expect(codeOf(short)).toBe('BAD_USER_INPUT');
      expect((await read(patientId)).socialNeeds).toEqual([need]);
      expect(await board(patientId)).toEqual([]);
      const clientMutationId = `need-task-${randomUUID()}`;
      await must(TASK_FOR_NEED, { id: need.id, expectedVersion: need.version, clientMutationId });
      // Casey sending Avery's id is a new request: the need already has its card, so it is refused.
      const other = await hub.gql(
        TASK_FOR_NEED,
        { i: { id: need.id, expectedVersion: need.version + 1, clientMutationId } },
        casey,
      );
      expect(codeOf(other)).toBe('BAD_USER_INPUT');
      expect(await board(patientId)).toHaveLength(1);
    });

    it('two people making a task of the same need at once: exactly one card, linked; the other is refused', async () => {
      const patientId = await patient();
      const [need] = await screenedWith(patientId, { UTILITIES: ['YES'] });
      if (!need) throw new Error('no need raised');
      const both = await Promise.all(
        [avery, casey].map((token) =>
          hub.gql<{ createTaskForNeed: Need }>(
            TASK_FOR_NEED,
            { i: { id: need.id, expectedVersion: need.version } },
            token,
          ),
        ),
      );
      const won = both.filter((r) => r.data?.createTaskForNeed);
      expect(won).toHaveLength(1);
      expect(['CONFLICT', 'BAD_USER_INPUT']).toContain(codeOf(both.find((r) => !r.data?.createTaskForNeed) ?? {}));
      const cards = await board(patientId);
      expect(cards.map((c) => c.id)).toEqual([won[0]?.data?.createTaskForNeed.taskId]);
      expect((await read(patientId)).socialNeeds[0]?.taskId).toBe(cards[0]?.id);
    });

    it('refuses with coded errors and changes nothing: stale version, family, anonymous, unknown need, an assignee who is not staff, a second card', async () => {
      const patientId = await patient();
      const [need] = await screenedWith(patientId, { FOOD_WORRY: ['OFTEN_TRUE'] });
      if (!need) throw new Error('no need raised');
      const stale = await hub.gql(TASK_FOR_NEED, { i: { id: need.id, expectedVersion: need.version + 1 } }, avery);
      expect(codeOf(stale)).toBe('CONFLICT');
      const family = await hub.login('jordan.family@demo.carehub.test');
      const fromFamily = await hub.gql(TASK_FOR_NEED, { i: { id: need.id, expectedVersion: need.version } }, family);
      expect(codeOf(fromFamily)).toBe('FORBIDDEN');
      const anonymous = await hub.gql(TASK_FOR_NEED, { i: { id: need.id, expectedVersion: need.version } });
      expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');
      const unknown = await hub.gql(TASK_FOR_NEED, { i: { id: randomUUID(), expectedVersion: 1 } }, avery);
      expect(codeOf(unknown)).toBe('NOT_FOUND');
      const notStaff = await hub.gql(
        TASK_FOR_NEED,
        { i: { id: need.id, expectedVersion: need.version, assigneeId: randomUUID() } },
        avery,
      );
      expect(codeOf(notStaff)).toBe('BAD_USER_INPUT');
      expect((await read(patientId)).socialNeeds).toEqual([need]);
      expect(await board(patientId)).toEqual([]);

      const made = await must<{ createTaskForNeed: Need }>(TASK_FOR_NEED, {
        id: need.id,
        expectedVersion: need.version,
      });
      const again = await hub.gql(
        TASK_FOR_NEED,
        { i: { id: need.id, expectedVersion: made.createTaskForNeed.version } },
        avery,
      );
      expect(codeOf(again)).toBe('BAD_USER_INPUT');
      expect(await board(patientId)).toHaveLength(1);
      expect((await read(patientId)).socialNeeds[0]?.version).toBe(made.createTaskForNeed.version);
    });
  });
});
