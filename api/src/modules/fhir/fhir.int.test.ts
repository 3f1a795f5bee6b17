import { randomUUID } from 'node:crypto';
import type { Bundle, OperationOutcome, Resource } from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../platform/audit/audit-entry.entity.js';
import { fhirErrors } from '../../testing/fhir.js';
import { ADMIN, CASEY, pause, startTestHub, type TestHub } from '../../testing/test-hub.js';

const FAMILY = 'jordan.family@demo.carehub.test';
const ELEANOR_MRN = 'MRN-100231';

/** Every `reference` string anywhere inside a value. */
function referencesIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(referencesIn);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, v]) =>
    key === 'reference' && typeof v === 'string' ? [v] : referencesIn(v),
  );
}

const resourcesOf = (bundle: Bundle): Resource[] => (bundle.entry ?? []).map((e) => e.resource as Resource);

describe('FHIR export', () => {
  let hub: TestHub;
  let casey: string;
  let patientIds: string[];
  let eleanor: string;

  const everything = (id: string, token: string | null) =>
    fetch(`${hub.url}/fhir/Patient/${id}/$everything`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
  const bundleOf = async (id: string, token: string): Promise<Bundle> => {
    const response = await everything(id, token);
    if (response.status !== 200) throw new Error(`export failed: ${response.status} ${await response.text()}`);
    return (await response.json()) as Bundle;
  };
  const auditRows = (patientId: string, operation: string) =>
    hub.app.services.orm.em.fork().find(AuditEntry, { patientId, operation });

  beforeAll(async () => {
    hub = await startTestHub();
    casey = await hub.login(CASEY);
    const list = async (status: string) =>
      (
        await hub.read<{ patients: { id: string; mrn: string }[] }>(
          'query($s: PatientStatus) { patients(filter: { status: $s }) { id mrn } }',
          { s: status },
          casey,
        )
      ).patients;
    const patients = [...(await list('ADMITTED')), ...(await list('DISCHARGED'))];
    patientIds = patients.map((p) => p.id);
    eleanor = patients.find((p) => p.mrn === ELEANOR_MRN)?.id ?? '';
  });
  afterAll(async () => {
    await hub?.stop();
  });

  it('every demo patient’s bundle passes the independent FHIR R4 validator with zero errors', async () => {
    expect(patientIds.length).toBeGreaterThan(5);
    // Fetched first, validated after: the validator's synchronous work does not sit between requests.
    const bundles = new Map<string, Bundle>();
    for (const id of patientIds) bundles.set(id, await bundleOf(id, casey));
    const errors: string[] = [];
    for (const [id, bundle] of bundles) {
      for (const issue of fhirErrors(bundle)) {
        errors.push(`${id}: ${issue.expression?.join(',')} ${issue.details?.text ?? issue.diagnostics}`);
      }
    }
    // The validator held the event loop for seconds: let the hub close the idle keep-alive sockets
    // it timed out meanwhile before the next test's requests, so none is handed a socket being closed.
    await pause(200);
    expect(errors).toEqual([]);
  }, 120_000);

  it('holds the whole care picture, every reference names an entry, and every resource has meta.lastUpdated', async () => {
    const types = new Set<string>();
    for (const id of patientIds) {
      const bundle = await bundleOf(id, casey);
      expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
      const held = new Set(resourcesOf(bundle).map((r) => `${r.resourceType}/${r.id}`));
      for (const entry of bundle.entry ?? []) {
        const r = entry.resource as Resource;
        expect(entry.fullUrl).toBe(`${hub.url}/fhir/${r.resourceType}/${r.id}`);
        expect(r.meta?.lastUpdated, `${r.resourceType}/${r.id}`).toMatch(/^\d{4}-\d{2}-\d{2}T/);
        types.add(r.resourceType);
      }
      const dangling = referencesIn(bundle.entry).filter((ref) => !held.has(ref));
      expect(dangling, id).toEqual([]);
      expect(
        resourcesOf(bundle)
          .filter((r) => r.resourceType === 'Patient')
          .map((r) => r.id),
      ).toEqual([id]);
      // Who made the record: its creation is on the patient's stream, so a Provenance names its author.
      const created = resourcesOf(bundle).find(
        (r) =>
          r.resourceType === 'Provenance' &&
          r.target[0]?.reference === `Patient/${id}` &&
          r.activity?.coding?.[0]?.code === 'CREATE',
      );
      expect(created, id).toMatchObject({ agent: [{ who: expect.any(Object) }] });
    }
    expect([...types].sort()).toEqual(
      [
        'AllergyIntolerance',
        'CarePlan',
        'CareTeam',
        'Condition',
        'Coverage',
        'Encounter',
        'Goal',
        'Patient',
        'Practitioner',
        'PractitionerRole',
        'Provenance',
        'QuestionnaireResponse',
        'RelatedPerson',
        'Task',
      ].sort(),
    );
  }, 120_000);

  it('names the same resources with the same ids on a second export', async () => {
    const ids = (b: Bundle) => resourcesOf(b).map((r) => `${r.resourceType}/${r.id}`);
    const first = await bundleOf(eleanor, casey);
    const second = await bundleOf(eleanor, casey);
    expect(ids(second)).toEqual(ids(first));
  });

  it('codes the screening with LOINC and positive needs as SDOH conditions, and goals with lifecycle and achievement', async () => {
    const withScreening: Bundle[] = [];
    for (const id of patientIds) {
      const bundle = await bundleOf(id, casey);
      if (resourcesOf(bundle).some((r) => r.resourceType === 'QuestionnaireResponse')) withScreening.push(bundle);
    }
    expect(withScreening.length).toBeGreaterThan(0);
    const all = withScreening.flatMap(resourcesOf);
    const response = all.find((r) => r.resourceType === 'QuestionnaireResponse');
    expect(response).toMatchObject({ questionnaire: 'http://loinc.org/q/96777-8' });
    const answers = JSON.stringify(response);
    expect(answers).toContain('"system":"http://loinc.org"');
    expect(answers).toContain('"linkId":"71802-3"');
    const sdoh = all.filter(
      (r) => r.resourceType === 'Condition' && JSON.stringify(r.category).includes('"code":"sdoh"'),
    );
    expect(sdoh.length).toBeGreaterThan(0);
    const goals = patientIds.length > 0 ? resourcesOf(await bundleOf(eleanor, casey)) : [];
    const goal = goals.find((r) => r.resourceType === 'Goal');
    expect(goal).toMatchObject({ lifecycleStatus: expect.any(String), addresses: [expect.any(Object)] });
  }, 120_000);

  it('GraphQL fhirBundle gives the same resources as the REST export', async () => {
    const rest = await bundleOf(eleanor, casey);
    const gql = await hub.read<{ fhirBundle: Bundle }>(
      'query($p: ID!) { fhirBundle(patientId: $p) }',
      { p: eleanor },
      casey,
    );
    const ids = (b: Bundle) => resourcesOf(b).map((r) => `${r.resourceType}/${r.id}`);
    expect(ids(gql.fhirBundle)).toEqual(ids(rest));
  });

  it('every export is on the audit trail as one READ of the patient', async () => {
    const all = () => hub.app.services.orm.em.fork().count(AuditEntry, { patientId: eleanor });
    const before = (await auditRows(eleanor, 'fhirEverything')).length;
    const everyRowBefore = await all();
    await bundleOf(eleanor, casey);
    const rows = await auditRows(eleanor, 'fhirEverything');
    expect(rows.length).toBe(before + 1);
    expect(rows.at(-1)).toMatchObject({ access: 'READ', entityType: 'Patient', entityId: eleanor });
    expect(await all()).toBe(everyRowBefore + 1);
  });

  it('refuses family (403), staff off the team and unit (403) and anonymous callers (401) with an OperationOutcome; refusals are audited', async () => {
    const admin = await hub.login(ADMIN);
    const email = `off-${randomUUID().slice(0, 8)}@staff.test`;
    await hub.read(
      'mutation($i: CreateStaffUserInput!) { createStaffUser(input: $i) { id } }',
      { i: { email, name: 'Off Team', discipline: 'RN', role: 'MEMBER', password: 'a-long-password' } },
      admin,
    );
    const outsider = await hub.login(email, 'a-long-password');
    const family = await hub.login(FAMILY);
    const deniedBefore = (await auditRows(eleanor, 'fhirEverything')).filter((r) => r.access === 'DENIED').length;
    for (const [token, status, code] of [
      [family, 403, 'forbidden'],
      [outsider, 403, 'forbidden'],
      [admin, 403, 'forbidden'],
      [null, 401, 'login'],
    ] as const) {
      const response = await everything(eleanor, token);
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toContain('application/fhir+json');
      const outcome = (await response.json()) as OperationOutcome;
      expect(outcome).toMatchObject({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code }] });
      expect(JSON.stringify(outcome)).not.toContain('Eleanor');
    }
    const denied = (await auditRows(eleanor, 'fhirEverything')).filter((r) => r.access === 'DENIED');
    expect(denied.length).toBe(deniedBefore + 3);
  });

  it('an unknown patient is 404 and an unknown operation is 404, both as OperationOutcome', async () => {
    const unknown = await everything(randomUUID(), casey);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ resourceType: 'OperationOutcome', issue: [{ code: 'not-found' }] });
    const operation = await fetch(`${hub.url}/fhir/Patient/${eleanor}/$validate`, {
      headers: { authorization: `Bearer ${casey}` },
    });
    expect(operation.status).toBe(404);
    expect(await operation.json()).toMatchObject({ resourceType: 'OperationOutcome' });
  });
});
