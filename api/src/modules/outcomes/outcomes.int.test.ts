import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, CASEY, codeOf, collect, RILEY, startTestHub, type TestHub } from '../../testing/test-hub.js';
import { Authorization, type AuthorizationStatus } from '../authorization/authorization.entity.js';
import { CarePlan, Goal, Problem } from '../care-plan/care-plan.entity.js';
import { CareTeamMember } from '../care-team/care-team.entity.js';
import { Encounter, Patient } from '../patient/patient.entity.js';
import type { ReferralStatus } from '../referrals/referral-rules.js';
import { CommunityResource, Referral } from '../referrals/referrals.entity.js';
import { EmergencyVisitHistory } from '../risk/risk.entity.js';
import { Need } from '../social-needs/social-needs.entity.js';
import { Unit, UnitMember } from '../unit/unit.entity.js';
import { type AvoidableDayReason, UtilizationReview } from '../utilization-review/utilization-review.entity.js';

const OUTCOMES = `query($i: OutcomesInput!, $f: [OutcomeFigure!]) { outcomes(input: $i, figures: $f) {
  unitId figures
  caseload { key label value } laceBands { key value } goals { key value }
  lengthOfStay { discharged averageDays averageExpectedDays overExpected }
  avoidableDays { key value }
  authorizations { decided denied denialRate averageTurnaroundHours }
  referrals { sent closed closureRate }
  overdueTasks { key value }
  readmissions { discharged readmitted rate } } }`;

const at = (iso: string) => new Date(`${iso}T00:00:00Z`);
const FROM = '2026-10-01T00:00:00Z';
const TO = '2026-11-01T00:00:00Z';

/**
 * A unit of its own, built so every figure can be worked out by hand (the values in the comments):
 * P1 stayed 28 Sep–5 Oct (expected 3 Oct), P2 10–14 Oct (expected 15 Oct), P3 left on 2 Oct and
 * came back on 20 Oct, P4 is in since 20 Oct; P5 comes after the range and P6 is on another unit.
 */
