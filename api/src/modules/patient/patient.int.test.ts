import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASEY, RILEY, startTestHub, type TestHub } from '../../testing/test-hub.js';

const PATIENT_FIELDS = 'id mrn name dateOfBirth bed admittedAt version unit { id code }';
const CREATE = `mutation($input: CreatePatientInput!) { createPatient(input: $input) { ${PATIENT_FIELDS} } }`;
const UPDATE = `mutation($input: UpdatePatientInput!) { updatePatient(input: $input) { ${PATIENT_FIELDS} } }`;
const LIST = `query($filter: PatientFilterInput) { patients(filter: $filter) { ${PATIENT_FIELDS} } }`;
const ONE = `query($id: ID!) { patient(id: $id) { ${PATIENT_FIELDS} } }`;

interface PatientResult {
  id: string;
  mrn: string;
  name: string;
  bed: string | null;
  version: number;
  unit: { id: string; code: string };
}

describe('patients on the one write path', () => {
  let hub: TestHub;
  let riley: string;
  let casey: string;
  let unitId: string;

  beforeAll(async () => {
    hub = await startTestHub();
    riley = await hub.login(RILEY);
    casey = await hub.login(CASEY);
    const me = await hub.gql<{ me: { units: { id: string }[] } }>('{ me { units { id } } }', {}, riley);
    unitId = me.data?.me.units[0]?.id ?? '';
  });
  afterAll(() => hub?.stop());

  const newPatient = (overrides: Record<string, unknown> = {}) => ({
    mrn: `MRN-${Math.floor(Math.random() * 1e9)}`,
    name: 'Ada Lovelace',
    dateOfBirth: '1950-12-10',
    unitId,
    bed: '410A',
    admittedAt: new Date(Date.now() - 3_600_000).toISOString(),
    ...overrides,
  });

  async function patientCount(): Promise<number> {
    return (await hub.read<{ patients: PatientResult[] }>(LIST, {}, riley)).patients.length;
  }

  async function snapshot(id: string): Promise<PatientResult> {
    return (await hub.read<{ patient: PatientResult }>(ONE, { id }, riley)).patient;
  }

  it('lists the demo unit for a nurse on it', async () => {
    const result = await hub.gql<{ patients: PatientResult[] }>(LIST, {}, riley);
    expect(result.errors).toBeUndefined();
    expect(result.data?.patients.length).toBe(12);
    expect(result.data?.patients.every((p) => p.unit.code === '4W')).toBe(true);
  });

  it('searches by name, MRN or bed', async () => {
    const byBed = await hub.gql<{ patients: PatientResult[] }>(LIST, { filter: { search: '402' } }, riley);
    expect(byBed.data?.patients.map((p) => p.bed).sort()).toEqual(['402A', '402B']);
    const wildcard = await hub.gql<{ patients: PatientResult[] }>(LIST, { filter: { search: '%' } }, riley);
    expect(wildcard.data?.patients).toEqual([]);
  });

  it('search ignores case and takes LIKE wildcards literally, on every database', async () => {
    const search = async (text: string) =>
      (await hub.gql<{ patients: PatientResult[] }>(LIST, { filter: { search: text } }, riley)).data?.patients.map(
        (p) => p.mrn,
      );
    expect(await search('wHITFIELD')).toEqual(['MRN-100231']);
    expect(await search('mrn-10023_')).toEqual([]);
    expect(await search('401_')).toEqual([]);
  });

  it('creates a patient that every team member then sees', async () => {
    const input = newPatient();
    const created = await hub.gql<{ createPatient: PatientResult }>(CREATE, { input }, riley);
    expect(created.errors, JSON.stringify(created.errors)).toBeUndefined();
    expect(created.data?.createPatient).toMatchObject({ mrn: input.mrn, version: 1, bed: '410A' });
    const seenByCasey = await hub.gql<{ patient: PatientResult }>(ONE, { id: created.data?.createPatient.id }, casey);
    expect(seenByCasey.data?.patient.mrn).toBe(input.mrn);
  });

  it('the same clientMutationId twice creates one patient', async () => {
    const before = await patientCount();
    const input = newPatient({ clientMutationId: 'retry-0000-0001' });
    const first = await hub.gql<{ createPatient: PatientResult }>(CREATE, { input }, riley);
    const second = await hub.gql<{ createPatient: PatientResult }>(CREATE, { input }, riley);
    expect(first.errors).toBeUndefined();
    expect(second.errors).toBeUndefined();
    expect(second.data?.createPatient.id).toBe(first.data?.createPatient.id);
    expect(await patientCount()).toBe(before + 1);
  });

  it('concurrent retries with one clientMutationId still create one patient', async () => {
    const before = await patientCount();
    const input = newPatient({ clientMutationId: 'retry-0000-0002' });
    const results = await Promise.all(
      [1, 2, 3, 4].map(() => hub.gql<{ createPatient: PatientResult }>(CREATE, { input }, riley)),
    );
    const ids = new Set(results.map((r) => r.data?.createPatient.id));
    expect(results.every((r) => r.errors === undefined)).toBe(true);
    expect(ids.size).toBe(1);
    expect(await patientCount()).toBe(before + 1);
  });

  it('updates with the current expectedVersion and bumps the version', async () => {
    const created = await hub.gql<{ createPatient: PatientResult }>(CREATE, { input: newPatient() }, riley);
    const id = created.data?.createPatient.id;
    const updated = await hub.gql<{ updatePatient: PatientResult }>(
      UPDATE,
      { input: { id, expectedVersion: 1, bed: '411B', name: '  Ada King  ' } },
      casey,
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data?.updatePatient).toMatchObject({ bed: '411B', name: 'Ada King', version: 2 });
  });

  it('a stale expectedVersion is refused with CONFLICT carrying the current patient, and nothing changes', async () => {
    const created = await hub.gql<{ createPatient: PatientResult }>(CREATE, { input: newPatient() }, riley);
    const id = created.data?.createPatient.id ?? '';
    await hub.gql(UPDATE, { input: { id, expectedVersion: 1, bed: '412A' } }, riley);
    const stale = await hub.gql(UPDATE, { input: { id, expectedVersion: 1, bed: '499Z' } }, casey);
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(stale.errors?.[0]?.extensions?.current).toMatchObject({ id, bed: '412A', version: 2 });
    expect(await snapshot(id)).toMatchObject({ bed: '412A', version: 2 });
  });

  it('two simultaneous edits from the same version: one wins, the other gets CONFLICT', async () => {
    const created = await hub.gql<{ createPatient: PatientResult }>(CREATE, { input: newPatient() }, riley);
    const id = created.data?.createPatient.id ?? '';
    const [a, b] = await Promise.all([
      hub.gql(UPDATE, { input: { id, expectedVersion: 1, bed: 'A-SIDE' } }, riley),
      hub.gql(UPDATE, { input: { id, expectedVersion: 1, bed: 'B-SIDE' } }, casey),
    ]);
    const codes = [a, b].map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const final = await snapshot(id);
    expect(final?.version).toBe(2);
    expect(['A-SIDE', 'B-SIDE']).toContain(final?.bed);
  });

  describe('bad input gets a coded error and changes nothing', () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ['an over-long name', { name: 'x'.repeat(201) }, 'BAD_USER_INPUT'],
      ['a blank name', { name: '   ' }, 'BAD_USER_INPUT'],
      ['a malformed MRN', { mrn: 'no spaces allowed' }, 'BAD_USER_INPUT'],
      ['a date of birth in the future', { dateOfBirth: '2999-01-01' }, 'BAD_USER_INPUT'],
      ['a date of birth before 1900', { dateOfBirth: '1850-01-01' }, 'BAD_USER_INPUT'],
      ['an impossible date', { dateOfBirth: '1950-02-30' }, 'BAD_USER_INPUT'],
      [
        'an admission before birth',
        { dateOfBirth: '1990-05-05', admittedAt: '1980-01-01T00:00:00Z' },
        'BAD_USER_INPUT',
      ],
      [
        'an admission a week ahead',
        { admittedAt: new Date(Date.now() + 7 * 86_400_000).toISOString() },
        'BAD_USER_INPUT',
      ],
      ['an over-long bed', { bed: 'B'.repeat(17) }, 'BAD_USER_INPUT'],
      ['an unknown unit', { unitId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND'],
      ['a unit id that is not an id', { unitId: 'ward-4' }, 'BAD_USER_INPUT'],
      ['an unknown field', { ward: '4W' }, 'BAD_USER_INPUT'],
    ];
    it.each(cases)('createPatient with %s', async (_label, overrides, code) => {
      const before = await patientCount();
      const result = await hub.gql(CREATE, { input: newPatient(overrides) }, riley);
      expect(result.errors?.[0]?.extensions?.code).toBe(code);
      expect(result.errors?.[0]?.message).not.toMatch(/Argument Validation Error/);
      expect(await patientCount()).toBe(before);
    });

    it('createPatient with a duplicate MRN', async () => {
      const input = newPatient();
      await hub.gql(CREATE, { input }, riley);
      const before = await patientCount();
      const duplicate = await hub.gql(CREATE, { input: { ...input, name: 'Someone Else' } }, riley);
      expect(duplicate.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(duplicate.errors?.[0]?.message).toContain(input.mrn);
      expect(await patientCount()).toBe(before);
    });

    const updateCases: [string, Record<string, unknown>, string][] = [
      ['an over-long name', { name: 'x'.repeat(201) }, 'BAD_USER_INPUT'],
      ['a future date of birth', { dateOfBirth: '2999-01-01' }, 'BAD_USER_INPUT'],
      ['an admission before birth', { admittedAt: '1901-01-01T00:00:00Z' }, 'BAD_USER_INPUT'],
      ['expectedVersion 0', { expectedVersion: 0 }, 'BAD_USER_INPUT'],
      ['a stale version', { expectedVersion: 7 }, 'CONFLICT'],
      ['an unknown unit', { unitId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND'],
    ];
    it.each(updateCases)('updatePatient with %s', async (_label, overrides, code) => {
      const created = await hub.gql<{ createPatient: PatientResult }>(CREATE, { input: newPatient() }, riley);
      const id = created.data?.createPatient.id ?? '';
      const before = await snapshot(id);
      const result = await hub.gql(UPDATE, { input: { id, expectedVersion: 1, ...overrides } }, riley);
      expect(result.errors?.[0]?.extensions?.code).toBe(code);
      expect(await snapshot(id)).toEqual(before);
    });

    it('updatePatient of an unknown patient', async () => {
      const result = await hub.gql(
        UPDATE,
        { input: { id: '00000000-0000-4000-8000-000000000001', expectedVersion: 1, bed: '1' } },
        riley,
      );
      expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });

    it('patient with an id that is not an id', async () => {
      const result = await hub.gql(ONE, { id: "1' or '1'='1" }, riley);
      expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });
  });

  describe('access', () => {
    it('anonymous callers are UNAUTHENTICATED for every patient operation', async () => {
      for (const [query, variables] of [
        [LIST, {}],
        [CREATE, { input: newPatient() }],
      ] as const) {
        const result = await hub.gql(query, variables);
        expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      }
    });

    it('a forged or expired-looking token is UNAUTHENTICATED', async () => {
      const result = await hub.gql(LIST, {}, 'forged-token-value');
      expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('staff not on the unit are FORBIDDEN and see an empty list', async () => {
      const admin = await hub.login('admin@demo.carehub.test');
      const before = await patientCount();
      const created = await hub.gql(CREATE, { input: newPatient() }, admin);
      expect(created.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(await patientCount()).toBe(before);
      const list = await hub.gql<{ patients: PatientResult[] }>(LIST, {}, admin);
      expect(list.data?.patients).toEqual([]);
      const anyPatient = (await hub.gql<{ patients: PatientResult[] }>(LIST, {}, riley)).data?.patients[0];
      const one = await hub.gql(ONE, { id: anyPatient?.id }, admin);
      expect(one.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });
  });
});
