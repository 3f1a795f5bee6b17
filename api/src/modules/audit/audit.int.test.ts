import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../platform/audit/audit-entry.entity.js';
import { ADMIN, CASEY, codeOf, RILEY, startTestHub, type TestHub } from '../../testing/test-hub.js';

const TRAIL = `query($id: ID!, $filter: AuditFilterInput, $page: AuditPageInput) {
  auditTrail(patientId: $id, filter: $filter, page: $page) {
    entries { id at actorId actorName patientId operation access entityType entityId fields ip requestId breakGlass }
    nextCursor
  }
}`;
const VERIFY = 'query($id: ID) { verifyAuditChain(patientId: $id) { chain intact checked firstBrokenId } }';
const READ = 'query($id: ID!) { patient(id: $id) { id version } }';
const UPDATE = 'mutation($i: UpdatePatientInput!) { updatePatient(input: $i) { id version } }';
const SAM = 'sam.okafor@demo.carehub.test';
const LOOPBACK = /^(::ffff:)?127\.0\.0\.1$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

interface Entry {
  id: string;
  at: string;
  actorId: string | null;
  actorName: string | null;
  patientId: string | null;
  operation: string;
  access: string;
  entityType: string | null;
  entityId: string | null;
  fields: string[] | null;
  ip: string | null;
  requestId: string | null;
  breakGlass: boolean;
}
interface Page {
  entries: Entry[];
  nextCursor: string | null;
}
interface ChainCheck {
  chain: string;
  intact: boolean;
  checked: number;
  firstBrokenId: string | null;
}

const ids = (entries: Entry[]) => entries.map((e) => e.id);

