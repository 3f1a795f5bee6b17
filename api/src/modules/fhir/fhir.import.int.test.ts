import { randomUUID } from 'node:crypto';
import type { Bundle, OperationOutcome } from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../platform/audit/audit-entry.entity.js';
import { Streams } from '../../platform/events/streams.js';
import { patientBundle } from '../../testing/fhir.js';
import { CASEY, collectLive, RILEY, startTestHub, type TestHub } from '../../testing/test-hub.js';
import { hashPassword } from '../identity/password.js';
import { User } from '../identity/user.entity.js';
import { Unit, UnitMember } from '../unit/unit.entity.js';
import { MAX_BUNDLE_BYTES } from './fhir.routes.js';

const PATIENT_FIELDS = `id mrn name dateOfBirth unit { id } attending { email } admittedAt admittingDiagnosis admissionAcuity allergies
  primaryLanguage interpreterNeeded
  conditions { code codeSystem description onsetDate status }
  coverages { type payer plan memberId primary }
  emergencyContacts { name relationship phone isLegalRepresentative }`;

/** A bundle as an EHR might send it: the patient, the current stay, a problem, an allergy, a coverage, and things CareHub does not keep. */
function ehrBundle(mrn: string, type: 'transaction' | 'collection' = 'transaction'): Bundle {
  return {
    resourceType: 'Bundle',
    type,
    entry: [
      {
        fullUrl: 'urn:uuid:6a1c1f5e-0000-4000-8000-000000000001',
        resource: {
          resourceType: 'Patient',
          identifier: [
            { type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'MR' }] }, value: mrn },
          ],
          name: [{ given: ['Rosa'], family: 'Delgado' }],
          birthDate: '1950-06-01',
          gender: 'female',
          communication: [{ language: { text: 'Spanish' }, preferred: true }],
        },
        request: { method: 'POST', url: 'Patient' },
      },
      {
        fullUrl: 'urn:uuid:6a1c1f5e-0000-4000-8000-000000000002',
        resource: {
          resourceType: 'Encounter',
          status: 'in-progress',
          class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'IMP' },
          subject: { reference: 'urn:uuid:6a1c1f5e-0000-4000-8000-000000000001' },
          period: { start: new Date(Date.now() - 2 * 86_400_000).toISOString() },
          priority: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ActPriority', code: 'EM' }] },
          reasonCode: [{ text: 'Community-acquired pneumonia' }],
        },
        request: { method: 'POST', url: 'Encounter' },
      },
      {
        resource: {
          resourceType: 'Condition',
          clinicalStatus: {
            coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' }],
          },
          code: {
            coding: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'J18.9', display: 'Pneumonia' }],
            text: 'Pneumonia, unspecified organism',
          },
          subject: { reference: 'urn:uuid:6a1c1f5e-0000-4000-8000-000000000001' },
          onsetDateTime: '2026-11-20',
        },
        request: { method: 'POST', url: 'Condition' },
      },
      {
        resource: {
          resourceType: 'AllergyIntolerance',
          code: { text: 'Penicillin (hives)' },
          patient: { reference: 'urn:uuid:6a1c1f5e-0000-4000-8000-000000000001' },
        },
        request: { method: 'POST', url: 'AllergyIntolerance' },
      },
      {
        resource: {
          resourceType: 'Coverage',
          status: 'active',
          type: { text: 'Medicare' },
          subscriberId: '9XY1-AB2-CD34',
          beneficiary: { reference: 'urn:uuid:6a1c1f5e-0000-4000-8000-000000000001' },
          payor: [{ display: 'Medicare' }],
          order: 1,
        },
        request: { method: 'POST', url: 'Coverage' },
      },
      {
        resource: {
          resourceType: 'Observation',
          status: 'final',
          code: { text: 'Heart rate' },
          subject: { reference: 'urn:uuid:6a1c1f5e-0000-4000-8000-000000000001' },
        },
        request: { method: 'POST', url: 'Observation' },
      },
    ],
  } as Bundle;
}