describe('outcomes dashboard', () => {
  let hub: TestHub;
  let casey: string;
  let riley: string;
  let admin: string;
  let unitId: string;
  let ids: Record<'caseyId' | 'averyId', string>;
  const p: Record<string, string> = {};

  beforeAll(async () => {
    hub = await startTestHub();
    [casey, riley, admin] = await Promise.all([hub.login(CASEY), hub.login(RILEY), hub.login(ADMIN)]);
    const avery = await hub.login('avery.patel@demo.carehub.test');
    const me = async (token: string) => (await hub.read<{ me: { id: string } }>('{ me { id } }', {}, token)).me.id;
    ids = { caseyId: await me(casey), averyId: await me(avery) };
    const demoUnitId = (await hub.read<{ me: { units: { id: string }[] } }>('{ me { units { id } } }', {}, casey)).me
      .units[0]?.id as string;

    const em = hub.app.services.orm.em.fork();
    const unit = em.create(Unit, { code: `O${randomUUID().slice(0, 5)}`, name: 'Outcomes Fixture Unit' });
    unitId = unit.id;
    em.create(UnitMember, { unitId, userId: ids.caseyId });
    const patient = (key: string, admitted: string, rest: Partial<Patient> = {}) => {
      const row = em.create(Patient, {
        mrn: `MRN-O${randomUUID().slice(0, 8)}`,
        name: `Outcome ${key}`,
        dateOfBirth: '1950-01-01',
        unitId,
        admittedAt: at(admitted),
        ...rest,
      });
      p[key] = row.id;
      return row;
    };
    patient('P1', '2026-09-28', {
      status: 'DISCHARGED',
      dischargedAt: at('2026-10-05'),
      expectedDischargeDate: '2026-10-03',
      disposition: 'HOME',
    });
    patient('P2', '2026-10-10', {
      status: 'DISCHARGED',
      dischargedAt: at('2026-10-14'),
      expectedDischargeDate: '2026-10-15',
      disposition: 'HOME',
    });
    patient('P3', '2026-10-20');
    patient('P4', '2026-10-20', {
      admissionAcuity: 'EMERGENT',
      conditions: [
        { code: 'I50.9', codeSystem: 'ICD-10-CM', description: 'Heart failure', onsetDate: null, status: 'ACTIVE' },
      ],
    });
    patient('P5', '2026-11-05');
    patient('P6', '2026-10-10', { unitId: demoUnitId });
    em.create(Encounter, {
      patientId: p.P3 as string,
      unitId,
      admittedAt: at('2026-09-25'),
      dischargedAt: at('2026-10-02'),
      disposition: 'HOME',
    });
    // P4's ED history was reviewed this stay: no visits (E 0). LACE: L 7 (≥ 14 days) + A 3 + C 1 (CHF) + E 0 = 11, HIGH.
    em.create(EmergencyVisitHistory, { patientId: p.P4 as string, unitId, visits: [], reviewedAt: at('2026-10-21') });

    // Caseload: Casey leads P1 and P2, Avery leads P4 (and P5, outside the range); P3 has no lead.
    for (const [key, userId] of [
      ['P1', ids.caseyId],
      ['P2', ids.caseyId],
      ['P4', ids.averyId],
      ['P5', ids.averyId],
    ] as const) {
      em.create(CareTeamMember, { patientId: p[key] as string, userId, role: 'LEAD_CASE_MANAGER' });
    }
    em.create(CareTeamMember, { patientId: p.P3 as string, userId: ids.caseyId, role: 'SOCIAL_WORKER' as never });

    // Goals of P1: one achieved, one not, one open, one cancelled (left out).
    const plan = em.create(CarePlan, { patientId: p.P1 as string, periodStart: '2026-09-28' });
    const problem = em.create(Problem, {
      patientId: p.P1 as string,
      carePlanId: plan.id,
      statement: 'Mobility',
      discipline: 'PT',
      position: 'a0',
    });
    for (const status of ['ACHIEVED', 'NOT_ACHIEVED', 'ACTIVE', 'CANCELLED'] as const) {
      em.create(Goal, {
        patientId: p.P1 as string,
        carePlanId: plan.id,
        problemId: problem.id,
        description: `Goal ${status}`,
        status,
        position: status,
      });
    }

    // Avoidable days in reviews dated in the range: 2 × bed unavailable, 1 × payer delay; the November review is outside.
    const review = (date: string, reasons: AvoidableDayReason[]) =>
      em.create(UtilizationReview, {
        patientId: p.P1 as string,
        unitId,
        stayAdmittedAt: at('2026-09-28'),
        reviewType: 'CONTINUED_STAY',
        reviewDate: date,
        criteriaSet: 'InterQual',
        levelOfCare: 'INPATIENT',
        criteriaMet: false,
        reviewerId: ids.caseyId,
        avoidableDays: reasons.map((reason, i) => ({ date: `2026-10-0${i + 1}`, reason, note: null })),
      } as never);
    review('2026-10-03', ['POST_ACUTE_BED_UNAVAILABLE', 'POST_ACUTE_BED_UNAVAILABLE', 'PAYER_AUTHORIZATION_DELAY']);
    review('2026-11-02', ['OTHER']);

    // Decisions in the range: approved after 24 h, denied after 48 h, denied then appealed after 24 h,
    // partially approved then appealed after 24 h (no denial) → 4 decided, 2 denied (0.5), 30 h mean.
    // A pending one and a November decision are left out.
    const authorization = (
      status: AuthorizationStatus,
      submitted: string | null,
      decided: string | null,
      steps: AuthorizationStatus[] = [status],
    ) =>
      em.create(Authorization, {
        patientId: p.P1 as string,
        unitId,
        payer: 'Acme Health',
        coverageType: 'COMMERCIAL',
        service: 'INPATIENT_STAY',
        unitOfService: 'DAYS',
        requestedUnits: 3,
        requestedFrom: '2026-10-01',
        requestedTo: '2026-10-04',
        status,
        submittedAt: submitted ? new Date(submitted) : null,
        decidedAt: decided ? new Date(decided) : null,
        history: steps.map((step) => ({ status: step, at: decided ?? submitted, byId: ids.caseyId, note: null })),
        createdById: ids.caseyId,
      } as never);
    authorization('APPROVED', '2026-10-01T00:00:00Z', '2026-10-02T00:00:00Z');
    authorization('DENIED', '2026-10-03T00:00:00Z', '2026-10-05T00:00:00Z');
    authorization('APPEALED', '2026-10-06T00:00:00Z', '2026-10-07T00:00:00Z', ['DENIED', 'APPEALED']);
    authorization('APPEALED', '2026-10-09T00:00:00Z', '2026-10-10T00:00:00Z', ['PARTIALLY_APPROVED', 'APPEALED']);
    authorization('PENDING', '2026-10-08T00:00:00Z', null);
    authorization('APPROVED', '2026-10-30T00:00:00Z', '2026-11-03T00:00:00Z');

    // Referrals sent in the range: completed, sent, declined → 3 sent, 2 closed; a draft and a November one left out.
    const need = em.create(Need, { patientId: p.P1 as string, domain: 'FOOD' });
    const resource = em.create(CommunityResource, {
      name: 'Fixture Pantry',
      categories: '|FOOD|',
      createdById: ids.caseyId,
    });
    const referral = (status: ReferralStatus, sent: string | null) =>
      em.create(Referral, {
        patientId: p.P1 as string,
        needId: need.id,
        resourceId: resource.id,
        status,
        sentAt: sent ? at(sent) : null,
        createdById: ids.caseyId,
      });
    referral('COMPLETED', '2026-10-02');
    referral('SENT', '2026-10-03');
    referral('DECLINED', '2026-10-04');
    referral('DRAFT', null);
    referral('COMPLETED', '2026-11-02');
    await em.flush();

    // Cards on P4's board: RN overdue twice, SW overdue once; a future RN card and a completed overdue one left out.
    const card = async (discipline: string, dueAt: string) =>
      (
        await hub.read<{ createTask: { id: string; version: number } }>(
          'mutation($i: CreateTaskInput!) { createTask(input: $i) { id version } }',
          { i: { patientId: p.P4, title: `Card ${discipline}`, discipline, dueAt } },
          casey,
        )
      ).createTask;
    await card('RN', '2026-10-22T08:00Z');
    await card('RN', '2026-10-23T08:00Z');
    await card('SW', '2026-10-24T08:00Z');
    await card('RN', '2099-01-01T08:00Z');
    const done = await card('RN', '2026-10-25T08:00Z');
    await hub.read(
      'mutation($i: TaskVersionInput!) { completeTask(input: $i) { id } }',
      { i: { id: done.id, expectedVersion: done.version } },
      casey,
    );
  });
  afterAll(() => hub?.stop());

  const outcomes = async (figures?: string[]) =>
    (
      await hub.read<{ outcomes: Record<string, unknown> }>(
        OUTCOMES,
        { i: { unitId, from: FROM, to: TO }, f: figures ?? null },
        casey,
      )
    ).outcomes;

  it('every figure matches the hand-computed values of the fixture', async () => {
    const o = await outcomes();
    expect(o.caseload).toEqual([
      { key: ids.caseyId, label: 'Casey Morgan', value: 2 },
      { key: ids.averyId, label: 'Avery Patel', value: 1 },
    ]);
    expect(o.laceBands).toEqual([
      { key: 'LOW', value: 0 },
      { key: 'MODERATE', value: 0 },
      { key: 'HIGH', value: 1 },
      { key: 'INCOMPLETE', value: 3 },
    ]);
    expect(o.goals).toEqual([
      { key: 'ACHIEVED', value: 1 },
      { key: 'NOT_ACHIEVED', value: 1 },
      { key: 'OPEN', value: 1 },
    ]);
    // P1 7 days (expected 5), P2 4 days (expected 5).
    expect(o.lengthOfStay).toEqual({ discharged: 2, averageDays: 5.5, averageExpectedDays: 5, overExpected: 1 });
    expect(o.avoidableDays).toEqual([
      { key: 'POST_ACUTE_BED_UNAVAILABLE', value: 2 },
      { key: 'PAYER_AUTHORIZATION_DELAY', value: 1 },
    ]);
    expect(o.authorizations).toEqual({ decided: 4, denied: 2, denialRate: 0.5, averageTurnaroundHours: 30 });
    expect(o.referrals).toEqual({ sent: 3, closed: 2, closureRate: 0.667 });
    expect(o.overdueTasks).toEqual([
      { key: 'RN', value: 2 },
      { key: 'SW', value: 1 },
    ]);
    // P1 (5 Oct), P2 (14 Oct) and P3's first stay (2 Oct) left; P3 came back 18 days later.
    expect(o.readmissions).toEqual({ discharged: 3, readmitted: 1, rate: 0.333 });
  });

  it('computes only the figures asked for', async () => {
    const o = await outcomes(['READMISSIONS']);
    expect(o.figures).toEqual(['READMISSIONS']);
    expect(o.readmissions).toEqual({ discharged: 3, readmitted: 1, rate: 0.333 });
    expect(o.caseload).toBeNull();
    expect(o.referrals).toBeNull();
  });

  it('is for staff of the unit, and each read is on the patients’ audit trail', async () => {
    const vars = { i: { unitId, from: FROM, to: TO } };
    expect(codeOf(await hub.gql(OUTCOMES, vars, riley))).toBe('FORBIDDEN');
    expect(codeOf(await hub.gql(OUTCOMES, vars, admin))).toBe('FORBIDDEN');
    expect(codeOf(await hub.gql(OUTCOMES, vars, null))).toBe('UNAUTHENTICATED');
    const family = await hub.login('jordan.family@demo.carehub.test');
    expect(codeOf(await hub.gql(OUTCOMES, vars, family))).toBe('FORBIDDEN');
    const trail = await hub.read<{
      auditTrail: { entries: { operation: string; access: string; actorName: string }[] };
    }>(
      'query($id: ID!) { auditTrail(patientId: $id) { entries { operation access actorName } } }',
      { id: p.P1 },
      admin,
    );
    expect(trail.auditTrail.entries).toContainEqual({
      operation: 'outcomes',
      access: 'READ',
      actorName: 'Casey Morgan',
    });
  });

  it('updates live: every figure first, then only the figure a change moved', async () => {
    const feed = collect<{ outcomesEvents: Record<string, unknown> }>(
      hub.ws(casey),
      `subscription($i: OutcomesInput!) { outcomesEvents(input: $i) { figures caseload { value } referrals { sent closed closureRate } } }`,
      { i: { unitId, from: FROM, to: TO } },
    );
    const [first] = await feed.until(1);
    expect(first?.outcomesEvents.figures).toHaveLength(9);
    expect(first?.outcomesEvents.referrals).toEqual({ sent: 3, closed: 2, closureRate: 0.667 });
    // The agency declines the referral still waiting: the loop closes, 3 of 3.
    const em = hub.app.services.orm.em.fork();
    const waiting = await em.findOneOrFail(Referral, { patientId: p.P1 as string, status: 'SENT' });
    await hub.read(
      'mutation($i: ChangeReferralStatusInput!) { changeReferralStatus(input: $i) { id } }',
      { i: { id: waiting.id, expectedVersion: waiting.version, status: 'DECLINED' } },
      casey,
    );
    const [, second] = await feed.until(2);
    feed.stop();
    expect(second?.outcomesEvents).toEqual({
      figures: ['REFERRALS'],
      caseload: null,
      referrals: { sent: 3, closed: 3, closureRate: 1 },
    });
  });

  it('an empty, reversed or over-long range is BAD_USER_INPUT', async () => {
    for (const [from, to] of [
      [TO, FROM],
      [FROM, FROM],
      ['2024-01-01T00:00:00Z', TO],
    ]) {
      expect(codeOf(await hub.gql(OUTCOMES, { i: { unitId, from, to } }, casey)), `${from}…${to}`).toBe(
        'BAD_USER_INPUT',
      );
    }
  });
});
