import { describe, expect, it } from 'vitest';
import type { AuditFact } from '../audit/audit-log.js';
import type { Caller } from '../auth/caller.js';
import type { ChangeEventPayload } from '../bus/bus.js';
import { Policy, type PolicyFacts } from './policy.js';
import { ReadAccess } from './read-access.js';

const PERIOD = 2_000;
const viewer = {
  userId: 'u1',
  name: 'Nell Nurse',
  kind: 'STAFF',
  discipline: 'RN',
  role: 'MEMBER',
  sessionId: 's1',
} as const;

/** A hub in miniature: a nurse on unit A, patients whose unit the test moves, a clock the test turns. */
function setup(timing: { spread?: number; random?: () => number } = { spread: 0 }) {
  const units = new Map([
    ['p1', 'A'],
    ['p2', 'A'],
  ]);
  const asked = { facts: 0, units: 0 };
  const facts: PolicyFacts = {
    isUnitMember: async (_user, unitId) => {
      asked.facts++;
      return unitId === 'A';
    },
    careTeamRole: async () => null,
    hasBreakGlass: async () => false,
    hasActiveFamilyLink: async () => false,
    leadCaseManager: async () => null,
  };
  const rows: AuditFact[] = [];
  const clock = { now: 0 };
  const slow: { answer: Promise<void> | null } = { answer: null };
  const reads = new ReadAccess(
    new Policy(facts),
    { appendLater: (fact) => rows.push(fact) },
    async (patientId) => {
      asked.units++;
      const unitId = units.get(patientId) ?? null;
      // A slow database: the answer read now arrives once the test lets it.
      await slow.answer;
      return unitId;
    },
    { recheckMs: PERIOD, now: () => clock.now, ...timing },
  );
  const caller = (who: Caller['viewer'] = viewer): Caller => ({
    viewer: who,
    requestId: `sub-${Math.random()}`,
    ip: '10.0.0.7',
  });
  return { units, asked, rows, clock, slow, reads, caller };
}

const event = (over: Partial<ChangeEventPayload>): ChangeEventPayload => ({
  id: '1',
  stream: 'unit:A',
  kind: 'UPDATED',
  entityType: 'Patient',
  entityId: 'p1',
  version: 2,
  actorId: 'u9',
  actorName: 'Someone',
  at: new Date(0).toISOString(),
  visibility: 'TEAM',
  patientId: 'p1',
  snapshot: { unitId: 'A' },
  ...over,
});

