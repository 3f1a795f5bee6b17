import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Streams } from '../../platform/events/streams.js';
import { CASEY, codeOf, collectLive, RILEY, startTestHub, type TestHub } from '../../testing/test-hub.js';

const DAY = 86_400_000;
const RISK = `readmissionRisk { id score level missing charlsonIndex
  components { letter value points missing } comorbidities { category codes charlsonWeight laceWeight } }`;
const PATIENT = `query($id: ID!) { patient(id: $id) { id version admissionAcuity ${RISK}
  emergencyVisitHistory { id version visits { date facility ledToAdmission } } } }`;
const UPDATE = 'mutation($i: UpdatePatientInput!) { updatePatient(input: $i) { id version } }';
const RECORD = `mutation($i: RecordEmergencyVisitsInput!) { recordEmergencyVisits(input: $i) { id version ${RISK} } }`;
const WORKLIST = '{ worklist(kind: HIGH_READMISSION_RISK) { id name readmissionRisk { score } } }';

interface Risk {
  id: string;
  score: number | null;
  level: string | null;
  missing: string[];
  charlsonIndex: number | null;
  components: { letter: string; value: string | null; points: number | null; missing: string | null }[];
  comorbidities: { category: string; codes: string[]; charlsonWeight: number; laceWeight: number }[];
}
interface PatientRead {
  patient: {
    id: string;
    version: number;
    admissionAcuity: string | null;
    readmissionRisk: Risk;
    emergencyVisitHistory: { id: string; version: number; visits: { date: string }[] } | null;
  };
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('readmission risk (LACE) from the record', () => {
  let hub: TestHub;
  let casey: string;
  let riley: string;
  let unitId: string;

  beforeAll(async () => {
    hub = await startTestHub();
    casey = await hub.login(CASEY);
    riley = await hub.login(RILEY);
    unitId = (await hub.read<{ me: { units: { id: string }[] } }>('{ me { units { id } } }', {}, casey)).me.units[0]
      ?.id as string;
  });
  afterAll(() => hub?.stop());

  /** A patient admitted `days` ago with the given ICD-10-CM codes. */
  const admit = async (days: number, codes: string[], codeSystem = 'ICD-10-CM') => {
    const r = await hub.gql<{ createPatient: { id: string; version: number } }>(
      'mutation($i: CreatePatientInput!) { createPatient(input: $i) { id version } }',
      {
        i: {
          mrn: `MRN-R${randomUUID().slice(0, 8)}`,
          name: `Risk ${randomUUID().slice(0, 4)}`,
          dateOfBirth: '1950-03-02',
          unitId,
          admittedAt: new Date(Date.now() - days * DAY - 3_600_000).toISOString(),
          conditions: codes.map((code) => ({ code, codeSystem, description: `Condition ${code}` })),
        },
      },
      casey,
    );
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return r.data.createPatient;
  };
  const read = async (id: string, token = casey) => (await hub.read<PatientRead>(PATIENT, { id }, token)).patient;
  const setAcuity = async (id: string, version: number, admissionAcuity: string) => {
    const r = await hub.gql<{ updatePatient: { version: number } }>(
      UPDATE,
      { i: { id, expectedVersion: version, admissionAcuity } },
      casey,
    );
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return r.data.updatePatient.version;
  };
  const recordVisits = (patientId: string, expectedVersion: number | null, visits: unknown[], token = casey) =>
    hub.gql<{ recordEmergencyVisits: { version: number; readmissionRisk: Risk } }>(
      RECORD,
      { i: { patientId, expectedVersion, visits } },
      token,
    );

  it('the demo unit shows LACE across the range, with incomplete scores naming their missing input', async () => {
    const { myCaseload } = await hub.read<{
      myCaseload: { mrn: string; readmissionRisk: { score: number | null; level: string | null; missing: string[] } }[];
    }>('{ myCaseload { mrn readmissionRisk { score level missing } } }', {}, casey);
    const byMrn = new Map(myCaseload.map((p) => [p.mrn, p.readmissionRisk]));
    // Eleanor Whitfield: 4 days (4) + emergent (3) + CHF 2 + diabetes 1 = 3 (3) + 2 ED visits (2).
    expect(byMrn.get('MRN-100231')).toMatchObject({ score: 12, level: 'HIGH' });
    expect(byMrn.get('MRN-100232')).toMatchObject({ score: 6, level: 'MODERATE' });
    expect(byMrn.get('MRN-100235')).toMatchObject({ score: 2, level: 'LOW' });
    expect(byMrn.get('MRN-100237')?.missing).toEqual([
      'Admission acuity (emergent or elective) is not recorded for this stay.',
    ]);
    expect(byMrn.get('MRN-100241')?.missing).toEqual([
      'Emergency department visits in the six months before admission are not reviewed for this stay.',
    ]);
  });

  it('names every missing input and gives no total until the record holds them', async () => {
    const p = await admit(5, ['I50.9', 'J44.9']);
    const risk = (await read(p.id)).readmissionRisk;
    expect(risk.score).toBeNull();
    expect(risk.level).toBeNull();
    expect(risk.missing).toEqual([
      'Admission acuity (emergent or elective) is not recorded for this stay.',
      'Emergency department visits in the six months before admission are not reviewed for this stay.',
    ]);
    expect(risk.components.map((c) => [c.letter, c.points])).toEqual([
      ['L', 4],
      ['A', null],
      ['C', 5],
      ['E', null],
    ]);
  });

  it('computes LACE with each component and its points once acuity and the ED history are recorded', async () => {
    const p = await admit(5, ['I50.9', 'J44.9', 'I10']);
    await setAcuity(p.id, p.version, 'EMERGENT');
    const now = Date.now();
    const recorded = await recordVisits(p.id, null, [
      { date: isoDay(now - 40 * DAY), facility: 'Mercy ED', ledToAdmission: false },
      { date: isoDay(now - 100 * DAY), facility: null, ledToAdmission: false },
      { date: isoDay(now - 5 * DAY), facility: 'Mercy ED', ledToAdmission: true },
      { date: isoDay(now - 300 * DAY), facility: null, ledToAdmission: false },
    ]);
    expect(recorded.errors).toBeUndefined();
    const risk = (await read(p.id, riley)).readmissionRisk;
    expect(risk.components).toEqual([
      { letter: 'L', value: '5 days', points: 4, missing: null },
      { letter: 'A', value: 'Emergent', points: 3, missing: null },
      { letter: 'C', value: 'Comorbidity score 4', points: 5, missing: null },
      { letter: 'E', value: '2 visits', points: 2, missing: null },
    ]);
    expect(risk).toMatchObject({ score: 14, level: 'HIGH', missing: [], charlsonIndex: 2 });
    expect(risk.comorbidities).toEqual([
      { category: 'CONGESTIVE_HEART_FAILURE', codes: ['I50.9'], charlsonWeight: 1, laceWeight: 2 },
      { category: 'CHRONIC_PULMONARY_DISEASE', codes: ['J44.9'], charlsonWeight: 1, laceWeight: 2 },
    ]);
  });

  it('conditions recorded as free text or another code system leave C missing, named', async () => {
    const p = await admit(1, ['84114007'], 'SNOMED CT');
    const c = (await read(p.id)).readmissionRisk.components.find((x) => x.letter === 'C');
    expect(c).toEqual({
      letter: 'C',
      value: null,
      points: null,
      missing: 'No condition on the record is coded in ICD-10.',
    });
  });

  it('an input change reaches the patient stream with the recomputed risk', async () => {
    const p = await admit(2, ['E11.9']);
    await recordVisits(p.id, null, []);
    const feed = await collectLive<{ patientEvents: { entityType: string; node: { readmissionRisk: Risk } } }>(
      hub.ws(riley),
      `subscription($id: ID!, $after: ID) { patientEvents(patientId: $id, after: $after) {
        entityType node { ... on Patient { ${RISK} } ... on EmergencyVisitHistory { ${RISK} } } } }`,
      { id: p.id },
      await hub.newestEventId(Streams.patient(p.id)),
    );
    const version = (await read(p.id)).version;
    await setAcuity(p.id, version, 'ELECTIVE');
    const history = (await read(p.id)).emergencyVisitHistory;
    await recordVisits(p.id, history?.version ?? null, [
      { date: isoDay(Date.now() - 20 * DAY), facility: null, ledToAdmission: false },
    ]);
    const events = await feed.until(2);
    feed.stop();
    // 2 days (2) + elective (0) + uncomplicated diabetes (1) + no visits, then one visit (1).
    expect(events.map((e) => [e.patientEvents.entityType, e.patientEvents.node.readmissionRisk.score])).toEqual([
      ['Patient', 3],
      ['EmergencyVisitHistory', 4],
    ]);
  });

  it('the high-risk worklist lists my caseload at LACE ≥ 10, highest first, and follows a change', async () => {
    const staff = await hub.read<{ staff: { id: string; email: string }[] }>('{ staff { id email } }', {}, casey);
    const pt = staff.staff.find((s) => s.email === 'taylor.brooks@demo.carehub.test')?.id;
    const taylor = await hub.login('taylor.brooks@demo.carehub.test');
    const make = async (days: number, codes: string[], visits: number) => {
      const p = await admit(days, codes);
      await setAcuity(p.id, p.version, 'EMERGENT');
      await recordVisits(
        p.id,
        null,
        Array.from({ length: visits }, (_, i) => ({
          date: isoDay(Date.now() - (20 + i) * DAY),
          ledToAdmission: false,
        })),
      );
      await hub.gql(
        'mutation($i: AddCareTeamMemberInput!) { addCareTeamMember(input: $i) { id } }',
        { i: { patientId: p.id, userId: pt, role: 'THERAPIST' } },
        casey,
      );
      return p.id;
    };
    const eleven = await make(4, ['I50.9'], 2); // 4 + 3 + 2 + 2
    const sixteen = await make(8, ['C78.0'], 3); // 5 + 3 + 5 + 3
    const seven = await make(1, ['I10'], 3); // 1 + 3 + 0 + 3
    const ids = async () =>
      (await hub.read<{ worklist: { id: string }[] }>(WORKLIST, {}, taylor)).worklist
        .map((p) => p.id)
        .filter((id) => [eleven, sixteen, seven].includes(id));
    expect(await ids()).toEqual([sixteen, eleven]);
    const history = (await read(seven)).emergencyVisitHistory;
    await recordVisits(
      seven,
      history?.version ?? null,
      Array.from({ length: 9 }, (_, i) => ({ date: isoDay(Date.now() - (20 + i) * DAY), ledToAdmission: false })),
    );
    // 1 + 3 + 0 + 4 = 8: still below 10, so the list is unchanged; a stay-long diagnosis lifts it.
    expect(await ids()).toEqual([sixteen, eleven]);
    const p7 = await read(seven);
    await hub.gql(
      UPDATE,
      {
        i: {
          id: seven,
          expectedVersion: p7.version,
          conditions: [
            { code: 'C34.1', codeSystem: 'ICD-10-CM', description: 'Lung cancer' },
            { code: 'C79.51', codeSystem: 'ICD-10-CM', description: 'Bone metastasis' },
          ],
        },
      },
      casey,
    );
    // 1 + 3 + 5 + 4 = 13
    expect(await ids()).toEqual([sixteen, seven, eleven]);
  });

  describe('bad input: coded errors, nothing changed', () => {
    it('a stale ED history version is CONFLICT with the current history', async () => {
      const p = await admit(3, ['I10']);
      const first = await recordVisits(p.id, null, []);
      const v1 = first.data?.recordEmergencyVisits.version as number;
      await recordVisits(p.id, v1, [{ date: isoDay(Date.now() - 30 * DAY), ledToAdmission: false }]);
      const stale = await recordVisits(p.id, v1, []);
      expect(codeOf(stale)).toBe('CONFLICT');
      expect(stale.errors?.[0]?.extensions?.current).toMatchObject({ version: v1 + 1 });
      expect((await read(p.id)).emergencyVisitHistory?.visits).toHaveLength(1);
    });

    it('a second first review (no expectedVersion) is CONFLICT, not an overwrite', async () => {
      const p = await admit(3, ['I10']);
      await recordVisits(p.id, null, [{ date: isoDay(Date.now() - 30 * DAY), ledToAdmission: false }]);
      const again = await recordVisits(p.id, null, []);
      expect(codeOf(again)).toBe('CONFLICT');
      expect((await read(p.id)).emergencyVisitHistory?.visits).toHaveLength(1);
    });

    it.each([
      ['a visit in the future', [{ date: isoDay(Date.now() + 3 * DAY), ledToAdmission: false }]],
      ['a visit before birth', [{ date: '1949-01-01', ledToAdmission: false }]],
      [
        'two visits that each led to this admission',
        [
          { date: isoDay(Date.now() - 3 * DAY), ledToAdmission: true },
          { date: isoDay(Date.now() - 3 * DAY), ledToAdmission: true },
        ],
      ],
      ['a leading visit after the admission', [{ date: isoDay(Date.now()), ledToAdmission: true }]],
      ['a date that is not a date', [{ date: '2026-13-45', ledToAdmission: false }]],
    ])('%s is BAD_USER_INPUT and records nothing', async (_, visits) => {
      const p = await admit(3, ['I10']);
      const r = await recordVisits(p.id, null, visits);
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect((await read(p.id)).emergencyVisitHistory).toBeNull();
    });

    it('an admission acuity outside EMERGENT/ELECTIVE is BAD_USER_INPUT and the patient is unchanged', async () => {
      const p = await admit(3, ['I10']);
      const r = await hub.gql(
        UPDATE,
        { i: { id: p.id, expectedVersion: p.version, admissionAcuity: 'URGENT' } },
        casey,
      );
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(await read(p.id)).toMatchObject({ version: p.version, admissionAcuity: null });
    });

    it('an unknown patient is NOT_FOUND', async () => {
      const r = await recordVisits(randomUUID(), null, []);
      expect(codeOf(r)).toBe('NOT_FOUND');
    });
  });
});
