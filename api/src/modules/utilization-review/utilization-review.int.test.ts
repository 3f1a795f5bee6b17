import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Streams } from '../../platform/events/streams.js';
import { CASEY, codeOf, collectLive, RILEY, startTestHub, type TestHub } from '../../testing/test-hub.js';

const DAY = 86_400_000;
const FIELDS = `id version reviewType reviewDate criteriaSet levelOfCare criteriaMet notes nextReviewDate nextReviewTaskId
  advisorReferral { reason outcome advisorName referredAt } avoidableDays { date reason note } avoidableDayCount`;
const RECORD = `mutation($i: RecordUtilizationReviewInput!) { recordUtilizationReview(input: $i) { ${FIELDS} } }`;
const UPDATE = `mutation($i: UpdateUtilizationReviewInput!) { updateUtilizationReview(input: $i) { ${FIELDS} } }`;
const READ = `query($id: ID!) { patient(id: $id) { utilizationReviews { ${FIELDS} }
  taskBoard { tasks { id title labels dueAt priority } } } }`;

interface Review {
  id: string;
  version: number;
  nextReviewDate: string | null;
  nextReviewTaskId: string | null;
  [field: string]: unknown;
}
interface Read {
  patient: {
    utilizationReviews: Review[];
    taskBoard: { tasks: { id: string; title: string; labels: string[]; dueAt: string }[] };
  };
}

const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);

