import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Streams } from '../../platform/events/streams.js';
import { CASEY, codeOf, collectLive, RILEY, startTestHub, type TestHub } from '../../testing/test-hub.js';

const FIELDS = `id version sequence status previousId signedAt signedBy { name } startedBy { name }
  clinical { cognition medicationCount fallsInPastYear painConcern narrative }
  psychosocial { supportSystem moodConcern substanceUseConcern narrative }
  financial { coverageAdequate medicationCostConcern incomeConcern narrative }
  environmental { livingArrangement homeAccessBarriers caregiver functionalStatus narrative }
  changesSincePrevious { domain field before after }`;
const START = `mutation($i: StartAssessmentInput!) { startAssessment(input: $i) { ${FIELDS} } }`;
const UPDATE = `mutation($i: UpdateAssessmentInput!) { updateAssessment(input: $i) { ${FIELDS} } }`;
const SIGN = `mutation($i: SignAssessmentInput!) { signAssessment(input: $i) { ${FIELDS} } }`;
const LIST = `query($id: ID!) { patient(id: $id) { assessments { ${FIELDS} } } }`;

interface Assessment {
  id: string;
  version: number;
  sequence: number;
  status: string;
  previousId: string | null;
  signedBy: { name: string } | null;
  clinical: Record<string, unknown>;
  environmental: Record<string, unknown>;
  changesSincePrevious: { domain: string; field: string; before: unknown; after: unknown }[];
}

const COMPLETE = {
  clinical: { cognition: 'INTACT', medicationCount: 9, fallsInPastYear: true, narrative: 'CHF, COPD; 9 medications.' },
  psychosocial: { supportSystem: 'LIMITED', moodConcern: false },
  financial: { coverageAdequate: true, medicationCostConcern: true },
  environmental: {
    livingArrangement: 'ALONE',
    homeAccessBarriers: true,
    caregiver: 'PART_TIME',
    functionalStatus: 'NEEDS_ASSISTANCE',
    narrative: 'Second-floor walk-up; daughter visits twice a week.',
  },
};