describe('the audit trail', () => {
  let hub: TestHub;
  let casey: string;
  let sam: string;
  let samId: string;
  let riley: string;
  let admin: string;
  /** Patient ids by MRN. */
  const patients = new Map<string, string>();
  /** Maria Alvarez: Sam Okafor is her primary nurse. */
  let patientId: string;

  beforeAll(async () => {
    hub = await startTestHub();
    casey = await hub.login(CASEY);
    sam = await hub.login(SAM);
    riley = await hub.login(RILEY);
    admin = await hub.login(ADMIN);
    samId = (await hub.gql<{ me: { id: string } }>('{ me { id } }', {}, sam)).data?.me.id ?? '';
    const list = await hub.gql<{ patients: { id: string; mrn: string }[] }>('{ patients { id mrn } }', {}, casey);
    for (const p of list.data?.patients ?? []) patients.set(p.mrn, p.id);
    patientId = patients.get('MRN-100233') ?? '';
  });
  afterAll(() => hub?.stop());

  const trail = async (
    options: { id?: string; filter?: Record<string, unknown>; page?: Record<string, unknown> } = {},
    token = casey,
  ): Promise<Page> => {
    const { id = patientId, filter = {}, page = { first: 200 } } = options;
    const result = await hub.gql<{ auditTrail: Page }>(TRAIL, { id, filter, page }, token);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.auditTrail;
  };
  /**
   * The trail up to now, frozen: reading the trail records a new row each time, so comparisons
   * page from a fixed cursor just past the newest row.
   */
  const frozen = async (id = patientId) => {
    const all = await trail({ id });
    if (all.nextCursor !== null) throw new Error('the trail is longer than one page of 200');
    const newest = all.entries[0]?.id ?? '0';
    const before = String(BigInt(newest) + 1n);
    const read = async (filter: Record<string, unknown> = {}, page: Record<string, unknown> = { first: 200 }) =>
      trail({ id, filter, page: { ...page, before: page.before ?? before } });
    return { entries: all.entries, read };
  };
  const verify = async (id: string | null, token = casey) => {
    const result = await hub.gql<{ verifyAuditChain: ChainCheck }>(VERIFY, { id }, token);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.verifyAuditChain;
  };
  const version = async (id = patientId) =>
    (await hub.gql<{ patient: { version: number } }>(READ, { id }, casey)).data?.patient.version ?? 0;
  const connection = () => hub.app.services.orm.em.fork().getConnection();

  it('a nurse’s read and write each appear with who, what, the fields changed, the address and the request id', async () => {
    await hub.gql(READ, { id: patientId }, sam, { 'x-request-id': 'audit-read-1' });
    await hub.gql(
      UPDATE,
      { i: { id: patientId, expectedVersion: await version(), bed: '403C', allergies: 'Codeine' } },
      sam,
      {
        'x-request-id': 'audit-write-1',
      },
    );
    const { entries } = await trail();
    const reads = entries.filter((e) => e.requestId === 'audit-read-1');
    const writes = entries.filter((e) => e.requestId === 'audit-write-1');
    expect(reads).toEqual([
      expect.objectContaining({
        actorId: samId,
        actorName: 'Sam Okafor',
        patientId,
        operation: 'patient',
        access: 'READ',
        entityType: 'Patient',
        entityId: patientId,
        fields: null,
        ip: expect.stringMatching(LOOPBACK),
        breakGlass: false,
      }),
    ]);
    expect(writes).toEqual([
      expect.objectContaining({
        actorId: samId,
        actorName: 'Sam Okafor',
        patientId,
        operation: 'updatePatient',
        access: 'WRITE',
        entityType: 'Patient',
        entityId: patientId,
        ip: expect.stringMatching(LOOPBACK),
        breakGlass: false,
      }),
    ]);
    expect(writes[0]?.fields?.sort()).toEqual(['allergies', 'bed']);
  });

  it('the recorded address is the connection’s, not a forwarded-for header the client made up', async () => {
    await hub.gql(READ, { id: patientId }, sam, { 'x-request-id': 'forged-address', 'x-forwarded-for': '203.0.113.9' });
    const { entries } = await trail();
    expect(entries.find((e) => e.requestId === 'forged-address')?.ip).toMatch(LOOPBACK);
  });

  it('an unusable x-request-id is replaced by a generated one', async () => {
    const before = await frozen();
    await hub.gql(READ, { id: patientId }, sam, { 'x-request-id': `${'x'.repeat(70)} and spaces` });
    const newer = (await trail()).entries.filter((e) => BigInt(e.id) > BigInt(before.entries[0]?.id ?? '0'));
    const read = newer.find((e) => e.actorId === samId && e.operation === 'patient');
    expect(read?.requestId).toMatch(UUID);
  });

  it('the lead case manager and admins may read the trail; a nurse on the team may not, nor family, nor anonymous callers', async () => {
    expect((await hub.gql(TRAIL, { id: patientId }, casey)).errors).toBeUndefined();
    expect((await hub.gql(TRAIL, { id: patientId }, admin)).errors).toBeUndefined();
    expect(codeOf(await hub.gql(TRAIL, { id: patientId }, sam))).toBe('FORBIDDEN');
    expect(codeOf(await hub.gql(TRAIL, { id: patientId }, riley))).toBe('FORBIDDEN');
    const family = await hub.login('jordan.family@demo.carehub.test');
    expect(codeOf(await hub.gql(TRAIL, { id: patientId }, family))).toBe('FORBIDDEN');
    expect(codeOf(await hub.gql(TRAIL, { id: patientId }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await hub.gql(TRAIL, { id: '00000000-0000-4000-8000-000000000005' }, admin))).toBe('NOT_FOUND');
  });

  it('reading the trail is itself recorded, before the rows are read', async () => {
    await hub.gql(TRAIL, { id: patientId }, casey, { 'x-request-id': 'trail-read-1' });
    const { entries } = await trail({}, admin);
    expect(entries[0]).toMatchObject({ actorName: 'Pat Admin', operation: 'auditTrail', access: 'READ' });
    expect(entries.filter((e) => e.requestId === 'trail-read-1')).toEqual([
      expect.objectContaining({
        actorName: 'Casey Morgan',
        operation: 'auditTrail',
        access: 'READ',
        breakGlass: false,
      }),
    ]);
  });

  describe('filters and pages', () => {
    it('filters by access', async () => {
      const { entries, read } = await frozen();
      for (const access of ['READ', 'WRITE']) {
        const filtered = await read({ access });
        expect(filtered.entries.length).toBeGreaterThan(0);
        expect(ids(filtered.entries)).toEqual(ids(entries.filter((e) => e.access === access)));
      }
    });

    it('filters by actor, alone and with access', async () => {
      const { entries, read } = await frozen();
      const bySam = await read({ actorId: samId });
      expect(bySam.entries.length).toBeGreaterThan(0);
      expect(ids(bySam.entries)).toEqual(ids(entries.filter((e) => e.actorId === samId)));
      const samWrites = await read({ actorId: samId, access: 'WRITE' });
      expect(samWrites.entries.length).toBeGreaterThan(0);
      expect(ids(samWrites.entries)).toEqual(ids(entries.filter((e) => e.actorId === samId && e.access === 'WRITE')));
    });

    it('filters by time: from and to are inclusive bounds', async () => {
      const { entries, read } = await frozen();
      const times = [...new Set(entries.map((e) => e.at))].sort();
      expect(times.length).toBeGreaterThan(3);
      const from = times[1] ?? '';
      const to = times[times.length - 2] ?? '';
      const inRange = (e: Entry) => Date.parse(e.at) >= Date.parse(from) && Date.parse(e.at) <= Date.parse(to);
      const between = await read({ from, to });
      expect(between.entries.length).toBeGreaterThan(0);
      expect(ids(between.entries)).toEqual(ids(entries.filter(inRange)));
      const since = await read({ from });
      expect(ids(since.entries)).toEqual(ids(entries.filter((e) => Date.parse(e.at) >= Date.parse(from))));
      const until = await read({ to });
      expect(ids(until.entries)).toEqual(ids(entries.filter((e) => Date.parse(e.at) <= Date.parse(to))));
    });

    it('shows only access that rested on breaking the glass when asked', async () => {
      expect((await trail({ filter: { breakGlassOnly: true } })).entries).toEqual([]);
      const email = 'audit.outsider@staff.test';
      await hub.gql(
        'mutation($i: CreateStaffUserInput!) { createStaffUser(input: $i) { id } }',
        { i: { email, name: 'Olive Outsider', discipline: 'RN', role: 'MEMBER', password: 'a-long-password' } },
        admin,
      );
      const outsider = await hub.login(email, 'a-long-password');
      await hub.gql(
        'mutation($p: ID!, $r: String!) { breakGlass(patientId: $p, reason: $r) { id } }',
        { p: patientId, r: 'Covering an emergency on the unit' },
        outsider,
      );
      await hub.gql(READ, { id: patientId }, outsider);
      const flagged = await trail({ filter: { breakGlassOnly: true } });
      expect(flagged.entries.map((e) => [e.actorName, e.operation, e.breakGlass])).toEqual([
        ['Olive Outsider', 'patient', true],
        ['Olive Outsider', 'breakGlass', true],
      ]);
    });

    it('pages back from the newest with `first`, `before` and `nextCursor`, each row once', async () => {
      const { entries, read } = await frozen();
      expect(entries.length).toBeGreaterThan(10);
      const first = await read({}, { first: 3 });
      expect(ids(first.entries)).toEqual(ids(entries.slice(0, 3)));
      expect(first.nextCursor).toBe(entries[2]?.id);
      const second = await read({}, { first: 3, before: first.nextCursor });
      expect(ids(second.entries)).toEqual(ids(entries.slice(3, 6)));
      const walked: Entry[] = [...first.entries, ...second.entries];
      let cursor = second.nextCursor;
      while (cursor) {
        const page = await read({}, { first: 4, before: cursor });
        walked.push(...page.entries);
        cursor = page.nextCursor;
      }
      expect(ids(walked)).toEqual(ids(entries));
      const whole = await read({}, { first: entries.length });
      expect(whole.nextCursor).toBeNull();
      const allButOne = await read({}, { first: entries.length - 1 });
      expect(allButOne.nextCursor).toBe(entries[entries.length - 2]?.id);
    });

    it.each([
      ['a from after to', { filter: { from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' } }],
      ['a page of 0', { page: { first: 0 } }],
      ['a page of 500', { page: { first: 500 } }],
      ['a cursor that is not an id', { page: { first: 5, before: 'yesterday' } }],
      ['an actor id that is not an id', { filter: { actorId: 'sam' } }],
    ])('auditTrail with %s is BAD_USER_INPUT', async (_label, variables) => {
      const result = await hub.gql(TRAIL, { id: patientId, ...variables }, casey);
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.data ?? null).toBeNull();
    });
  });

  describe('the hash chain', () => {
    it('verifyAuditChain checks every row of the patient’s chain and reports it intact', async () => {
      const id = patients.get('MRN-100234') ?? '';
      const { entries } = await trail({ id });
      const check = await verify(id);
      // The check is an audited read too: one row more than the trail showed.
      expect(check).toEqual({ chain: id, intact: true, checked: entries.length + 1, firstBrokenId: null });
    });

    it('a row altered in the database is reported as the first broken one, and restoring it heals the chain', async () => {
      const id = patients.get('MRN-100237') ?? '';
      const { entries } = await trail({ id });
      const index = Math.floor(entries.length / 2);
      const target = entries[index];
      if (!target) throw new Error('no row to alter');
      await connection().execute('update audit_entry set operation = ? where id = ?', ['nothing-to-see', target.id]);
      expect(await verify(id)).toMatchObject({
        intact: false,
        firstBrokenId: target.id,
        checked: entries.length - index,
      });
      await connection().execute('update audit_entry set operation = ? where id = ?', [target.operation, target.id]);
      expect(await verify(id)).toMatchObject({ intact: true, firstBrokenId: null });
      await connection().execute('update audit_entry set actor_name = ? where id = ?', ['Someone Else', target.id]);
      expect(await verify(id)).toMatchObject({ intact: false, firstBrokenId: target.id });
      await connection().execute('update audit_entry set actor_name = ? where id = ?', [target.actorName, target.id]);
      expect(await verify(id)).toMatchObject({ intact: true });
    });

    it('a row deleted from the middle is detected at the row after it', async () => {
      const id = patients.get('MRN-100238') ?? '';
      const { entries } = await trail({ id });
      const index = Math.floor(entries.length / 2);
      const deleted = entries[index];
      const next = entries[index - 1];
      if (!deleted || !next) throw new Error('no row to delete');
      await connection().execute('delete from audit_entry where id = ?', [deleted.id]);
      expect(await verify(id)).toMatchObject({ intact: false, firstBrokenId: next.id });
    });

    it('the lead case manager and admins verify a patient’s chain; a nurse may not', async () => {
      expect((await verify(patientId, admin)).intact).toBe(true);
      expect(codeOf(await hub.gql(VERIFY, { id: patientId }, sam))).toBe('FORBIDDEN');
      expect(codeOf(await hub.gql(VERIFY, { id: patientId }))).toBe('UNAUTHENTICATED');
      expect(codeOf(await hub.gql(VERIFY, { id: '00000000-0000-4000-8000-000000000006' }, admin))).toBe('NOT_FOUND');
    });

    it('the hub-wide chain is for admins only, and tampering with it shows too', async () => {
      expect(codeOf(await hub.gql(VERIFY, {}, casey))).toBe('FORBIDDEN');
      expect(codeOf(await hub.gql(VERIFY, {}, riley))).toBe('FORBIDDEN');
      expect(codeOf(await hub.gql(VERIFY, {}))).toBe('UNAUTHENTICATED');
      await hub.gql(
        'mutation($i: CreateStaffUserInput!) { createStaffUser(input: $i) { id } }',
        {
          i: {
            email: 'hub.chain@staff.test',
            name: 'Hub Chain',
            discipline: 'RN',
            role: 'MEMBER',
            password: 'a-long-password',
          },
        },
        admin,
      );
      const check = await verify(null, admin);
      expect(check).toMatchObject({ chain: 'hub', intact: true, firstBrokenId: null });
      expect(check.checked).toBeGreaterThan(0);
      const row = await hub.app.services.orm.em
        .fork()
        .findOne(AuditEntry, { chain: 'hub', operation: 'createStaffUser' }, { orderBy: { id: 'asc' } });
      if (!row) throw new Error('no hub row');
      await connection().execute('update audit_entry set operation = ? where id = ?', ['nothing-to-see', row.id]);
      expect(await verify(null, admin)).toMatchObject({ intact: false, firstBrokenId: String(row.id) });
    });
  });
});