describe('utilization review', () => {
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

  const patient = async () =>
    (
      await hub.read<{ createPatient: { id: string } }>(
        'mutation($i: CreatePatientInput!) { createPatient(input: $i) { id } }',
        {
          i: {
            mrn: `MRN-U${randomUUID().slice(0, 8)}`,
            name: 'Review Patient',
            dateOfBirth: '1948-03-02',
            unitId,
            admittedAt: new Date(Date.now() - 4 * DAY).toISOString(),
          },
        },
        casey,
      )
    ).createPatient.id;
  const read = (id: string) => hub.read<Read>(READ, { id }, casey).then((r) => r.patient);
  const record = async (i: Record<string, unknown>, token = casey) => {
    const r = await hub.gql<{ recordUtilizationReview: Review }>(RECORD, { i }, token);
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return r.data.recordUtilizationReview;
  };
  const base = (patientId: string) => ({
    patientId,
    reviewType: 'CONTINUED_STAY',
    criteriaSet: 'InterQual 2026 Acute Adult',
    levelOfCare: 'INPATIENT',
    criteriaMet: true,
  });

  it('a review with a next review date puts a card on the patient’s board in the same write, live on the patient and unit streams', async () => {
    const p = await patient();
    const patientFeed = await collectLive<{ patientEvents: { entityType: string } }>(
      hub.ws(riley),
      'subscription($id: ID!, $after: ID) { patientEvents(patientId: $id, after: $after) { entityType } }',
      { id: p },
      await hub.newestEventId(Streams.patient(p)),
    );
    const unitFeed = await collectLive<{ unitEvents: { entityType: string; node: { id?: string } | null } }>(
      hub.ws(riley),
      'subscription($id: ID!, $after: ID) { unitEvents(unitId: $id, after: $after) { entityType node { ... on UtilizationReview { id } } } }',
      { id: unitId },
      await hub.newestEventId(Streams.unit(unitId)),
    );
    const review = await record({
      ...base(p),
      reviewDate: day(0),
      notes: 'Meets intensity of service: IV diuresis.',
      nextReviewDate: day(2),
    });
    expect(review).toMatchObject({ criteriaMet: true, nextReviewDate: day(2), avoidableDayCount: 0 });
    const { utilizationReviews, taskBoard } = await read(p);
    expect(utilizationReviews.map((r) => r.id)).toEqual([review.id]);
    const card = taskBoard.tasks.find((t) => t.id === review.nextReviewTaskId);
    expect(card).toMatchObject({ title: 'Utilization review: next review due', labels: ['utilization-review'] });
    // 09:00 on the unit's clock that day: within a day of 09:00 UTC whatever the unit's zone.
    expect(Math.abs(Date.parse(card?.dueAt ?? '') - Date.parse(`${day(2)}T09:00:00Z`))).toBeLessThan(DAY);
    const events = await patientFeed.until(2);
    expect(events.map((e) => e.patientEvents.entityType).sort()).toEqual(['Task', 'UtilizationReview']);
    const unitEvents = await unitFeed.until(1);
    expect(unitEvents.find((e) => e.unitEvents.entityType === 'UtilizationReview')?.unitEvents.node?.id).toBe(
      review.id,
    );
    patientFeed.stop();
    unitFeed.stop();
  });

  it('avoidable days, a physician-advisor referral and a new next review date (with its own card) are recorded', async () => {
    const p = await patient();
    const first = await record({ ...base(p), criteriaMet: false, nextReviewDate: day(1) });
    const updated = (
      await hub.read<{ updateUtilizationReview: Review }>(
        UPDATE,
        {
          i: {
            id: first.id,
            expectedVersion: first.version,
            avoidableDays: [
              { date: day(-1), reason: 'POST_ACUTE_BED_UNAVAILABLE', note: 'No SNF bed accepting' },
              { date: day(-2), reason: 'TEST_OR_PROCEDURE_DELAY' },
            ],
            advisorReferral: { reason: 'Criteria not met on day 3; attending disagrees.', advisorName: 'Dr. Okafor' },
            nextReviewDate: day(3),
          },
        },
        casey,
      )
    ).updateUtilizationReview;
    expect(updated).toMatchObject({
      version: first.version + 1,
      nextReviewDate: day(3),
      avoidableDayCount: 2,
      avoidableDays: [
        { date: day(-2), reason: 'TEST_OR_PROCEDURE_DELAY', note: null },
        { date: day(-1), reason: 'POST_ACUTE_BED_UNAVAILABLE', note: 'No SNF bed accepting' },
      ],
      advisorReferral: { outcome: 'PENDING', advisorName: 'Dr. Okafor' },
    });
    expect(updated.nextReviewTaskId).not.toBe(first.nextReviewTaskId);
    const { taskBoard } = await read(p);
    expect(taskBoard.tasks.filter((t) => t.labels.includes('utilization-review'))).toHaveLength(2);
  });

  it('rescheduling the next review completes the old date’s card in the same write, live on the patient stream; a stale reschedule changes nothing; clearing the date completes its card', async () => {
    const p = await patient();
    const first = await record({ ...base(p), nextReviewDate: day(1) });
    const cards = async () =>
      (
        await hub.read<{
          patient: { taskBoard: { tasks: { id: string; dueAt: string; completedAt: string | null }[] } };
        }>('query($id: ID!) { patient(id: $id) { taskBoard { tasks { id dueAt completedAt } } } }', { id: p }, casey)
      ).patient.taskBoard.tasks;
    const reschedule = (review: Review, nextReviewDate: string | null, expectedVersion = review.version) =>
      hub.gql<{ updateUtilizationReview: Review }>(
        UPDATE,
        { i: { id: review.id, expectedVersion, nextReviewDate } },
        casey,
      );
    const before = await read(p);
    expect(codeOf(await reschedule(first, day(3), first.version + 1))).toBe('CONFLICT');
    expect(await read(p)).toEqual(before);

    const feed = await collectLive<{ patientEvents: { entityType: string; kind: string; entityId: string } }>(
      hub.ws(riley),
      'subscription($id: ID!, $after: ID) { patientEvents(patientId: $id, after: $after) { entityType kind entityId } }',
      { id: p },
      await hub.newestEventId(Streams.patient(p)),
    );
    const moved = (await reschedule(first, day(3))).data?.updateUtilizationReview;
    if (!moved?.nextReviewTaskId) throw new Error('the rescheduled review has no card');
    const events = (await feed.until(3)).map((e) => e.patientEvents);
    feed.stop();
    expect(events).toEqual(
      expect.arrayContaining([
        { entityType: 'Task', kind: 'MOVED', entityId: first.nextReviewTaskId },
        { entityType: 'Task', kind: 'CREATED', entityId: moved.nextReviewTaskId },
        { entityType: 'UtilizationReview', kind: 'UPDATED', entityId: first.id },
      ]),
    );
    const afterMove = await cards();
    expect(afterMove.find((t) => t.id === first.nextReviewTaskId)?.completedAt).not.toBeNull();
    expect(afterMove.find((t) => t.id === moved.nextReviewTaskId)).toMatchObject({ completedAt: null });
    expect(afterMove.filter((t) => t.completedAt === null)).toHaveLength(1);

    const cleared = (await reschedule(moved, null)).data?.updateUtilizationReview;
    expect(cleared).toMatchObject({ nextReviewDate: null, nextReviewTaskId: null });
    expect((await cards()).filter((t) => t.completedAt === null)).toEqual([]);
  });

  it('the next review of the stay completes the card the earlier review put on the board', async () => {
    const p = await patient();
    const first = await record({ ...base(p), reviewType: 'ADMISSION', reviewDate: day(-2), nextReviewDate: day(0) });
    const cards = async () =>
      (
        await hub.read<{ patient: { taskBoard: { tasks: { id: string; completedAt: string | null }[] } } }>(
          'query($id: ID!) { patient(id: $id) { taskBoard { tasks { id completedAt } } } }',
          { id: p },
          casey,
        )
      ).patient.taskBoard.tasks;
    expect((await cards()).find((t) => t.id === first.nextReviewTaskId)?.completedAt).toBeNull();
    const second = await record({ ...base(p), reviewDate: day(0), nextReviewDate: day(2) });
    const after = await cards();
    expect(after.find((t) => t.id === first.nextReviewTaskId)?.completedAt).not.toBeNull();
    expect(after.find((t) => t.id === second.nextReviewTaskId)?.completedAt).toBeNull();
  });

  it('a repeated clientMutationId records one review and one card', async () => {
    const p = await patient();
    const i = { ...base(p), nextReviewDate: day(1), clientMutationId: `ur-${randomUUID()}` };
    const [a, b] = await Promise.all([record(i), record(i)]);
    expect(a.id).toBe(b.id);
    const { utilizationReviews, taskBoard } = await read(p);
    expect(utilizationReviews).toHaveLength(1);
    expect(taskBoard.tasks).toHaveLength(1);
  });

  it('bad input is refused with a code and nothing is written (no review, no card)', async () => {
    const p = await patient();
    const existing = await record({ ...base(p) });
    const before = await read(p);
    const bad: [string, Record<string, unknown>, string][] = [
      ['future review date', { ...base(p), reviewDate: day(1) }, 'BAD_USER_INPUT'],
      ['review before the admission', { ...base(p), reviewDate: day(-30) }, 'BAD_USER_INPUT'],
      [
        'next review not after the review',
        { ...base(p), reviewDate: day(0), nextReviewDate: day(0) },
        'BAD_USER_INPUT',
      ],
      ['blank criteria set', { ...base(p), criteriaSet: '   ', nextReviewDate: day(2) }, 'BAD_USER_INPUT'],
      ['unknown level of care', { ...base(p), levelOfCare: 'HOTEL' }, 'BAD_USER_INPUT'],
      [
        'an avoidable day listed twice',
        {
          ...base(p),
          nextReviewDate: day(2),
          avoidableDays: [
            { date: day(-1), reason: 'OTHER' },
            { date: day(-1), reason: 'TRANSPORTATION' },
          ],
        },
        'BAD_USER_INPUT',
      ],
      [
        'an avoidable day in the future',
        { ...base(p), avoidableDays: [{ date: day(2), reason: 'OTHER' }] },
        'BAD_USER_INPUT',
      ],
      ['an unknown patient', { ...base(randomUUID()) }, 'NOT_FOUND'],
    ];
    for (const [what, i, code] of bad) {
      expect(codeOf(await hub.gql(RECORD, { i }, casey)), what).toBe(code);
    }
    const updates: [string, Record<string, unknown>, string][] = [
      ['stale version', { id: existing.id, expectedVersion: existing.version + 1, criteriaMet: false }, 'CONFLICT'],
      [
        'next review not after the review',
        { id: existing.id, expectedVersion: existing.version, nextReviewDate: day(-1) },
        'BAD_USER_INPUT',
      ],
      [
        'blank advisor reason',
        { id: existing.id, expectedVersion: existing.version, advisorReferral: { reason: ' ' } },
        'BAD_USER_INPUT',
      ],
      ['unknown review', { id: randomUUID(), expectedVersion: 1, criteriaMet: false }, 'NOT_FOUND'],
    ];
    for (const [what, i, code] of updates) {
      expect(codeOf(await hub.gql(UPDATE, { i }, casey)), what).toBe(code);
    }
    expect(await read(p)).toEqual(before);
  });
});