describe('read access of long-lived readers', () => {
  it('asks the database once per patient and period, however many events go by', async () => {
    const { reads, asked, clock, caller } = setup();
    const sub = caller();
    for (let t = 0; t < PERIOD; t += 100) {
      clock.now = t;
      expect(await reads.decide(sub, 'p1', event({}))).toEqual({ allowed: true, breakGlass: false });
    }
    expect(asked).toEqual({ facts: 1, units: 1 });
    clock.now = PERIOD;
    await reads.decide(sub, 'p1', event({}));
    expect(asked).toEqual({ facts: 2, units: 2 });
  });

  it('decides again at once when an event moves the patient to another unit, or changes a team or a staff list', async () => {
    const { reads, units, clock, caller } = setup();
    const sub = caller();
    expect((await reads.decide(sub, 'p1'))?.allowed).toBe(true);
    expect((await reads.decide(sub, 'p2'))?.allowed).toBe(true);
    units.set('p1', 'B');
    clock.now = 10;
    // An ordinary change to the patient on the same unit keeps the remembered answer…
    expect((await reads.decide(sub, 'p1', event({ snapshot: { unitId: 'A' } })))?.allowed).toBe(true);
    // …the move itself does not.
    expect((await reads.decide(sub, 'p1', event({ snapshot: { unitId: 'B' } })))?.allowed).toBe(false);
    expect(await reads.recall(sub, 'p1')).toEqual({ allowed: false, breakGlass: false });

    units.set('p2', 'B');
    const staffListChange = event({ entityType: 'UnitMember', entityId: 'm1', patientId: null, snapshot: {} });
    expect((await reads.decide(sub, 'p2', staffListChange))?.allowed).toBe(false);
  });

  it('appends one READ row per reader and patient per period, with the reader’s request and address', async () => {
    const { reads, rows, clock, caller } = setup();
    const one = caller();
    const two = caller();
    for (const t of [0, 500, 1_999]) {
      clock.now = t;
      reads.shown(one, 'p1', 'unitEvents', false);
    }
    reads.shown(one, 'p2', 'unitEvents', false);
    reads.shown(two, 'p1', 'unitEvents', false);
    expect(rows.map((r) => [r.requestId, r.patientId])).toEqual([
      [one.requestId, 'p1'],
      [one.requestId, 'p2'],
      [two.requestId, 'p1'],
    ]);
    clock.now = PERIOD;
    reads.shown(one, 'p1', 'unitEvents', false);
    expect(rows).toHaveLength(4);
    expect(rows[3]).toMatchObject({
      actor: { id: 'u1', name: 'Nell Nurse' },
      patientId: 'p1',
      operation: 'unitEvents',
      access: 'READ',
      entityType: 'Patient',
      entityId: 'p1',
      ip: '10.0.0.7',
      requestId: one.requestId,
      breakGlass: false,
    });
  });

  it('a read its caller already audited counts for the period; a decision without an audit does not', async () => {
    const { reads, rows, clock, caller } = setup();
    const audited = caller();
    reads.remember(audited, 'p1', 'A', 'UNIT', true);
    reads.shown(audited, 'p1', 'patientEvents', false);
    expect(rows).toEqual([]);
    clock.now = PERIOD;
    reads.shown(audited, 'p1', 'patientEvents', false);
    expect(rows).toHaveLength(1);

    const unaudited = caller();
    reads.remember(unaudited, 'p1', 'A', 'UNIT', false);
    reads.shown(unaudited, 'p1', 'patientEvents', false);
    expect(rows).toHaveLength(2);
  });

  it('an unknown patient and an anonymous caller are never allowed', async () => {
    const { reads, caller } = setup();
    expect(await reads.decide(caller(), 'nobody')).toBeNull();
    expect(await reads.decide({ viewer: null, requestId: 'r', ip: null }, 'p1')).toEqual({
      allowed: false,
      breakGlass: false,
    });
  });

  it("one person's many subscriptions ask the database once per patient and period, and another person asks for themself", async () => {
    const { reads, asked, caller } = setup();
    const screens = Array.from({ length: 1_000 }, () => caller());
    const decisions = await Promise.all(screens.map((screen) => reads.decide(screen, 'p1', event({}))));
    expect(decisions.every((d) => d?.allowed === true)).toBe(true);
    expect(asked).toEqual({ facts: 1, units: 1 });
    const colleague = { ...viewer, userId: 'u2', sessionId: 's2' };
    expect(await reads.decide(caller(colleague), 'p1', event({}))).toEqual({ allowed: true, breakGlass: false });
    expect(asked).toEqual({ facts: 2, units: 2 });
  });

  it('an access change passed by all of a person’s subscriptions is decided again once, and every one of them sees the new answer', async () => {
    const { reads, asked, units, caller } = setup();
    const screens = Array.from({ length: 50 }, () => caller());
    await Promise.all(screens.map((screen) => reads.decide(screen, 'p1', event({}))));
    units.set('p1', 'B');
    const moved = event({ id: '2', snapshot: { unitId: 'B' } });
    const after = await Promise.all(screens.map((screen) => reads.decide(screen, 'p1', moved)));
    expect(after.every((d) => d?.allowed === false)).toBe(true);
    expect(asked).toEqual({ facts: 2, units: 2 });
  });

  it('a decision asked before an access change went past is not used for the callers that passed it', async () => {
    const { reads, units, clock, slow, caller } = setup();
    const first = caller();
    const second = caller();
    await reads.decide(first, 'p1', event({}));
    await reads.decide(second, 'p1', event({}));
    // The period ends and the first screen asks again; its answer is read, then the patient moves
    // (and the second screen passes that event) while the answer is still on its way.
    clock.now = PERIOD;
    let release: () => void = () => {};
    slow.answer = new Promise<void>((resolve) => {
      release = resolve;
    });
    const stale = reads.decide(first, 'p1');
    await new Promise((resolve) => setImmediate(resolve));
    units.set('p1', 'B');
    slow.answer = null;
    const moved = event({ id: '3', snapshot: { unitId: 'B' } });
    const answer = reads.decide(second, 'p1', moved);
    release();
    expect((await stale)?.allowed).toBe(true);
    expect((await answer)?.allowed).toBe(false);
  });

  it('re-checks and READ rows of readers that started together spread over the period, never past its end', async () => {
    let turn = 0;
    const { reads, asked, rows, clock, caller } = setup({ spread: 0.5, random: () => (turn++ % 10) / 10 });
    const readers = Array.from({ length: 10 }, (_, i) => caller({ ...viewer, userId: `u${i}` }));
    for (const reader of readers) {
      await reads.decide(reader, 'p1', event({}));
      reads.shown(reader, 'p1', 'patientEvents', false);
    }
    const recheckedAt: number[] = [];
    const auditedAt: number[] = [];
    for (let t = 0; t <= PERIOD; t += 100) {
      clock.now = t;
      for (const reader of readers) {
        const [facts, audits] = [asked.facts, rows.length];
        await reads.decide(reader, 'p1', event({}));
        reads.shown(reader, 'p1', 'patientEvents', false);
        if (t > 0 && asked.facts > facts) recheckedAt.push(t);
        if (t > 0 && rows.length > audits) auditedAt.push(t);
      }
    }
    // Ten readers, each re-checked and audited once more within the period, at ten different times.
    for (const times of [recheckedAt, auditedAt]) {
      expect(new Set(times.slice(0, 10)).size).toBeGreaterThanOrEqual(5);
      expect(Math.max(...times.slice(0, 10))).toBeLessThanOrEqual(PERIOD);
    }
  });
});
