import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Streams } from '../../platform/events/streams.js';
import { CASEY, codeOf, collectLive, RILEY, startTestHub, type TestHub } from '../../testing/test-hub.js';

const DAY = 86_400_000;
const PLAN = `query($id: ID!) { patient(id: $id) {
  dischargePlan { id version expectedDate disposition visibility readiness
    checklist { id version kind status taskId appointmentAt provider equipment vendor equipmentStatus note }
    barriers { id version description dueDate status owner { name } } }
  educationRecords { id topic taughtTo learnerName method teachBack followUpNeeded checklistItemId taughtBy { name } } } }`;
const CREATE = 'mutation($i: CreateDischargePlanInput!) { createDischargePlan(input: $i) { id version } }';
const UPDATE = 'mutation($i: UpdateDischargePlanInput!) { updateDischargePlan(input: $i) { id version } }';
const ADD_ITEM =
  'mutation($i: AddDischargeChecklistItemInput!) { addDischargeChecklistItem(input: $i) { id version } }';
const UPDATE_ITEM =
  'mutation($i: UpdateDischargeChecklistItemInput!) { updateDischargeChecklistItem(input: $i) { id version status } }';
const ADD_BARRIER = 'mutation($i: AddDischargeBarrierInput!) { addDischargeBarrier(input: $i) { id version } }';
const UPDATE_BARRIER =
  'mutation($i: UpdateDischargeBarrierInput!) { updateDischargeBarrier(input: $i) { id version status } }';
const TASK_FOR_ITEM =
  'mutation($i: TaskForItemInput!) { createTaskForDischargeChecklistItem(input: $i) { id version status taskId } }';
const BOARD = `query($id: ID!) { patient(id: $id) {
  taskBoard { tasks { id version title description labels assignee { id } completedAt } } } }`;
const EDUCATE = 'mutation($i: RecordEducationInput!) { recordEducation(input: $i) { id } }';

interface Plan {
  id: string;
  version: number;
  expectedDate: string | null;
  disposition: string | null;
  readiness: number | null;
  checklist: { id: string; version: number; kind: string; status: string; [field: string]: unknown }[];
  barriers: { id: string; version: number; description: string; status: string; owner: { name: string } | null }[];
}

const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);

