import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASEY, RILEY, startTestHub, type TestHub } from '../../testing/test-hub.js';
import { BreakGlassGrant } from '../access/break-glass.entity.js';

const TRAIL = `query($id: ID!, $filter: AuditFilterInput, $page: AuditPageInput) {
  auditTrail(patientId: $id, filter: $filter, page: $page) {
    entries { id actorName operation access entityType fields ip requestId breakGlass } nextCursor
  }
}`;
const VERIFY = 'query($id: ID) { verifyAuditChain(patientId: $id) { intact checked firstBrokenId } }';
const BREAK = 'mutation($p: ID!, $r: String!) { breakGlass(patientId: $p, reason: $r) { id expiresAt } }';

interface Entry {
  id: string;
  actorName: string;
  operation: string;
  access: string;
  fields: string[] | null;
  ip: string | null;
  requestId: string | null;
  breakGlass: boolean;
}

describe('audit trail and break-the-glass', () => {
  let hub: TestHub;
  let casey: string;
  let riley: string;
  let admin: string;
  let patientId: string;

  beforeAll(async () => {
    hub = await startTestHub();
    casey = await hub.login(CASEY);
    riley = await hub.login(RILEY);
    admin = await hub.login('admin@demo.carehub.test');
    const list = await hub.gql<{ patients: { id: string; mrn: string }[] }>('{ patients { id mrn } }', {}, casey);
    patientId = list.data?.patients.find((p) => p.mrn === 'MRN-100236')?.id ?? '';
  });
  afterAll(() => hub?.stop());

  const trail = async (filter = {}, page = { first: 200 }) => {
    const r = await hub.gql<{ auditTrail: { entries: Entry[]; nextCursor: string | null } }>(
      TRAIL,
      { id: patientId, filter, page },
      casey,
    );
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return r.data.auditTrail;
  };
  const outsider = async () => {
    const email = `outsider.${Date.now()}@staff.test`;
    await hub.gql(
      'mutation($i: CreateStaffUserInput!) { createStaffUser(input: $i) { id } }',
      { i: { email, name: 'Olive Outsider', discipline: 'RN', role: 'MEMBER', password: 'a-long-password' } },
      admin,
    );
    return hub.login(email, 'a-long-password');
  };

  it('records each read and write with who, what, the fields changed, the address and the request id', async () => {
    await hub.gql(`{ patient(id: "${patientId}") { name } }`, {}, riley, { 'x-request-id': 'read-req-1' });
    const version = (
      await hub.gql<{ patient: { version: number } }>(`{ patient(id: "${patientId}") { version } }`, {}, riley)
    ).data?.patient.version;
    await hub.gql(
      'mutation($i: UpdatePatientInput!) { updatePatient(input: $i) { id } }',
      { i: { id: patientId, expectedVersion: version, bed: '403C', allergies: 'Codeine' } },
      riley,
      { 'x-request-id': 'write-req-1' },
    );
    const { entries } = await trail();
    const read = entries.find((e) => e.requestId === 'read-req-1');
    const write = entries.find((e) => e.requestId === 'write-req-1');
    expect(read).toMatchObject({ actorName: 'Riley Chen', operation: 'patient', access: 'READ', breakGlass: false });
    expect(read?.ip).toMatch(/127\.0\.0\.1/);
    expect(write).toMatchObject({ actorName: 'Riley Chen', operation: 'updatePatient', access: 'WRITE' });
    expect(write?.fields?.sort()).toEqual(['allergies', 'bed']);
  });

  it('reading the trail is itself recorded', async () => {
    await trail();
    const { entries } = await trail();
    expect(entries[0]).toMatchObject({ actorName: 'Casey Morgan', operation: 'auditTrail', access: 'READ' });
  });

  it('filters by access and pages back with a cursor', async () => {
    const writes = await trail({ access: 'WRITE' });
    expect(writes.entries.length).toBeGreaterThan(0);
    expect(writes.entries.every((e) => e.access === 'WRITE')).toBe(true);
    const all = await trail({}, { first: 200 });
    const first = await trail({}, { first: 3 });
    expect(first.entries).toHaveLength(3);
    const next = await hub.gql<{ auditTrail: { entries: Entry[] } }>(
      TRAIL,
      { id: patientId, page: { first: 3, before: first.nextCursor } },
      casey,
    );
    const ids = next.data?.auditTrail.entries.map((e) => BigInt(e.id)) ?? [];
    expect(ids.every((id) => id < BigInt(first.nextCursor ?? '0'))).toBe(true);
    expect(all.entries.length).toBeGreaterThan(6);
  });

  it('only the lead case manager and admins may read the trail', async () => {
    expect((await hub.gql(TRAIL, { id: patientId }, riley)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await hub.gql(TRAIL, { id: patientId }, admin)).errors).toBeUndefined();
    expect((await hub.gql(TRAIL, { id: patientId })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it.each([
    ['a from after to', { filter: { from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' } }],
    ['a page of 0', { page: { first: 0 } }],
    ['a page of 500', { page: { first: 500 } }],
    ['a cursor that is not an id', { page: { first: 5, before: 'yesterday' } }],
  ])('auditTrail with %s is BAD_USER_INPUT', async (_label, variables) => {
    const result = await hub.gql(TRAIL, { id: patientId, ...variables }, casey);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('verifyAuditChain finds the first altered row, and a deleted one', async () => {
    const intact = await hub.gql<{ verifyAuditChain: { intact: boolean; checked: number } }>(
      VERIFY,
      { id: patientId },
      casey,
    );
    expect(intact.data?.verifyAuditChain.intact).toBe(true);
    const { entries } = await trail();
    const target = entries[Math.floor(entries.length / 2)];
    const connection = hub.app.services.orm.em.fork().getConnection();
    await connection.execute('update audit_entry set operation = ? where id = ?', ['nothing-to-see', target?.id]);
    const broken = await hub.gql<{ verifyAuditChain: { intact: boolean; firstBrokenId: string } }>(
      VERIFY,
      { id: patientId },
      casey,
    );
    expect(broken.data?.verifyAuditChain).toMatchObject({ intact: false, firstBrokenId: target?.id });
    await connection.execute('update audit_entry set operation = ? where id = ?', [target?.operation, target?.id]);
    const restored = await hub.gql<{ verifyAuditChain: { intact: boolean } }>(VERIFY, { id: patientId }, casey);
    expect(restored.data?.verifyAuditChain.intact).toBe(true);
    const later = entries[Math.floor(entries.length / 3)];
    await connection.execute('delete from audit_entry where id = ?', [later?.id]);
    const gap = await hub.gql<{ verifyAuditChain: { intact: boolean; firstBrokenId: string } }>(
      VERIFY,
      { id: patientId },
      casey,
    );
    expect(gap.data?.verifyAuditChain.intact).toBe(false);
    expect(BigInt(gap.data?.verifyAuditChain.firstBrokenId ?? '0')).toBeGreaterThan(BigInt(later?.id ?? '0'));
  });

  it('the hub-wide chain is for admins', async () => {
    expect((await hub.gql(VERIFY, {}, casey)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(
      (await hub.gql<{ verifyAuditChain: { intact: boolean } }>(VERIFY, {}, admin)).data?.verifyAuditChain.intact,
    ).toBe(true);
  });

  describe('break the glass', () => {
    it('grants an outsider an hour of access, flagged on every read, until it expires', async () => {
      const token = await outsider();
      const read = `{ patient(id: "${patientId}") { name } }`;
      expect((await hub.gql(read, {}, token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const granted = await hub.gql<{ breakGlass: { expiresAt: string } }>(
        BREAK,
        { p: patientId, r: 'Rapid response: covering for the primary nurse' },
        token,
      );
      expect(Date.parse(granted.data?.breakGlass.expiresAt ?? '') - Date.now()).toBeGreaterThan(55 * 60_000);
      expect((await hub.gql(read, {}, token)).errors).toBeUndefined();
      const flagged = await trail({ breakGlassOnly: true });
      expect(flagged.entries.map((e) => e.operation).sort()).toEqual(['breakGlass', 'patient']);
      expect(flagged.entries.find((e) => e.operation === 'breakGlass')?.fields?.[0]).toContain('Rapid response');
      await hub.app.services.orm.em
        .fork()
        .nativeUpdate(BreakGlassGrant, { patientId }, { expiresAt: new Date(Date.now() - 1000) });
      expect((await hub.gql(read, {}, token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it.each([
      ['no reason', '', 'BAD_USER_INPUT'],
      ['a reason under ten characters', 'urgent', 'BAD_USER_INPUT'],
    ])('breakGlass with %s is refused and grants nothing', async (_label, reason, code) => {
      const token = await outsider();
      const result = await hub.gql(BREAK, { p: patientId, r: reason }, token);
      expect(result.errors?.[0]?.extensions?.code).toBe(code);
      expect((await hub.gql(`{ patient(id: "${patientId}") { name } }`, {}, token)).errors?.[0]?.extensions?.code).toBe(
        'FORBIDDEN',
      );
    });

    it('breakGlass by someone who already has access, on an unknown patient, and anonymously', async () => {
      const grants = async () => hub.app.services.orm.em.fork().count(BreakGlassGrant, {});
      const before = await grants();
      expect(
        (await hub.gql(BREAK, { p: patientId, r: 'I am on the unit already' }, riley)).errors?.[0]?.extensions?.code,
      ).toBe('BAD_USER_INPUT');
      expect(
        (await hub.gql(BREAK, { p: '00000000-0000-4000-8000-000000000002', r: 'Unknown patient here' }, riley))
          .errors?.[0]?.extensions?.code,
      ).toBe('NOT_FOUND');
      expect((await hub.gql(BREAK, { p: patientId, r: 'Anonymous attempt here' })).errors?.[0]?.extensions?.code).toBe(
        'UNAUTHENTICATED',
      );
      expect(await grants()).toBe(before);
    });
  });
});