describe('holistic assessment', () => {
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

  const patient = async () =>
    (
      await hub.read<{ createPatient: { id: string } }>(
        'mutation($i: CreatePatientInput!) { createPatient(input: $i) { id } }',
        {
          i: {
            mrn: `MRN-A${randomUUID().slice(0, 8)}`,
            name: 'Assessed Patient',
            dateOfBirth: '1948-02-02',
            unitId,
            admittedAt: new Date(Date.now() - 86_400_000).toISOString(),
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
  const list = async (id: string) =>
    (await hub.read<{ patient: { assessments: Assessment[] } }>(LIST, { id }, casey)).patient.assessments;
  /** A signed first assessment. */
  const signedFirst = async (patientId: string) => {
    const { startAssessment: a } = await must<{ startAssessment: Assessment }>(START, { patientId });
    const { updateAssessment: u } = await must<{ updateAssessment: Assessment }>(UPDATE, {
      id: a.id,
      expectedVersion: a.version,
      ...COMPLETE,
    });
    return (await must<{ signAssessment: Assessment }>(SIGN, { id: a.id, expectedVersion: u.version })).signAssessment;
  };

  it('a draft is saved field by field across the four domains and signed by the assessor', async () => {
    const patientId = await patient();
    const { startAssessment: a } = await must<{ startAssessment: Assessment }>(START, { patientId });
    expect(a).toMatchObject({ sequence: 1, status: 'DRAFT', previousId: null, changesSincePrevious: [] });
    const first = await must<{ updateAssessment: Assessment }>(UPDATE, {
      id: a.id,
      expectedVersion: a.version,
      clinical: { cognition: 'MILD_IMPAIRMENT' },
    });
    const second = await must<{ updateAssessment: Assessment }>(
      UPDATE,
      { id: a.id, expectedVersion: first.updateAssessment.version, ...COMPLETE, clinical: { narrative: '  ' } },
      riley,
    );
    // Left-out fields stay; a blank narrative is cleared.
    expect(second.updateAssessment.clinical).toMatchObject({ cognition: 'MILD_IMPAIRMENT', narrative: null });
    const signed = await must<{ signAssessment: Assessment }>(
      SIGN,
      { id: a.id, expectedVersion: second.updateAssessment.version },
      riley,
    );
    expect(signed.signAssessment).toMatchObject({ status: 'SIGNED', signedBy: { name: 'Riley Chen' } });
  });

  it('a reassessment is a new version that starts from the signed answers and shows what changed', async () => {
    const patientId = await patient();
    const first = await signedFirst(patientId);
    const { startAssessment: re } = await must<{ startAssessment: Assessment }>(START, { patientId });
    expect(re).toMatchObject({ sequence: 2, previousId: first.id, changesSincePrevious: [] });
    expect(re.environmental).toEqual(first.environmental);
    await must(UPDATE, {
      id: re.id,
      expectedVersion: re.version,
      environmental: { caregiver: 'AVAILABLE', functionalStatus: 'INDEPENDENT' },
      clinical: { fallsInPastYear: false },
    });
    const [latest, earlier] = await list(patientId);
    expect(latest?.changesSincePrevious).toEqual([
      { domain: 'clinical', field: 'fallsInPastYear', before: true, after: false },
      { domain: 'environmental', field: 'caregiver', before: 'PART_TIME', after: 'AVAILABLE' },
      { domain: 'environmental', field: 'functionalStatus', before: 'NEEDS_ASSISTANCE', after: 'INDEPENDENT' },
    ]);
    expect(earlier).toMatchObject({ id: first.id, status: 'SIGNED', version: first.version });
  });

  it('every change reaches the team on the patient stream', async () => {
    const patientId = await patient();
    const feed = await collectLive<{ patientEvents: { entityType: string; kind: string } }>(
      hub.ws(riley),
      'subscription($id: ID!, $after: ID) { patientEvents(patientId: $id, after: $after) { entityType kind } }',
      { id: patientId },
      await hub.newestEventId(Streams.patient(patientId)),
    );
    await signedFirst(patientId);
    const events = await feed.until(3);
    feed.stop();
    expect(events.map((e) => `${e.patientEvents.entityType} ${e.patientEvents.kind}`)).toEqual([
      'Assessment CREATED',
      'Assessment UPDATED',
      'Assessment UPDATED',
    ]);
  });

  describe('bad input: coded errors, nothing changed', () => {
    it('a signed assessment takes no edit and cannot be signed again', async () => {
      const patientId = await patient();
      const signed = await signedFirst(patientId);
      const edit = await hub.gql(
        UPDATE,
        { i: { id: signed.id, expectedVersion: signed.version, clinical: { cognition: 'SEVERE_IMPAIRMENT' } } },
        casey,
      );
      expect(codeOf(edit)).toBe('BAD_USER_INPUT');
      const again = await hub.gql(SIGN, { i: { id: signed.id, expectedVersion: signed.version } }, casey);
      expect(codeOf(again)).toBe('BAD_USER_INPUT');
      const [after] = await list(patientId);
      expect(after).toEqual(signed);
    });

    it('signing with required fields unanswered is BAD_USER_INPUT naming them; the draft stays a draft', async () => {
      const patientId = await patient();
      const { startAssessment: a } = await must<{ startAssessment: Assessment }>(START, { patientId });
      const r = await hub.gql(SIGN, { i: { id: a.id, expectedVersion: a.version } }, casey);
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.message).toBe(
        'Answer before signing: clinical.cognition, psychosocial.supportSystem, financial.coverageAdequate, environmental.livingArrangement, environmental.caregiver, environmental.functionalStatus.',
      );
      expect((await list(patientId))[0]).toEqual(a);
    });

    it('a stale version is CONFLICT with the current draft', async () => {
      const patientId = await patient();
      const { startAssessment: a } = await must<{ startAssessment: Assessment }>(START, { patientId });
      const [x, y] = await Promise.all([
        hub.gql(UPDATE, { i: { id: a.id, expectedVersion: a.version, financial: { incomeConcern: true } } }, casey),
        hub.gql(UPDATE, { i: { id: a.id, expectedVersion: a.version, financial: { incomeConcern: false } } }, riley),
      ]);
      expect([codeOf(x) ?? 'OK', codeOf(y) ?? 'OK'].sort()).toEqual(['CONFLICT', 'OK']);
      expect((await list(patientId))[0]?.version).toBe(a.version + 1);
    });

    it('a second draft while one is open is BAD_USER_INPUT; an out-of-range field is BAD_USER_INPUT', async () => {
      const patientId = await patient();
      const { startAssessment: a } = await must<{ startAssessment: Assessment }>(START, { patientId });
      expect(codeOf(await hub.gql(START, { i: { patientId } }, casey))).toBe('BAD_USER_INPUT');
      const bad = await hub.gql(
        UPDATE,
        { i: { id: a.id, expectedVersion: a.version, clinical: { medicationCount: -3 } } },
        casey,
      );
      expect(codeOf(bad)).toBe('BAD_USER_INPUT');
      const wrongEnum = await hub.gql(
        UPDATE,
        { i: { id: a.id, expectedVersion: a.version, environmental: { caregiver: 'SOMETIMES' } } },
        casey,
      );
      expect(codeOf(wrongEnum)).toBe('BAD_USER_INPUT');
      expect(await list(patientId)).toEqual([a]);
    });

    it('an unknown assessment is NOT_FOUND', async () => {
      const r = await hub.gql(SIGN, { i: { id: randomUUID(), expectedVersion: 1 } }, casey);
      expect(codeOf(r)).toBe('NOT_FOUND');
    });
  });
});