describe('discharge planning and education', () => {
  let hub: TestHub;
  let casey: string;
  let riley: string;
  let unitId: string;
  let rileyId: string;

  beforeAll(async () => {
    hub = await startTestHub();
    casey = await hub.login(CASEY);
    riley = await hub.login(RILEY);
    const me = await hub.read<{ me: { units: { id: string }[] } }>('{ me { units { id } } }', {}, casey);
    unitId = me.me.units[0]?.id as string;
    const staff = await hub.read<{ staff: { id: string; email: string }[] }>('{ staff { id email } }', {}, casey);
    rileyId = staff.staff.find((s) => s.email === RILEY)?.id as string;
  });
  afterAll(() => hub?.stop());

  const patient = async () =>
    (
      await hub.read<{ createPatient: { id: string; version: number } }>(
        'mutation($i: CreatePatientInput!) { createPatient(input: $i) { id version } }',
        {
          i: {
            mrn: `MRN-D${randomUUID().slice(0, 8)}`,
            name: 'Discharge Patient',
            dateOfBirth: '1950-01-01',
            unitId,
            admittedAt: new Date(Date.now() - 3 * DAY).toISOString(),
          },
        },
        casey,
      )
    ).createPatient;
  const must = async <T>(doc: string, i: Record<string, unknown>, token = casey): Promise<T> => {
    const r = await hub.gql<T>(doc, { i }, token);
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return r.data;
  };
  const read = async (patientId: string) =>
    (
      await hub.read<{
        patient: {
          dischargePlan: Plan | null;
          educationRecords: {
            topic: string;
            teachBack: string;
            checklistItemId: string | null;
            taughtBy: { name: string };
          }[];
        };
      }>(PLAN, { id: patientId }, casey)
    ).patient;
  const planFor = async (patientId: string) =>
    (
      await must<{ createDischargePlan: { id: string; version: number } }>(CREATE, {
        patientId,
        expectedDate: day(2),
        disposition: 'HOME_WITH_HOME_HEALTH',
      })
    ).createDischargePlan;
  const item = async (planId: string, fields: Record<string, unknown>) =>
    (await must<{ addDischargeChecklistItem: { id: string; version: number } }>(ADD_ITEM, { planId, ...fields }))
      .addDischargeChecklistItem;

  it('the demo unit has discharge plans at different stages', async () => {
    const { patients } = await hub.read<{ patients: { id: string; mrn: string }[] }>(
      '{ patients { id mrn } }',
      {},
      casey,
    );
    const planOf = async (mrn: string) => (await read(patients.find((p) => p.mrn === mrn)?.id as string)).dischargePlan;
    // Eleanor: 3 of 5 applicable items done (transportation not needed).
    expect(await planOf('MRN-100231')).toMatchObject({ disposition: 'HOME_WITH_HOME_HEALTH', readiness: 60 });
    expect((await planOf('MRN-100233'))?.readiness).toBe(33);
    expect(await planOf('MRN-100236')).toMatchObject({ disposition: null, readiness: null, checklist: [] });
  });

  it('a plan with checklist, barriers and readiness from the items done, live on the patient stream', async () => {
    const p = await patient();
    const feed = await collectLive<{ patientEvents: { entityType: string } }>(
      hub.ws(riley),
      'subscription($id: ID!, $after: ID) { patientEvents(patientId: $id, after: $after) { entityType } }',
      { id: p.id },
      await hub.newestEventId(Streams.patient(p.id)),
    );
    const plan = await planFor(p.id);
    const appointment = await item(plan.id, {
      kind: 'FOLLOW_UP_APPOINTMENT',
      appointmentAt: new Date(Date.now() + 7 * DAY).toISOString(),
      provider: 'Dr. Patel, heart failure clinic',
    });
    await item(plan.id, {
      kind: 'DURABLE_MEDICAL_EQUIPMENT',
      equipment: 'Shower chair',
      vendor: 'Apria',
      equipmentStatus: 'ORDERED',
    });
    const transport = await item(plan.id, { kind: 'TRANSPORTATION' });
    const meds = await item(plan.id, { kind: 'MEDICATION_RECONCILIATION' });
    await must(UPDATE_ITEM, { id: appointment.id, expectedVersion: appointment.version, status: 'DONE' });
    await must(UPDATE_ITEM, { id: transport.id, expectedVersion: transport.version, status: 'NOT_NEEDED' }, riley);
    await must(ADD_BARRIER, {
      planId: plan.id,
      description: 'No caregiver at night',
      ownerId: rileyId,
      dueDate: day(1),
    });
    const events = await feed.until(8);
    feed.stop();
    const read1 = (await read(p.id)).dischargePlan;
    // 1 done of 3 applicable (transportation not needed).
    expect(read1).toMatchObject({ expectedDate: day(2), disposition: 'HOME_WITH_HOME_HEALTH', readiness: 33 });
    expect(read1?.checklist.map((c) => `${c.kind} ${c.status}`)).toEqual([
      'FOLLOW_UP_APPOINTMENT DONE',
      'DURABLE_MEDICAL_EQUIPMENT OPEN',
      'TRANSPORTATION NOT_NEEDED',
      'MEDICATION_RECONCILIATION OPEN',
    ]);
    expect(read1?.checklist[1]).toMatchObject({
      equipment: 'Shower chair',
      vendor: 'Apria',
      equipmentStatus: 'ORDERED',
    });
    expect(read1?.barriers).toMatchObject([
      { description: 'No caregiver at night', status: 'OPEN', owner: { name: 'Riley Chen' } },
    ]);
    expect(events.map((e) => e.patientEvents.entityType)).toEqual([
      'DischargePlan',
      'DischargeChecklistItem',
      'DischargeChecklistItem',
      'DischargeChecklistItem',
      'DischargeChecklistItem',
      'DischargeChecklistItem',
      'DischargeChecklistItem',
      'DischargeBarrier',
    ]);
    await must(UPDATE_ITEM, { id: meds.id, expectedVersion: meds.version, status: 'DONE' });
    expect((await read(p.id)).dischargePlan?.readiness).toBe(67);
  });

  it('family see a shared plan’s day and destination and a shared follow-up appointment, nothing else of it', async () => {
    const { patients } = await hub.read<{ patients: { id: string; mrn: string }[] }>(
      '{ patients { id mrn } }',
      {},
      casey,
    );
    const eleanor = patients.find((x) => x.mrn === 'MRN-100231')?.id as string;
    const plan = (await read(eleanor)).dischargePlan as Plan;
    const appointment = plan.checklist.find((c) => c.kind === 'FOLLOW_UP_APPOINTMENT');
    const equipment = plan.checklist.find((c) => c.kind === 'DURABLE_MEDICAL_EQUIPMENT');
    await must(UPDATE, { id: plan.id, expectedVersion: plan.version, visibility: 'FAMILY' });
    await must(UPDATE_ITEM, {
      id: appointment?.id,
      expectedVersion: appointment?.version,
      appointmentAt: new Date(Date.now() + 7 * DAY).toISOString(),
      visibility: 'FAMILY',
    });
    const shareEquipment = await hub.gql(
      UPDATE_ITEM,
      { i: { id: equipment?.id, expectedVersion: equipment?.version, visibility: 'FAMILY' } },
      casey,
    );
    expect(codeOf(shareEquipment)).toBe('BAD_USER_INPUT');
    const jordan = await hub.login('jordan.family@demo.carehub.test');
    const portal = await hub.read<{
      portal: {
        patients: {
          patientId: string;
          items: { id: string; kind: string; title: string; text: string; date: string | null }[];
        }[];
      };
    }>('{ portal { patients { patientId items { id kind title text date } } } }', {}, jordan);
    const shown = portal.portal.patients
      .find((x) => x.patientId === eleanor)
      ?.items.filter((i) => i.kind === 'DISCHARGE_PLAN')
      .map(({ title, text, date }) => ({ title, text, date }));
    expect(shown).toEqual(
      expect.arrayContaining([
        { title: 'Plan for leaving the hospital', text: 'Home, with visits from a home health team', date: day(2) },
        { title: 'Follow-up appointment', text: 'Heart failure clinic, Dr. Osei', date: day(7) },
      ]),
    );
    expect(shown).toHaveLength(2);
  });

  it('education is recorded with its teach-back result and linked to the education item', async () => {
    const p = await patient();
    const plan = await planFor(p.id);
    const teaching = await item(plan.id, { kind: 'PATIENT_FAMILY_EDUCATION' });
    await must(EDUCATE, {
      patientId: p.id,
      checklistItemId: teaching.id,
      topic: 'Daily weights and when to call',
      taughtTo: 'FAMILY_MEMBER',
      learnerName: 'Jordan (daughter)',
      method: 'DEMONSTRATION',
      teachBack: 'PARTIALLY_MET',
      followUpNeeded: true,
    });
    expect((await read(p.id)).educationRecords).toEqual([
      {
        topic: 'Daily weights and when to call',
        teachBack: 'PARTIALLY_MET',
        checklistItemId: teaching.id,
        taughtBy: { name: 'Casey Morgan' },
        taughtTo: 'FAMILY_MEMBER',
        learnerName: 'Jordan (daughter)',
        method: 'DEMONSTRATION',
        followUpNeeded: true,
        id: expect.any(String),
      },
    ]);
  });

  describe('bad input: coded errors, nothing changed', () => {
    it('an expected discharge date before the admission is BAD_USER_INPUT, on create and on update', async () => {
      const p = await patient();
      const r = await hub.gql(CREATE, { i: { patientId: p.id, expectedDate: day(-10) } }, casey);
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect((await read(p.id)).dischargePlan).toBeNull();
      const plan = await planFor(p.id);
      const u = await hub.gql(
        UPDATE,
        { i: { id: plan.id, expectedVersion: plan.version, expectedDate: day(-10) } },
        casey,
      );
      expect(codeOf(u)).toBe('BAD_USER_INPUT');
      expect((await read(p.id)).dischargePlan).toMatchObject({ version: plan.version, expectedDate: day(2) });
    });

    it('education linked to a checklist item on another patient’s plan is BAD_USER_INPUT and nothing is recorded', async () => {
      const mine = await patient();
      const other = await patient();
      const othersItem = await item((await planFor(other.id)).id, { kind: 'PATIENT_FAMILY_EDUCATION' });
      const r = await hub.gql(
        EDUCATE,
        {
          i: {
            patientId: mine.id,
            checklistItemId: othersItem.id,
            topic: 'Inhaler technique',
            taughtTo: 'PATIENT',
            method: 'DEMONSTRATION',
            teachBack: 'MET',
            followUpNeeded: false,
          },
        },
        casey,
      );
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.message).toBe('That checklist item belongs to another patient.');
      expect((await read(mine.id)).educationRecords).toEqual([]);
    });

    it('equipment fields on an appointment, a second plan for the stay, and a teach-back outside the options and an unnamed family learner are refused', async () => {
      const p = await patient();
      const plan = await planFor(p.id);
      const wrong = await hub.gql(
        ADD_ITEM,
        { i: { planId: plan.id, kind: 'FOLLOW_UP_APPOINTMENT', vendor: 'Apria' } },
        casey,
      );
      expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
      expect(codeOf(await hub.gql(CREATE, { i: { patientId: p.id } }, casey))).toBe('BAD_USER_INPUT');
      const badEnum = await hub.gql(
        EDUCATE,
        {
          i: {
            patientId: p.id,
            topic: 'Diet',
            taughtTo: 'PATIENT',
            method: 'VERBAL',
            teachBack: 'GREAT',
            followUpNeeded: false,
          },
        },
        casey,
      );
      expect(codeOf(badEnum)).toBe('BAD_USER_INPUT');
      const unnamed = await hub.gql(
        EDUCATE,
        {
          i: {
            patientId: p.id,
            topic: 'Diet',
            taughtTo: 'CAREGIVER',
            learnerName: '  ',
            method: 'WRITTEN',
            teachBack: 'MET',
            followUpNeeded: false,
          },
        },
        casey,
      );
      expect(codeOf(unnamed)).toBe('BAD_USER_INPUT');
      const after = await read(p.id);
      expect(after.dischargePlan).toMatchObject({ id: plan.id, version: plan.version, checklist: [] });
      expect(after.educationRecords).toEqual([]);
    });

    it('a stale checklist or barrier version is CONFLICT and the item is unchanged', async () => {
      const p = await patient();
      const plan = await planFor(p.id);
      const meds = await item(plan.id, { kind: 'MEDICATION_RECONCILIATION' });
      await must(UPDATE_ITEM, { id: meds.id, expectedVersion: meds.version, note: 'Pharmacy reviewing' });
      const stale = await hub.gql(
        UPDATE_ITEM,
        { i: { id: meds.id, expectedVersion: meds.version, status: 'DONE' } },
        riley,
      );
      expect(codeOf(stale)).toBe('CONFLICT');
      const barrier = (
        await must<{ addDischargeBarrier: { id: string; version: number } }>(ADD_BARRIER, {
          planId: plan.id,
          description: 'Awaiting SNF bed',
        })
      ).addDischargeBarrier;
      await must(UPDATE_BARRIER, { id: barrier.id, expectedVersion: barrier.version, dueDate: day(3) });
      const staleBarrier = await hub.gql(
        UPDATE_BARRIER,
        { i: { id: barrier.id, expectedVersion: barrier.version, status: 'RESOLVED' } },
        riley,
      );
      expect(codeOf(staleBarrier)).toBe('CONFLICT');
      const after = (await read(p.id)).dischargePlan;
      expect(after?.checklist[0]).toMatchObject({
        status: 'OPEN',
        note: 'Pharmacy reviewing',
        version: meds.version + 1,
      });
      expect(after?.barriers[0]).toMatchObject({ status: 'OPEN', version: barrier.version + 1 });
    });

    it('a discharged patient has no stay to plan; an unknown plan is NOT_FOUND', async () => {
      const p = await patient();
      await must('mutation($i: DischargePatientInput!) { dischargePatient(input: $i) { id } }', {
        id: p.id,
        expectedVersion: p.version,
        dischargedAt: new Date().toISOString(),
        disposition: 'HOME',
      });
      expect(codeOf(await hub.gql(CREATE, { i: { patientId: p.id } }, casey))).toBe('BAD_USER_INPUT');
      expect((await read(p.id)).dischargePlan).toBeNull();
      const r = await hub.gql(ADD_ITEM, { i: { planId: randomUUID(), kind: 'TRANSPORTATION' } }, casey);
      expect(codeOf(r)).toBe('NOT_FOUND');
    });
  });

  describe('a checklist item made a task on the patient board', () => {
    interface Card {
      id: string;
      version: number;
      title: string;
      description: string | null;
      labels: string[];
      assignee: { id: string } | null;
      completedAt: string | null;
    }
    const board = async (patientId: string) =>
      (await hub.read<{ patient: { taskBoard: { tasks: Card[] } } }>(BOARD, { id: patientId }, casey)).patient.taskBoard
        .tasks;

    it('lands on the patient board and stream, linked from the item; completing the card leaves the item open', async () => {
      const p = await patient();
      const plan = await planFor(p.id);
      const dme = await item(plan.id, { kind: 'DURABLE_MEDICAL_EQUIPMENT', equipment: 'Walker', note: 'Call Apria' });
      const feed = await collectLive<{ patientEvents: { entityType: string; kind: string; entityId: string } }>(
        hub.ws(riley),
        'subscription($id: ID!, $after: ID) { patientEvents(patientId: $id, after: $after) { entityType kind entityId } }',
        { id: p.id },
        await hub.newestEventId(Streams.patient(p.id)),
      );
      const linked = (
        await must<{ createTaskForDischargeChecklistItem: { version: number; status: string; taskId: string } }>(
          TASK_FOR_ITEM,
          { id: dme.id, expectedVersion: dme.version, assigneeId: rileyId, title: 'Order the walker' },
        )
      ).createTaskForDischargeChecklistItem;
      expect(linked).toMatchObject({ version: dme.version + 1, status: 'OPEN' });
      const [card, ...others] = await board(p.id);
      expect(others).toEqual([]);
      expect(card).toMatchObject({
        id: linked.taskId,
        title: 'Order the walker',
        description: 'Call Apria',
        labels: ['discharge'],
        assignee: { id: rileyId },
        completedAt: null,
      });
      const events = (await feed.until(2)).map((e) => e.patientEvents);
      feed.stop();
      expect(events.map((e) => [e.entityType, e.kind, e.entityId])).toEqual([
        ['Task', 'CREATED', linked.taskId],
        ['DischargeChecklistItem', 'UPDATED', dme.id],
      ]);
      await must(
        'mutation($i: TaskVersionInput!) { completeTask(input: $i) { id completedAt } }',
        { id: card?.id, expectedVersion: card?.version },
        riley,
      );
      expect((await board(p.id))[0]?.completedAt).not.toBeNull();
      const after = (await read(p.id)).dischargePlan?.checklist[0];
      expect(after).toMatchObject({ id: dme.id, status: 'OPEN', taskId: linked.taskId, version: linked.version });
    });

    it('the same clientMutationId again returns the first result and makes one card, also when the retry races the first attempt', async () => {
      const p = await patient();
      const plan = await planFor(p.id);
      const visit = await item(plan.id, { kind: 'TRANSPORTATION' });
      const input = { id: visit.id, expectedVersion: visit.version, clientMutationId: `item-task-${randomUUID()}` };
      type Linked = { createTaskForDischargeChecklistItem: { id: string; version: number; taskId: string } };
      const first = (await must<Linked>(TASK_FOR_ITEM, input)).createTaskForDischargeChecklistItem;
      const again = (await must<Linked>(TASK_FOR_ITEM, input)).createTaskForDischargeChecklistItem;
      expect(again).toEqual(first);
      expect((await board(p.id)).map((c) => c.id)).toEqual([first.taskId]);

      const meds = await item(plan.id, { kind: 'MEDICATION_RECONCILIATION' });
      const raced = { id: meds.id, expectedVersion: meds.version, clientMutationId: `item-task-${randomUUID()}` };
      const both = await Promise.all([
        hub.gql<Linked>(TASK_FOR_ITEM, { i: raced }, casey),
        hub.gql<Linked>(TASK_FOR_ITEM, { i: raced }, casey),
      ]);
      expect(both.map(codeOf)).toEqual([undefined, undefined]);
      const [a, b] = both.map((r) => r.data?.createTaskForDischargeChecklistItem);
      expect(a?.taskId).toBeTruthy();
      expect(b).toEqual(a);
      expect((await board(p.id)).map((c) => c.id).sort()).toEqual([first.taskId, a?.taskId].sort());
      const linked = (await read(p.id)).dischargePlan?.checklist.find((c: { id: string }) => c.id === meds.id);
      expect(linked).toMatchObject({ taskId: a?.taskId, version: meds.version + 1 });
    });

    it('refuses with coded errors and changes nothing: stale version, family, unknown item, a second card', async () => {
      const p = await patient();
      const plan = await planFor(p.id);
      const meds = await item(plan.id, { kind: 'MEDICATION_RECONCILIATION' });
      const before = (await read(p.id)).dischargePlan?.checklist;
      const stale = await hub.gql(TASK_FOR_ITEM, { i: { id: meds.id, expectedVersion: meds.version + 1 } }, casey);
      expect(codeOf(stale)).toBe('CONFLICT');
      const jordan = await hub.login('jordan.family@demo.carehub.test');
      const family = await hub.gql(TASK_FOR_ITEM, { i: { id: meds.id, expectedVersion: meds.version } }, jordan);
      expect(codeOf(family)).toBe('FORBIDDEN');
      const unknown = await hub.gql(TASK_FOR_ITEM, { i: { id: randomUUID(), expectedVersion: 1 } }, casey);
      expect(codeOf(unknown)).toBe('NOT_FOUND');
      expect((await read(p.id)).dischargePlan?.checklist).toEqual(before);
      expect(await board(p.id)).toEqual([]);
      const made = await must<{ createTaskForDischargeChecklistItem: { version: number } }>(TASK_FOR_ITEM, {
        id: meds.id,
        expectedVersion: meds.version,
      });
      const again = await hub.gql(
        TASK_FOR_ITEM,
        { i: { id: meds.id, expectedVersion: made.createTaskForDischargeChecklistItem.version } },
        casey,
      );
      expect(codeOf(again)).toBe('BAD_USER_INPUT');
      expect((await board(p.id)).map((c) => c.title)).toEqual(['Discharge: medication reconciliation']);
    });
  });
});
