import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASEY, startTestHub, type TestHub } from '../../testing/test-hub.js';

const FIELDS = `id status version admittedAt dischargedAt disposition lengthOfStayDays expectedDischargeDate
  admittingDiagnosis allergies primaryLanguage interpreterNeeded attending { name }
  conditions { code description status } coverages { type payer primary } emergencyContacts { name phone }
  encounters { admittedAt dischargedAt disposition }`;
const ONE = `query($id: ID!) { patient(id: $id) { ${FIELDS} } }`;
const CREATE = `mutation($input: CreatePatientInput!) { createPatient(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdatePatientInput!) { updatePatient(input: $input) { ${FIELDS} } }`;
const DISCHARGE = `mutation($input: DischargePatientInput!) { dischargePatient(input: $input) { ${FIELDS} } }`;
const READMIT = `mutation($input: ReadmitPatientInput!) { readmitPatient(input: $input) { ${FIELDS} } }`;

interface Stay {
  id: string;
  status: string;
  version: number;
  admittedAt: string;
  dischargedAt: string | null;
  lengthOfStayDays: number;
  encounters: { disposition: string }[];
  conditions: { code: string | null; description: string }[];
}

const DAY = 86_400_000;

describe('the patient record and the stay', () => {
  let hub: TestHub;
  let casey: string;
  let unitId: string;

  beforeAll(async () => {
    hub = await startTestHub();
    casey = await hub.login(CASEY);
    const me = await hub.gql<{ me: { units: { id: string }[] } }>('{ me { units { id } } }', {}, casey);
    unitId = me.data?.me.units[0]?.id ?? '';
  });
  afterAll(() => hub?.stop());

  const admit = async (daysAgo = 3): Promise<Stay> => {
    const result = await hub.gql<{ createPatient: Stay }>(
      CREATE,
      {
        input: {
          mrn: `MRN-S${Math.floor(Math.random() * 1e9)}`,
          name: 'Stay Tester',
          dateOfBirth: '1948-02-02',
          unitId,
          admittedAt: new Date(Date.now() - daysAgo * DAY).toISOString(),
          admittingDiagnosis: 'Heart failure exacerbation',
          expectedDischargeDate: new Date(Date.now() + 2 * DAY).toISOString().slice(0, 10),
          conditions: [{ code: 'I50.9', codeSystem: 'ICD-10-CM', description: 'Heart failure' }],
          coverages: [{ type: 'MEDICARE', payer: 'Medicare', primary: true }],
          emergencyContacts: [{ name: 'Pat Tester', relationship: 'Spouse', phone: '+1 555 0100' }],
          allergies: 'None known',
          primaryLanguage: 'Spanish',
          interpreterNeeded: true,
        },
      },
      casey,
    );
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.createPatient;
  };

  const read = async (id: string) => (await hub.gql<{ patient: Stay }>(ONE, { id }, casey)).data?.patient;

  it('keeps the whole record a case manager works from', async () => {
    const stay = await admit(3);
    expect(stay).toMatchObject({
      status: 'ADMITTED',
      lengthOfStayDays: 3,
      admittingDiagnosis: 'Heart failure exacerbation',
      interpreterNeeded: true,
      primaryLanguage: 'Spanish',
      conditions: [{ code: 'I50.9', description: 'Heart failure', status: 'ACTIVE' }],
      coverages: [{ type: 'MEDICARE', payer: 'Medicare', primary: true }],
      emergencyContacts: [{ name: 'Pat Tester', phone: '+1 555 0100' }],
    });
  });

  it('the demo patients come with their attending and problem list', async () => {
    const list = await hub.gql<{ patients: { id: string; mrn: string }[] }>('{ patients { id mrn } }', {}, casey);
    const eleanor = list.data?.patients.find((p) => p.mrn === 'MRN-100231');
    const record = await hub.gql<{ patient: { attending: { name: string }; conditions: unknown[] } }>(
      ONE,
      { id: eleanor?.id },
      casey,
    );
    expect(record.data?.patient.attending.name).toBe('Dr. Minh Nguyen');
    expect(record.data?.patient.conditions.length).toBe(3);
  });

  it('discharge ends the stay, keeps it as an encounter and takes the patient off the unit list', async () => {
    const stay = await admit(5);
    const discharged = await hub.gql<{ dischargePatient: Stay }>(
      DISCHARGE,
      {
        input: {
          id: stay.id,
          expectedVersion: stay.version,
          dischargedAt: new Date().toISOString(),
          disposition: 'HOME_WITH_HOME_HEALTH',
        },
      },
      casey,
    );
    expect(discharged.errors).toBeUndefined();
    expect(discharged.data?.dischargePatient).toMatchObject({
      status: 'DISCHARGED',
      disposition: 'HOME_WITH_HOME_HEALTH',
      lengthOfStayDays: 5,
      encounters: [{ disposition: 'HOME_WITH_HOME_HEALTH' }],
    });
    const admitted = await hub.gql<{ patients: { id: string }[] }>('{ patients { id } }', {}, casey);
    expect(admitted.data?.patients.map((p) => p.id)).not.toContain(stay.id);
    const gone = await hub.gql<{ patients: { id: string }[] }>(
      '{ patients(filter: { status: DISCHARGED }) { id } }',
      {},
      casey,
    );
    expect(gone.data?.patients.map((p) => p.id)).toContain(stay.id);
  });

  it('readmission starts a new stay and keeps the earlier one', async () => {
    const stay = await admit(6);
    const out = await hub.gql<{ dischargePatient: Stay }>(
      DISCHARGE,
      {
        input: {
          id: stay.id,
          expectedVersion: stay.version,
          dischargedAt: new Date(Date.now() - 2 * DAY).toISOString(),
          disposition: 'HOME',
        },
      },
      casey,
    );
    const back = await hub.gql<{ readmitPatient: Stay }>(
      READMIT,
      {
        input: {
          id: stay.id,
          expectedVersion: out.data?.dischargePatient.version,
          admittedAt: new Date().toISOString(),
          unitId,
          bed: '499A',
          admittingDiagnosis: 'Readmission: fluid overload',
        },
      },
      casey,
    );
    expect(back.errors).toBeUndefined();
    expect(back.data?.readmitPatient).toMatchObject({
      status: 'ADMITTED',
      dischargedAt: null,
      disposition: null,
      lengthOfStayDays: 0,
      encounters: [{ disposition: 'HOME' }],
    });
  });

  describe('bad input gets a coded error and the record stays as it was', () => {
    it.each([
      [
        'a discharge before the admission',
        (s: Stay) => ({ dischargedAt: new Date(Date.parse(s.admittedAt) - DAY).toISOString(), disposition: 'HOME' }),
      ],
      [
        'a discharge a week ahead',
        () => ({ dischargedAt: new Date(Date.now() + 7 * DAY).toISOString(), disposition: 'HOME' }),
      ],
      ['an unknown disposition', () => ({ dischargedAt: new Date().toISOString(), disposition: 'BEACH' })],
    ])('dischargePatient with %s', async (_label, make) => {
      const stay = await admit();
      const result = await hub.gql(
        DISCHARGE,
        { input: { id: stay.id, expectedVersion: stay.version, ...make(stay) } },
        casey,
      );
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(await read(stay.id)).toEqual(stay);
    });

    it('discharging twice', async () => {
      const stay = await admit();
      const once = await hub.gql<{ dischargePatient: Stay }>(
        DISCHARGE,
        {
          input: {
            id: stay.id,
            expectedVersion: stay.version,
            dischargedAt: new Date().toISOString(),
            disposition: 'HOME',
          },
        },
        casey,
      );
      const snapshot = await read(stay.id);
      const twice = await hub.gql(
        DISCHARGE,
        {
          input: {
            id: stay.id,
            expectedVersion: once.data?.dischargePatient.version,
            dischargedAt: new Date().toISOString(),
            disposition: 'HOME',
          },
        },
        casey,
      );
      expect(twice.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(await read(stay.id)).toEqual(snapshot);
    });

    it('readmitting a patient who is still admitted', async () => {
      const stay = await admit();
      const result = await hub.gql(
        READMIT,
        { input: { id: stay.id, expectedVersion: stay.version, admittedAt: new Date().toISOString(), unitId } },
        casey,
      );
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(await read(stay.id)).toEqual(stay);
    });

    it.each([
      ['an expected discharge before admission', { expectedDischargeDate: '2001-01-01' }],
      ['a condition without a description', { conditions: [{ description: '   ' }] }],
      ['an over-long condition code', { conditions: [{ code: 'X'.repeat(21), description: 'x' }] }],
      [
        'two primary coverages',
        {
          coverages: [
            { type: 'MEDICARE', payer: 'A', primary: true },
            { type: 'MEDICAID', payer: 'B', primary: true },
          ],
        },
      ],
      ['an unknown coverage type', { coverages: [{ type: 'BARTER', payer: 'A' }] }],
      ['a phone number with letters', { emergencyContacts: [{ name: 'A', relationship: 'B', phone: 'call me' }] }],
      ['over-long allergies', { allergies: 'a'.repeat(2001) }],
      ['an unknown attending', { attendingId: '00000000-0000-4000-8000-000000000005' }],
    ])('updatePatient with %s', async (_label, patch) => {
      const stay = await admit();
      const result = await hub.gql(UPDATE, { input: { id: stay.id, expectedVersion: stay.version, ...patch } }, casey);
      expect(['BAD_USER_INPUT', 'NOT_FOUND']).toContain(result.errors?.[0]?.extensions?.code);
      expect(await read(stay.id)).toEqual(stay);
    });
  });
});
