import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Streams } from '../../platform/events/streams.js';
import { CASEY, codeOf, collectLive, RILEY, startTestHub, type TestHub } from '../../testing/test-hub.js';

const DAY = 86_400_000;
const FIELDS = `id version status nextStatuses payer memberId coverageType requestedUnits approvedUnits approvedFrom approvedTo
  payerReference submittedAt decidedAt denialReason appealDeadline appealTaskId peerToPeer { scheduledAt payerContact }
  history { status at byId note }`;
const CREATE = `mutation($i: CreateAuthorizationInput!) { createAuthorization(input: $i) { ${FIELDS} } }`;
const UPDATE = `mutation($i: UpdateAuthorizationInput!) { updateAuthorization(input: $i) { ${FIELDS} } }`;
const STEP = `mutation($i: ChangeAuthorizationStatusInput!) { changeAuthorizationStatus(input: $i) { ${FIELDS} } }`;
const P2P = `mutation($i: ScheduleAuthorizationPeerToPeerInput!) { scheduleAuthorizationPeerToPeer(input: $i) { ${FIELDS} } }`;
const READ = `query($id: ID!) { patient(id: $id) { authorizations { ${FIELDS} }
  taskBoard { tasks { id title labels completedAt } } } }`;
const WORKLIST = `query($u: ID, $s: PayerWorklistSort, $w: Int) { payerWorklist(unitId: $u, sort: $s, withinDays: $w) {
  id kind dueDate overdue dueToday summary patient { id name } authorization { id } utilizationReview { id } } }`;

interface Auth {
  id: string;
  version: number;
  status: string;
  appealTaskId: string | null;
  history: { status: string; at: string }[];
  [field: string]: unknown;
}

const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);