describe('FHIR import', () => {
  let hub: TestHub;
  let casey: string;
  let unitId: string;

  const post = (body: unknown, token: string | null, options: { unitId?: string; contentType?: string } = {}) =>
    fetch(
      `${hub.url}/fhir${options.unitId === undefined ? `?unitId=${unitId}` : options.unitId ? `?unitId=${options.unitId}` : ''}`,
      {
        method: 'POST',
        headers: {
          'content-type': options.contentType ?? 'application/fhir+json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      },
    );
  /** Patients with this MRN, read through GraphQL (throws on any error, so a failed read never looks like "none"). */
  const patientsWithMrn = async (mrn: string) =>
    (
      await hub.read<{ patients: Record<string, unknown>[] }>(
        `query($s: String) { patients(filter: { search: $s }) { ${PATIENT_FIELDS} } }`,
        { s: mrn },
        casey,
      )
    ).patients.filter((p) => p.mrn === mrn);

  beforeAll(async () => {
    hub = await startTestHub();
    casey = await hub.login(CASEY);
    unitId = (await hub.read<{ units: { id: string }[] }>('{ units { id } }', {}, casey)).units[0]?.id ?? '';
  });
  afterAll(async () => {
    await hub?.stop();
  });

  it('creates the patient from a transaction bundle, live on the unit stream and audited, and reports what it left out', async () => {
    const mrn = `MRN-F${randomUUID().slice(0, 8)}`;
    const unitFeed = await collectLive<{ unitEvents: { entityType: string; kind: string; entityId: string } }>(
      hub.ws(casey),
      'subscription($u: ID!, $after: ID) { unitEvents(unitId: $u, after: $after) { entityType kind entityId } }',
      { u: unitId },
      await hub.newestEventId(Streams.unit(unitId)),
    );
    const response = await post(ehrBundle(mrn), casey);
    expect(response.status).toBe(201);
    const outcome = (await response.json()) as OperationOutcome;
    const [patient] = await patientsWithMrn(mrn);
    expect(patient).toMatchObject({
      name: 'Rosa Delgado',
      dateOfBirth: '1950-06-01',
      unit: { id: unitId },
      admittingDiagnosis: 'Community-acquired pneumonia',
      admissionAcuity: 'EMERGENT',
      allergies: 'Penicillin (hives)',
      primaryLanguage: 'Spanish',
      conditions: [
        {
          code: 'J18.9',
          codeSystem: 'ICD-10-CM',
          description: 'Pneumonia, unspecified organism',
          onsetDate: '2026-11-20',
          status: 'ACTIVE',
        },
      ],
      coverages: [{ type: 'MEDICARE', payer: 'Medicare', memberId: '9XY1-AB2-CD34', primary: true }],
    });
    expect(response.headers.get('location')).toBe(`${hub.url}/fhir/Patient/${patient?.id}`);
    const diagnostics = outcome.issue.map((i) => `${i.severity}: ${i.diagnostics}`);
    expect(diagnostics).toContain(`information: Created Patient/${patient?.id} (MRN ${mrn}).`);
    expect(diagnostics.some((d) => d.startsWith('warning: Observation was not imported'))).toBe(true);
    expect(diagnostics).toContain('warning: Patient.gender was not imported.');
    expect(patient?.attending).toBeNull();
    const events = await unitFeed.until(1);
    expect(events[0]?.unitEvents).toMatchObject({ entityType: 'Patient', kind: 'CREATED', entityId: patient?.id });
    unitFeed.stop();
    const rows = await hub.app.services.orm.em
      .fork()
      .find(AuditEntry, { patientId: String(patient?.id), operation: 'createPatient' });
    expect(rows.map((r) => r.access)).toContain('WRITE');
  });

  it('posting the same bundle again updates the one patient instead of making a second', async () => {
    const mrn = `MRN-F${randomUUID().slice(0, 8)}`;
    const first = await post(ehrBundle(mrn), casey);
    expect(first.status).toBe(201);
    const changed = ehrBundle(mrn, 'collection');
    resourceAt<{ code: { text: string } }>(changed, 3).code.text = 'Penicillin (hives); latex';
    const second = await post(changed, casey);
    expect(second.status).toBe(200);
    const patients = await patientsWithMrn(mrn);
    expect(patients).toHaveLength(1);
    expect(patients[0]?.allergies).toBe('Penicillin (hives); latex');
  });

  it('a bundle that says nothing of allergies, problems, coverage or the stay leaves them as they are', async () => {
    const mrn = `MRN-F${randomUUID().slice(0, 8)}`;
    expect((await post(ehrBundle(mrn), casey)).status).toBe(201);
    const [before] = await patientsWithMrn(mrn);
    const renamed = await post(patientBundle(mrn, 'Rosa M. Delgado', '1950-06-01'), casey);
    expect(renamed.status).toBe(200);
    const [after] = await patientsWithMrn(mrn);
    expect(after).toEqual({ ...before, name: 'Rosa M. Delgado' });
  });

  it('the same bundle posted at once, twice by one nurse and once by another, makes one patient', async () => {
    const mrn = `MRN-F${randomUUID().slice(0, 8)}`;
    const bundle = ehrBundle(mrn);
    const riley = await hub.login(RILEY);
    const responses = await Promise.all([post(bundle, casey), post(bundle, riley), post(bundle, casey)]);
    expect(responses.map((r) => r.status).every((s) => s === 200 || s === 201)).toBe(true);
    const locations = new Set(responses.map((r) => r.headers.get('location')));
    expect(locations.size).toBe(1);
    expect(await patientsWithMrn(mrn)).toHaveLength(1);
  });

  it.each([
    ['a body that is not JSON', '{"resourceType": "Bundle", ', 'invalid', 400],
    ['a resource that is not a Bundle', { resourceType: 'Patient', birthDate: '1950-01-01' }, 'invalid', 400],
    ['JSON that is not FHIR', [1, 2, 3], 'invalid', 400],
    ['a searchset bundle', { ...ehrBundle('MRN-BAD1'), type: 'searchset' }, 'invalid', 400],
    ['a patient without an MRN identifier', withoutIdentifiers(ehrBundle('MRN-BAD2')), 'invalid', 400],
    ['a reference that resolves nowhere', withDanglingReference(ehrBundle('MRN-BAD3')), 'not-found', 400],
    ['an MRN outside CareHub’s rules', ehrBundle('!'), 'invalid', 400],
  ])('%s is refused with an OperationOutcome and nothing is written', async (_name, body, code, status) => {
    const before = await hub.newestEventId(Streams.unit(unitId));
    const response = await post(body, casey);
    expect(response.status).toBe(status);
    expect(await response.json()).toMatchObject({
      resourceType: 'OperationOutcome',
      issue: [{ severity: 'error', code }],
    });
    expect(await hub.newestEventId(Streams.unit(unitId))).toBe(before);
    for (const mrn of ['MRN-BAD1', 'MRN-BAD2', 'MRN-BAD3']) expect(await patientsWithMrn(mrn)).toEqual([]);
  });

  it('a bundle over the size limit is refused by its size (413) before it is read', async () => {
    const before = await hub.newestEventId(Streams.unit(unitId));
    const response = await post(`{"resourceType":"Bundle","padding":"${'x'.repeat(MAX_BUNDLE_BYTES)}"}`, casey);
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ resourceType: 'OperationOutcome', issue: [{ code: 'too-costly' }] });
    expect(await hub.newestEventId(Streams.unit(unitId))).toBe(before);
  });

  it('a body that is not sent as JSON is refused (415)', async () => {
    const response = await post(ehrBundle('MRN-FORM1'), casey, { contentType: 'text/plain' });
    expect(response.status).toBe(415);
    expect(await patientsWithMrn('MRN-FORM1')).toEqual([]);
  });

  it('anonymous callers get 401; a unit the caller is not on gets 403; an update of a patient off the caller’s reach gets 403 — nothing written', async () => {
    const mrn = `MRN-F${randomUUID().slice(0, 8)}`;
    const anonymous = await post(ehrBundle(mrn), null);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ resourceType: 'OperationOutcome', issue: [{ code: 'login' }] });

    const em = hub.app.services.orm.em.fork();
    const otherUnit = em.create(Unit, { code: `X${randomUUID().slice(0, 4)}`, name: 'Other unit' });
    const stranger = em.create(User, {
      email: `x-${randomUUID().slice(0, 8)}@staff.test`,
      name: 'Other Unit Nurse',
      discipline: 'RN',
      passwordHash: await hashPassword('a-long-password'),
    });
    em.create(UnitMember, { unitId: otherUnit.id, userId: stranger.id });
    await em.flush();
    const strangerToken = await hub.login(stranger.email, 'a-long-password');
    const before = await hub.newestEventId(Streams.unit(unitId));

    const wrongUnit = await post(ehrBundle(mrn), strangerToken);
    expect(wrongUnit.status).toBe(403);
    expect(await wrongUnit.json()).toMatchObject({ resourceType: 'OperationOutcome', issue: [{ code: 'forbidden' }] });
    expect(await patientsWithMrn(mrn)).toEqual([]);

    const existing = `MRN-F${randomUUID().slice(0, 8)}`;
    expect((await post(ehrBundle(existing), casey)).status).toBe(201);
    const afterCreate = await hub.newestEventId(Streams.unit(unitId));
    expect(afterCreate).not.toBe(before);
    const renamed = ehrBundle(existing);
    resourceAt<{ name: unknown }>(renamed, 0).name = [{ text: 'Someone Else' }];
    const offReach = await post(renamed, strangerToken, { unitId: otherUnit.id });
    expect(offReach.status).toBe(403);
    expect((await patientsWithMrn(existing))[0]?.name).toBe('Rosa Delgado');
    expect(await hub.newestEventId(Streams.unit(unitId))).toBe(afterCreate);
  });

  it('a new patient without a unit is refused (400) and nothing is written', async () => {
    const mrn = `MRN-F${randomUUID().slice(0, 8)}`;
    const response = await post(ehrBundle(mrn), casey, { unitId: '' });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ issue: [{ code: 'invalid', expression: ['unitId'] }] });
    expect(await patientsWithMrn(mrn)).toEqual([]);
  });
});

