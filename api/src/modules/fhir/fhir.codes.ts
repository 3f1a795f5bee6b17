import { createHash } from 'node:crypto';

/** Code systems and identifier systems the FHIR mapping uses, named once (import reads the same names). */
export const SYSTEMS = {
  /** CareHub's medical record numbers. */
  mrn: 'urn:carehub:mrn',
  /** CareHub's own codes (care-team roles, coverage kinds) where no standard code fits exactly. */
  careTeamRole: 'urn:carehub:care-team-role',
  coverageKind: 'urn:carehub:coverage-type',
  discipline: 'urn:carehub:discipline',
  icd10cm: 'http://hl7.org/fhir/sid/icd-10-cm',
  snomed: 'http://snomed.info/sct',
  v2IdentifierType: 'http://terminology.hl7.org/CodeSystem/v2-0203',
  actCode: 'http://terminology.hl7.org/CodeSystem/v3-ActCode',
  actPriority: 'http://terminology.hl7.org/CodeSystem/v3-ActPriority',
  conditionCategory: 'http://terminology.hl7.org/CodeSystem/condition-category',
  conditionClinical: 'http://terminology.hl7.org/CodeSystem/condition-clinical',
  conditionVerification: 'http://terminology.hl7.org/CodeSystem/condition-ver-status',
  allergyClinical: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical',
  usCoreCategory: 'http://hl7.org/fhir/us/core/CodeSystem/us-core-category',
  goalAchievement: 'http://terminology.hl7.org/CodeSystem/goal-achievement',
  dataOperation: 'http://terminology.hl7.org/CodeSystem/v3-DataOperation',
  provenanceParticipant: 'http://terminology.hl7.org/CodeSystem/provenance-participant-type',
  roleCode: 'http://terminology.hl7.org/CodeSystem/v3-RoleCode',
  coverageClass: 'http://terminology.hl7.org/CodeSystem/coverage-class',
  dischargeDisposition: 'http://terminology.hl7.org/CodeSystem/discharge-disposition',
} as const;

/** How CareHub's free-text code system names map to FHIR system URIs (and back, on import). */
const CODE_SYSTEM_URIS: Record<string, string> = {
  'ICD-10-CM': SYSTEMS.icd10cm,
  ICD10CM: SYSTEMS.icd10cm,
  SNOMED: SYSTEMS.snomed,
  'SNOMED CT': SYSTEMS.snomed,
  SNOMEDCT: SYSTEMS.snomed,
};

/** The FHIR system of a CareHub condition's code system: a known name, a URI as it is, else none. */
export function systemUri(codeSystem: string | null): string | undefined {
  if (!codeSystem) return undefined;
  const known = CODE_SYSTEM_URIS[codeSystem.toUpperCase()] ?? CODE_SYSTEM_URIS[codeSystem];
  if (known) return known;
  return /^(https?|urn):/.test(codeSystem) ? codeSystem : undefined;
}

/** The CareHub name of a FHIR system URI (ICD-10-CM, SNOMED CT), or the URI itself. */
export function codeSystemName(uri: string | undefined): string | null {
  if (!uri) return null;
  if (uri === SYSTEMS.icd10cm) return 'ICD-10-CM';
  if (uri === SYSTEMS.snomed) return 'SNOMED CT';
  return uri;
}

/**
 * A stable FHIR id for a resource CareHub keeps inside a record rather than as its own row (a
 * problem-list entry, a coverage, the current stay): the same parts always give the same id, so a
 * second export names the same resources.
 */
export function stableId(...parts: string[]): string {
  const hex = createHash('sha256').update(parts.join('\u0000')).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