describe('payer authorizations', () => {
  let hub: TestHub;
  let casey: string;
  let riley: string;
  let unitId: string;

  beforeAll(async () => {
    hub = await startTestHub();
    casey = await hub.login(CASEY);
    riley = await hub.login(RILEY);
    const me = await hub.read<{ me: { units: { id: string }[] } }>('{ me { units { id } } }', {}, casey);
    unitId = me.me.units[0]?.id as string;
  });
  afterAll(() => hub?.stop());

  const patient = async (name = 'Auth Patient') =>
    (
      await hub.read<{ createPatient: { id: string } }>(
        'mutation($i: CreatePatientInput!) { createPatient(input: $i) { id } }',
        {
          i: {
            mrn: `MRN-A${randomUUID().slice(0, 8)}`,
            name,
            dateOfBirth: '1944-07-19',
            unitId,
            admittedAt: new Date(Date.now() - 5 * DAY).toISOString(),
            coverages: [
              { type: 'MEDICARE', payer: 'Medicare Advantage — Humana Gold', memberId: 'H123', primary: true },
              { type: 'MEDICAID', payer: 'State Medicaid', memberId: 'MC-9', primary: false },
            ],
          },
        },
        casey,
      )
    ).createPatient.id;
  const must = async <T>(doc: string, i: Record<string, unknown>, token = casey): Promise<T> => {
    const r = await hub.gql<T>(doc, { i }, token);
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return r.data;
  };
  const read = (id: string) =>
    hub
      .read<{
        patient: {
          authorizations: Auth[];
          taskBoard: { tasks: { id: string; labels: string[]; completedAt: string | null }[] };
        };
      }>(READ, { id }, casey)
      .then((r) => r.patient);
  const create = async (patientId: string, extra: Record<string, unknown> = {}) =>
    (
      await must<{ createAuthorization: Auth }>(CREATE, {
        patientId,
        payer: 'medicare advantage —  humana gold',
        service: 'POST_ACUTE_PLACEMENT',
        serviceDetail: 'Maple Grove SNF',
        unitOfService: 'DAYS',
        requestedUnits: 14,
        requestedFrom: day(1),
        requestedTo: day(14),
        ...extra,
      })
    ).createAuthorization;
  const step = async (a: Auth, status: string, extra: Record<string, unknown> = {}, token = casey) =>
    (
      await must<{ changeAuthorizationStatus: Auth }>(
        STEP,
        { id: a.id, expectedVersion: a.version, status, ...extra },
        token,
      )
    ).changeAuthorizationStatus;

  it('the demo unit has reviews and authorizations in every status, Harold’s SNF denial with its appeal card', async () => {
    const { patients } = await hub.read<{ patients: { id: string; mrn: string }[] }>(
      '{ patients { id mrn } }',
      {},
      casey,
    );
    const of = async (mrn: string) =>
      hub
        .read<{
          patient: {
            utilizationReviews: { criteriaMet: boolean; nextReviewTaskId: string | null }[];
            authorizations: Auth[];
            taskBoard: { tasks: { id: string; labels: string[] }[] };
          };
        }>(
          `query($id: ID!) { patient(id: $id) { utilizationReviews { criteriaMet nextReviewTaskId }
            authorizations { ${FIELDS} } taskBoard { tasks { id labels } } } }`,
          { id: patients.find((p) => p.mrn === mrn)?.id },
          casey,
        )
        .then((r) => r.patient);
    const eleanor = await of('MRN-100231');
    const harold = await of('MRN-100232');
    expect(eleanor.utilizationReviews.map((r) => r.criteriaMet)).toEqual([false, true]);
    expect(eleanor.authorizations.map((a) => a.status).sort()).toEqual([
      'APPEAL_LOST',
      'APPROVED',
      'PENDING',
      'SUBMITTED',
    ]);
    expect(harold.authorizations.map((a) => a.status).sort()).toEqual([
      'APPEALED',
      'APPEAL_WON',
      'DENIED',
      'DRAFT',
      'PARTIALLY_APPROVED',
    ]);
    const denied = harold.authorizations.find((a) => a.status === 'DENIED');
    expect(denied).toMatchObject({ appealDeadline: day(2), nextStatuses: ['APPEALED'] });
    expect(harold.taskBoard.tasks.find((t) => t.id === denied?.appealTaskId)?.labels).toEqual(['appeal']);
    const reviewCard = eleanor.utilizationReviews[0]?.nextReviewTaskId;
    expect(eleanor.taskBoard.tasks.find((t) => t.id === reviewCard)?.labels).toEqual(['utilization-review']);
  });

  it('a denial with an appeal deadline puts a card on the patient’s board; the appeal completes it; the history is dated; all live', async () => {
    const p = await patient();
    const feed = await collectLive<{ patientEvents: { entityType: string } }>(
      hub.ws(riley),
      'subscription($id: ID!, $after: ID) { patientEvents(patientId: $id, after: $after) { entityType } }',
      { id: p },
      await hub.newestEventId(Streams.patient(p)),
    );
    const draft = await create(p);
    expect(draft).toMatchObject({
      status: 'DRAFT',
      payer: 'Medicare Advantage — Humana Gold',
      memberId: 'H123',
      coverageType: 'MEDICARE',
      nextStatuses: ['SUBMITTED'],
    });
    const submitted = await step(draft, 'SUBMITTED', { payerReference: 'HUM-77812' });
    const pending = await step(submitted, 'PENDING', {}, riley);
    const denied = await step(pending, 'DENIED', {
      denialReason: 'Does not meet skilled need criteria',
      appealDeadline: day(3),
      note: 'Fax received',
    });
    expect(denied).toMatchObject({
      status: 'DENIED',
      nextStatuses: ['APPEALED'],
      denialReason: 'Does not meet skilled need criteria',
      appealDeadline: day(3),
      approvedUnits: 0,
      payerReference: 'HUM-77812',
    });
    expect(denied.decidedAt).not.toBeNull();
    let board = (await read(p)).taskBoard.tasks;
    expect(board.find((t) => t.id === denied.appealTaskId)).toMatchObject({ labels: ['appeal'], completedAt: null });
    const appealed = await step(denied, 'APPEALED', { note: 'Appeal letter sent with therapy notes' });
    board = (await read(p)).taskBoard.tasks;
    expect(board.find((t) => t.id === denied.appealTaskId)?.completedAt).not.toBeNull();
    const won = await step(appealed, 'APPEAL_WON');
    expect(won).toMatchObject({
      status: 'APPEAL_WON',
      approvedUnits: 14,
      approvedFrom: day(1),
      approvedTo: day(14),
      nextStatuses: [],
    });
    expect(won.history.map((h) => h.status)).toEqual([
      'DRAFT',
      'SUBMITTED',
      'PENDING',
      'DENIED',
      'APPEALED',
      'APPEAL_WON',
    ]);
    const times = won.history.map((h) => Date.parse(h.at));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    const events = await feed.until(8);
    feed.stop();
    // 6 authorization writes, the appeal card, and its completion.
    expect(events.filter((e) => e.patientEvents.entityType === 'Authorization')).toHaveLength(6);
    expect(events.filter((e) => e.patientEvents.entityType === 'Task')).toHaveLength(2);
  });

  it('a partial approval with fewer units, and a peer-to-peer scheduled on a pending request', async () => {
    const p = await patient();
    const pending = await step(await step(await create(p), 'SUBMITTED'), 'PENDING');
    const at = new Date(Date.now() + 2 * DAY).toISOString();
    const scheduled = (
      await must<{ scheduleAuthorizationPeerToPeer: Auth }>(P2P, {
        id: pending.id,
        expectedVersion: pending.version,
        scheduledAt: at,
        payerContact: 'Dr. Ames, Humana medical director, 555-0142',
      })
    ).scheduleAuthorizationPeerToPeer;
    expect(scheduled.peerToPeer).toEqual({
      scheduledAt: at,
      payerContact: 'Dr. Ames, Humana medical director, 555-0142',
    });
    const partial = await step(scheduled, 'PARTIALLY_APPROVED', { approvedUnits: 7, approvedTo: day(7) });
    expect(partial).toMatchObject({
      approvedUnits: 7,
      approvedFrom: day(1),
      approvedTo: day(7),
      nextStatuses: ['APPEALED'],
    });
  });

  it('illegal steps are INVALID_STATUS_TRANSITION and leave the authorization as it was', async () => {
    const p = await patient();
    const draft = await create(p);
    const denied = await step(await step(draft, 'SUBMITTED'), 'DENIED', {
      denialReason: 'Not covered',
      appealDeadline: day(5),
    });
    const before = await read(p);
    const skip = await hub.gql(
      STEP,
      { i: { id: denied.id, expectedVersion: denied.version, status: 'APPROVED' } },
      casey,
    );
    expect(codeOf(skip)).toBe('INVALID_STATUS_TRANSITION');
    expect(skip.errors?.[0]?.extensions).toMatchObject({ from: 'DENIED', to: 'APPROVED', allowed: ['APPEALED'] });
    const won = await hub.gql(
      STEP,
      { i: { id: denied.id, expectedVersion: denied.version, status: 'APPEAL_WON' } },
      casey,
    );
    expect(codeOf(won)).toBe('INVALID_STATUS_TRANSITION');
    const back = await hub.gql(STEP, { i: { id: denied.id, expectedVersion: denied.version, status: 'DRAFT' } }, casey);
    expect(codeOf(back)).toBe('INVALID_STATUS_TRANSITION');
    const other = await create(p);
    const jump = await hub.gql(
      STEP,
      { i: { id: other.id, expectedVersion: other.version, status: 'APPROVED' } },
      casey,
    );
    expect(codeOf(jump)).toBe('INVALID_STATUS_TRANSITION');
    const after = await read(p);
    expect(after.authorizations.find((a) => a.id === denied.id)).toEqual(
      before.authorizations.find((a) => a.id === denied.id),
    );
    expect(after.taskBoard).toEqual(before.taskBoard);
  });

  it('bad input is refused with a code and nothing is written', async () => {
    const p = await patient();
    const other = await patient('Other Patient');
    await hub.read(
      'mutation($i: UpdatePatientInput!) { updatePatient(input: $i) { id } }',
      {
        i: {
          id: other,
          expectedVersion: 1,
          coverages: [{ type: 'COMMERCIAL', payer: 'Aetna', memberId: 'AE-1', primary: true }],
        },
      },
      casey,
    );
    const draft = await create(p);
    const submitted = await step(draft, 'SUBMITTED');
    const before = await read(p);
    const base = {
      patientId: p,
      payer: 'State Medicaid',
      service: 'HOME_HEALTH',
      unitOfService: 'VISITS',
      requestedUnits: 8,
      requestedFrom: day(1),
      requestedTo: day(20),
    };
    const creates: [string, Record<string, unknown>, string][] = [
      ["another patient's coverage", { ...base, payer: 'Aetna', memberId: 'AE-1' }, 'BAD_USER_INPUT'],
      ['a member id the coverage does not have', { ...base, memberId: 'WRONG' }, 'BAD_USER_INPUT'],
      ['reversed dates', { ...base, requestedFrom: day(5), requestedTo: day(2) }, 'BAD_USER_INPUT'],
      ['no units', { ...base, requestedUnits: 0 }, 'BAD_USER_INPUT'],
      ['unknown service', { ...base, service: 'SPA' }, 'BAD_USER_INPUT'],
      ['unknown patient', { ...base, patientId: randomUUID() }, 'NOT_FOUND'],
    ];
    for (const [what, i, code] of creates) expect(codeOf(await hub.gql(CREATE, { i }, casey)), what).toBe(code);
    const v = { id: submitted.id, expectedVersion: submitted.version };
    const steps: [string, Record<string, unknown>, string][] = [
      ['denial without a reason', { ...v, status: 'DENIED', appealDeadline: day(3) }, 'BAD_USER_INPUT'],
      ['denial without an appeal deadline', { ...v, status: 'DENIED', denialReason: 'x' }, 'BAD_USER_INPUT'],
      [
        'an appeal deadline already passed',
        { ...v, status: 'DENIED', denialReason: 'x', appealDeadline: day(-2) },
        'BAD_USER_INPUT',
      ],
      ['a partial approval of all units', { ...v, status: 'PARTIALLY_APPROVED', approvedUnits: 14 }, 'BAD_USER_INPUT'],
      ['more units than requested', { ...v, status: 'APPROVED', approvedUnits: 20 }, 'BAD_USER_INPUT'],
      [
        'approved dates reversed',
        { ...v, status: 'APPROVED', approvedFrom: day(9), approvedTo: day(2) },
        'BAD_USER_INPUT',
      ],
      ['a denial reason on an approval', { ...v, status: 'APPROVED', denialReason: 'x' }, 'BAD_USER_INPUT'],
      ['a stale version', { ...v, expectedVersion: submitted.version - 1, status: 'PENDING' }, 'CONFLICT'],
      ['unknown authorization', { ...v, id: randomUUID(), status: 'PENDING' }, 'NOT_FOUND'],
    ];
    for (const [what, i, code] of steps) expect(codeOf(await hub.gql(STEP, { i }, casey)), what).toBe(code);
    const updates: [string, Record<string, unknown>, string][] = [
      ['reversed dates', { ...v, requestedTo: day(-10) }, 'BAD_USER_INPUT'],
      ['a stale version', { ...v, expectedVersion: 1, payerReference: 'X' }, 'CONFLICT'],
    ];
    for (const [what, i, code] of updates) expect(codeOf(await hub.gql(UPDATE, { i }, casey)), what).toBe(code);
    const approved = await step(submitted, 'APPROVED');
    const afterDecision = await hub.gql(
      UPDATE,
      { i: { id: approved.id, expectedVersion: approved.version, requestedUnits: 20 } },
      casey,
    );
    expect(codeOf(afterDecision), 'the request after the decision').toBe('BAD_USER_INPUT');
    const p2p = await hub.gql(
      P2P,
      {
        i: {
          id: approved.id,
          expectedVersion: approved.version,
          scheduledAt: new Date(Date.now() + DAY).toISOString(),
        },
      },
      casey,
    );
    expect(codeOf(p2p), 'a peer-to-peer on a settled request').toBe('BAD_USER_INPUT');
    const after = await read(p);
    expect(after.authorizations.filter((a) => a.id !== approved.id)).toEqual(
      before.authorizations.filter((a) => a.id !== submitted.id),
    );
    expect(after.authorizations.find((a) => a.id === approved.id)).toMatchObject({
      version: approved.version,
      status: 'APPROVED',
    });
    expect(after.taskBoard).toEqual(before.taskBoard);
  });

  it('the payer worklist lists what is due and overdue across the unit, sorted as asked; another unit is refused', async () => {
    const p = await patient('Worklist Patient');
    const overdueReview = await must<{ recordUtilizationReview: { id: string } }>(
      'mutation($i: RecordUtilizationReviewInput!) { recordUtilizationReview(input: $i) { id } }',
      {
        patientId: p,
        reviewType: 'ADMISSION',
        reviewDate: day(-3),
        criteriaSet: 'MCG Inpatient',
        levelOfCare: 'INPATIENT',
        criteriaMet: true,
        nextReviewDate: day(-1),
      },
    );
    const denied = await step(await step(await create(p), 'SUBMITTED'), 'DENIED', {
      denialReason: 'x',
      appealDeadline: day(2),
    });
    const pending = await step(await create(p, { requestedFrom: day(0), requestedTo: day(3) }), 'SUBMITTED');
    await create(p, { requestedFrom: day(1) }); // a draft is not payer work yet
    const list = (
      await hub.read<{
        payerWorklist: {
          id: string;
          kind: string;
          dueDate: string;
          overdue: boolean;
          dueToday: boolean;
          patient: { id: string };
        }[];
      }>(WORKLIST, { u: unitId, s: 'DUE_DATE', w: 7 }, casey)
    ).payerWorklist.filter((i) => i.patient.id === p);
    expect(list.map((i) => [i.kind, i.dueDate, i.overdue, i.dueToday])).toEqual([
      ['NEXT_REVIEW', day(-1), true, false],
      ['PENDING_AUTHORIZATION', day(0), false, true],
      ['APPEAL_DEADLINE', day(2), false, false],
    ]);
    expect(list.map((i) => i.id)).toEqual([
      `NEXT_REVIEW:${overdueReview.recordUtilizationReview.id}`,
      `PENDING_AUTHORIZATION:${pending.id}`,
      `APPEAL_DEADLINE:${denied.id}`,
    ]);
    const byKind = (
      await hub.read<{ payerWorklist: { kind: string; patient: { id: string } }[] }>(
        WORKLIST,
        { u: unitId, s: 'KIND', w: 7 },
        casey,
      )
    ).payerWorklist;
    const kinds = byKind.map((i) => i.kind);
    expect(kinds).toEqual(
      [...kinds].sort(
        (a, b) =>
          ['NEXT_REVIEW', 'APPEAL_DEADLINE', 'PENDING_AUTHORIZATION', 'PEER_TO_PEER'].indexOf(a) -
          ['NEXT_REVIEW', 'APPEAL_DEADLINE', 'PENDING_AUTHORIZATION', 'PEER_TO_PEER'].indexOf(b),
      ),
    );
    const narrow = (
      await hub.read<{ payerWorklist: { kind: string; patient: { id: string } }[] }>(
        WORKLIST,
        { u: unitId, w: 0 },
        casey,
      )
    ).payerWorklist.filter((i) => i.patient.id === p);
    expect(narrow.map((i) => i.kind)).toEqual(['NEXT_REVIEW', 'PENDING_AUTHORIZATION']);
    expect(codeOf(await hub.gql(WORKLIST, { u: unitId, w: 61 }, casey))).toBe('BAD_USER_INPUT');
    expect(codeOf(await hub.gql(WORKLIST, { u: randomUUID() }, casey))).toBe('FORBIDDEN');
  });
});