/** The resource of a bundle's entry, for a test to change (throws when the bundle has no such entry). */
function resourceAt<T>(bundle: Bundle, index: number): T {
  const resource = bundle.entry?.[index]?.resource;
  if (!resource) throw new Error(`the bundle has no entry ${index}`);
  return resource as unknown as T;
}

function withoutIdentifiers(bundle: Bundle): Bundle {
  resourceAt<{ identifier?: unknown }>(bundle, 0).identifier = undefined;
  return bundle;
}

function withDanglingReference(bundle: Bundle): Bundle {
  resourceAt<{ subject: { reference: string } }>(bundle, 2).subject.reference = 'Patient/nowhere';
  return bundle;
}

describe('FHIR round trip', () => {
  let source: TestHub;
  let target: TestHub;

  beforeAll(async () => {
    source = await startTestHub();
    target = await startTestHub({ SEED_DEMO: 'false' });
  });
  afterAll(async () => {
    await source?.stop();
    await target?.stop();
  });

  it('an export imported into an empty database reproduces the patient’s record', async () => {
    const casey = await source.login(CASEY);
    const { patients } = await source.read<{ patients: Record<string, unknown>[] }>(
      `{ patients { ${PATIENT_FIELDS} } }`,
      {},
      casey,
    );
    // The demo patient with the fullest record: conditions, an allergy, coverage and an emergency contact.
    const original = patients.find((p) => p.mrn === 'MRN-100231');
    expect(original).toBeDefined();
    const exported = await fetch(`${source.url}/fhir/Patient/${original?.id}/$everything`, {
      headers: { authorization: `Bearer ${casey}` },
    });
    const bundle = (await exported.json()) as Bundle;

    // An empty hub: one unit, a nurse on it and the attending's account (matched by email), nothing else.
    const em = target.app.services.orm.em.fork();
    expect(await em.count('Patient', {})).toBe(0);
    const attendingEmail = (original?.attending as { email: string } | null)?.email;
    expect(attendingEmail).toBeDefined();
    const unit = em.create(Unit, { code: '5W', name: 'Five West' });
    const passwordHash = await hashPassword('a-long-password');
    const nurse = em.create(User, {
      email: 'nurse@empty.test',
      name: 'Empty Hub Nurse',
      discipline: 'RN',
      passwordHash,
    });
    em.create(User, { email: String(attendingEmail), name: 'The Attending', discipline: 'MD', passwordHash });
    em.create(UnitMember, { unitId: unit.id, userId: nurse.id });
    await em.flush();
    const token = await target.login('nurse@empty.test', 'a-long-password');

    const imported = await fetch(`${target.url}/fhir?unitId=${unit.id}`, {
      method: 'POST',
      headers: { 'content-type': 'application/fhir+json', authorization: `Bearer ${token}` },
      body: JSON.stringify(bundle),
    });
    expect(imported.status).toBe(201);
    const { patients: copies } = await target.read<{ patients: Record<string, unknown>[] }>(
      `{ patients { ${PATIENT_FIELDS} } }`,
      {},
      token,
    );
    expect(copies).toHaveLength(1);
    const { id: _id, unit: _unit, ...record } = original as Record<string, unknown>;
    expect(copies[0]).toMatchObject({ ...record, unit: { id: unit.id } });
  });
});
