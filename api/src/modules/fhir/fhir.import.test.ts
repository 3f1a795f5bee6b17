import { describe, expect, it } from 'vitest';
import { stableId } from './fhir.codes.js';
import { readBundle } from './fhir.import.js';
import { FhirProblem } from './operation-outcome.js';

const patient = {
  resourceType: 'Patient',
  id: 'p1',
  identifier: [{ system: 'urn:carehub:mrn', value: 'MRN-1234' }],
  name: [{ family: 'Okafor', given: ['Ada', 'N.'] }],
  birthDate: '1970-02-03',
  maritalStatus: { text: 'Married' },
};

const refusal = (body: unknown) => {
  try {
    readBundle(body);
  } catch (failure) {
    if (failure instanceof FhirProblem) return { status: failure.status, issues: failure.issues };
    throw failure;
  }
  throw new Error('the bundle was accepted');
};

describe('reading a FHIR bundle', () => {
  it('reads the patient and reports every element and resource it does not keep', () => {
    const { patient: read, issues } = readBundle({
      resourceType: 'Bundle',
      type: 'collection',
      entry: [
        { fullUrl: 'http://ehr/fhir/Patient/p1', resource: patient },
        { resource: { resourceType: 'Immunization', id: 'i1', patient: { reference: 'Patient/p1' } } },
      ],
    });
    expect(read).toMatchObject({ mrn: 'MRN-1234', name: 'Ada N. Okafor', dateOfBirth: '1970-02-03', admittedAt: null });
    expect(issues.map((i) => i.diagnostics)).toEqual([
      'Patient.maritalStatus was not imported.',
      expect.stringMatching(/^Immunization\/i1 was not imported/),
    ]);
  });

  it('refuses a reference that names no entry, and one that names another patient', () => {
    const dangling = refusal({
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [
        { resource: patient },
        {
          resource: {
            resourceType: 'AllergyIntolerance',
            code: { text: 'Latex' },
            patient: { reference: 'Patient/p9' },
          },
        },
      ],
    });
    expect(dangling).toMatchObject({
      status: 400,
      issues: [{ code: 'not-found', expression: ['Bundle.entry[1].resource.patient.reference'] }],
    });
  });

  it('refuses a bundle with two patients or none', () => {
    expect(refusal({ resourceType: 'Bundle', type: 'collection', entry: [] })).toMatchObject({ status: 400 });
    expect(
      refusal({
        resourceType: 'Bundle',
        type: 'collection',
        entry: [{ resource: patient }, { resource: { ...patient, id: 'p2' } }],
      }),
    ).toMatchObject({ status: 400 });
  });

  it('a stable id is the same for the same parts and differs for others', () => {
    expect(stableId('a', 'b')).toBe(stableId('a', 'b'));
    expect(stableId('a', 'b')).not.toBe(stableId('ab'));
    expect(stableId('a')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
