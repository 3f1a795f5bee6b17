import { describe, expect, it } from 'vitest';
import { fhirErrors } from './fhir.js';

describe('the FHIR R4 validator the tests use', () => {
  it('finds a broken invariant, a bad date and an unknown element inside a bundle, and passes a valid one', () => {
    const broken = fhirErrors({
      resourceType: 'Bundle',
      type: 'collection',
      entry: [
        {
          fullUrl: 'http://hub/fhir/Patient/p1',
          resource: { resourceType: 'Patient', id: 'p1', birthDate: '14/03/1941' },
        },
        {
          fullUrl: 'http://hub/fhir/Goal/g1',
          resource: {
            resourceType: 'Goal',
            id: 'g1',
            lifecycleStatus: 'active',
            description: { text: 'Walk 50 m' },
            subject: { reference: 'Patient/p1' },
            target: [{ detailString: '50 m' }],
            colour: 'blue',
          } as never,
        },
      ],
    });
    const found = broken.map((i) => `${i.expression?.[0]}: ${i.details?.text}`).join('\n');
    expect(found).toContain('gol-1');
    expect(found).toContain('birthDate');
    expect(found).toContain('colour');
    expect(
      fhirErrors({ resourceType: 'Patient', id: 'p1', birthDate: '1941-03-14', name: [{ text: 'Eleanor Whitfield' }] }),
    ).toEqual([]);
  });
});
