import type {
  AllergyIntolerance,
  Bundle,
  CodeableConcept,
  Encounter,
  Condition as FhirCondition,
  Coverage as FhirCoverage,
  Patient,
  RelatedPerson,
  Resource,
} from '@medplum/fhirtypes';
import type { Condition, Coverage, CoverageType, EmergencyContact, PatientView } from '../patient/patient.entity.js';
import { COVERAGE_TYPES } from '../patient/patient.entity.js';
import { codeSystemName, SYSTEMS } from './fhir.codes.js';
import { allergiesOf } from './fhir.export.js';
import { error, FhirProblem, type Issue, information, invalid, warning } from './operation-outcome.js';

/**
 * The patient record a bundle describes, in CareHub's terms. A record field left undefined is one
 * the bundle says nothing about (no Encounter, no Condition, …): an update leaves it as it is.
 */
export type ImportedPatient = Pick<PatientView, 'mrn' | 'name' | 'dateOfBirth'> &
  Partial<
    Pick<
      PatientView,
      | 'admittingDiagnosis'
      | 'admissionAcuity'
      | 'allergies'
      | 'primaryLanguage'
      | 'interpreterNeeded'
      | 'conditions'
      | 'coverages'
      | 'emergencyContacts'
    >
  > & {
    /** Start of the current stay (the in-progress Encounter), when the bundle has one. */
    admittedAt: Date | null;
    /** The attending (the stay's ATND participant, else the general practitioner) as the Practitioner's email, to match a staff account. */
    attendingEmail: string | null;
  };

export interface ReadBundle {
  patient: ImportedPatient;
  /** What was not imported, and why (never dropped silently). */
  issues: Issue[];
}

const BUNDLE_TYPES = new Set(['transaction', 'collection', 'batch']);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const INTERPRETER_REQUIRED = 'http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired';
/** Elements every resource may carry that say nothing about the patient. */
const COMMON = ['resourceType', 'id', 'meta', 'text', 'language', 'implicitRules'];
/** The elements of each resource type that import reads; any other element present is reported. */
const UNDERSTOOD: Record<string, string[]> = {
  Patient: [
    ...COMMON,
    'identifier',
    'active',
    'name',
    'birthDate',
    'communication',
    'extension',
    'contact',
    'generalPractitioner',
  ],
  // Read only to find the attending's email; the staff account itself is CareHub's.
  Practitioner: [...COMMON, 'active', 'name', 'telecom', 'qualification'],
  Encounter: [
    ...COMMON,
    'status',
    'class',
    'subject',
    'period',
    'priority',
    'reasonCode',
    'hospitalization',
    'participant',
  ],
  Condition: [...COMMON, 'clinicalStatus', 'verificationStatus', 'category', 'code', 'subject', 'onsetDateTime'],
  AllergyIntolerance: [...COMMON, 'clinicalStatus', 'verificationStatus', 'code', 'patient'],
  Coverage: [...COMMON, 'status', 'type', 'subscriberId', 'beneficiary', 'payor', 'order', 'class'],
  RelatedPerson: [...COMMON, 'active', 'patient', 'relationship', 'name', 'telecom'],
};
const ACTIVE_CLINICAL = new Set(['active', 'recurrence', 'relapse']);
const COVERAGE_BY_TEXT: Record<string, CoverageType> = {
  medicare: 'MEDICARE',
  medicaid: 'MEDICAID',
  commercial: 'COMMERCIAL',
  'self-pay': 'SELF_PAY',
  'self pay': 'SELF_PAY',
};

/**
 * Reads a FHIR R4 transaction or collection Bundle (Patient, Encounter, Condition,
 * AllergyIntolerance, Coverage, and emergency contacts as RelatedPerson) into a CareHub patient
 * record. Throws `FhirProblem` (400) for what cannot be imported at all — not a Bundle, the wrong
 * bundle type, no or several patients, a patient without an MRN identifier or birth date, a
 * reference that resolves to no entry — and lists everything it leaves out as issues.
 */
export function readBundle(body: unknown): ReadBundle {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw invalid('The body must be a FHIR resource (a JSON object).');
  }
  const bundle = body as Partial<Bundle> & { resourceType?: unknown };
  if (bundle.resourceType !== 'Bundle') {
    throw invalid(
      `Expected a Bundle, got resourceType ${JSON.stringify(bundle.resourceType ?? null)}.`,
      'resourceType',
    );
  }
  if (typeof bundle.type !== 'string' || !BUNDLE_TYPES.has(bundle.type)) {
    throw invalid('Bundle.type must be transaction, batch or collection.', 'Bundle.type');
  }
  if (bundle.entry !== undefined && !Array.isArray(bundle.entry)) throw invalid('Bundle.entry must be an array.');
  const entries = (bundle.entry ?? []).map((entry, index) => {
    const resource = entry?.resource as Resource | undefined;
    if (!resource || typeof resource !== 'object' || typeof resource.resourceType !== 'string') {
      throw invalid('Every entry needs a resource with a resourceType.', `Bundle.entry[${index}]`);
    }
    return { index, fullUrl: typeof entry.fullUrl === 'string' ? entry.fullUrl : null, resource };
  });
  const patients = entries.filter((e) => e.resource.resourceType === 'Patient');
  if (patients.length !== 1) {
    throw invalid(`The bundle must hold exactly one Patient; it holds ${patients.length}.`, 'Bundle.entry');
  }
  const patientEntry = patients[0] as (typeof entries)[number];
  const patient = patientEntry.resource as Patient;
  const at = (index: number) => `Bundle.entry[${index}].resource`;

  // Every reference of an imported resource must name an entry of the bundle.
  const keys = new Map<string, Resource>();
  for (const e of entries) {
    if (e.fullUrl) keys.set(e.fullUrl, e.resource);
    if (e.resource.id) keys.set(`${e.resource.resourceType}/${e.resource.id}`, e.resource);
  }
  const resolve = (reference: string) =>
    keys.get(reference) ??
    [...keys.entries()].find(([key]) => key.endsWith(`/${reference}`) && !reference.startsWith('urn:'))?.[1];
  for (const e of entries) {
    if (!UNDERSTOOD[e.resource.resourceType]) continue;
    for (const { path, reference } of referencesIn(e.resource, at(e.index))) {
      const target = resolve(reference);
      if (!target) {
        throw new FhirProblem(400, [
          error('not-found', `Reference ${reference} resolves to no entry of the bundle.`, path),
        ]);
      }
      if (target.resourceType === 'Patient' && target !== patient) {
        throw invalid(`Reference ${reference} names another patient than the bundle's Patient.`, path);
      }
    }
  }

  const issues: Issue[] = [];
  for (const e of entries) {
    const understood = UNDERSTOOD[e.resource.resourceType];
    if (!understood) {
      issues.push(
        warning(
          'not-supported',
          `${e.resource.resourceType}${e.resource.id ? `/${e.resource.id}` : ''} was not imported: CareHub imports Patient, Encounter, Condition, AllergyIntolerance, Coverage and emergency contacts.`,
          at(e.index),
        ),
      );
      continue;
    }
    if (e.resource.resourceType === 'Practitioner') {
      issues.push(
        information(
          `Practitioner${e.resource.id ? `/${e.resource.id}` : ''} was not imported: staff accounts are made in CareHub (an attending is matched by email).`,
          at(e.index),
        ),
      );
      continue;
    }
    for (const element of Object.keys(e.resource)) {
      if (!understood.includes(element)) {
        issues.push(
          warning(
            'not-supported',
            `${e.resource.resourceType}.${element} was not imported.`,
            `${at(e.index)}.${element}`,
          ),
        );
      }
    }
  }

  const mrn = mrnOf(patient, at(patientEntry.index));
  const name = nameOf(patient);
  if (!name) throw invalid('Patient.name is required.', `${at(patientEntry.index)}.name`);
  if (typeof patient.birthDate !== 'string' || !DATE.test(patient.birthDate)) {
    throw invalid('Patient.birthDate (YYYY-MM-DD) is required.', `${at(patientEntry.index)}.birthDate`);
  }
  for (const extension of patient.extension ?? []) {
    if (extension.url !== INTERPRETER_REQUIRED) {
      issues.push(warning('not-supported', `Patient extension ${extension.url} was not imported.`));
    }
  }
  const interpreter = patient.extension?.find((e) => e.url === INTERPRETER_REQUIRED);
  const language = patient.communication?.find((c) => c.preferred) ?? patient.communication?.[0];

  const ofType = <T extends Resource>(type: T['resourceType']) =>
    entries.filter((e) => e.resource.resourceType === type) as unknown as { index: number; resource: T }[];

  // The current stay: the in-progress encounter, else the latest by start.
  const encounters = ofType<Encounter>('Encounter').filter((e) => e.resource.period?.start);
  const current =
    encounters.find((e) => e.resource.status === 'in-progress') ??
    [...encounters].sort((a, b) => String(b.resource.period?.start).localeCompare(String(a.resource.period?.start)))[0];
  for (const e of ofType<Encounter>('Encounter')) {
    if (e === current) continue;
    issues.push(
      information(
        `Encounter${e.resource.id ? `/${e.resource.id}` : ''} was not imported: CareHub keeps the current stay; past stays are recorded at discharge.`,
        at(e.index),
      ),
    );
  }
  const admittedAt = current?.resource.period?.start ? new Date(current.resource.period.start) : null;
  if (admittedAt && Number.isNaN(admittedAt.getTime())) {
    throw invalid('Encounter.period.start is not a date-time.', `${at(current?.index ?? 0)}.period.start`);
  }
  const attendingRef =
    current?.resource.participant?.find((p) => p.type?.some((t) => t.coding?.some((c) => c.code === 'ATND')))
      ?.individual?.reference ?? patient.generalPractitioner?.[0]?.reference;
  const attending = attendingRef ? resolve(attendingRef) : undefined;
  const attendingEmail =
    attending?.resourceType === 'Practitioner'
      ? (attending.telecom?.find((t) => t.system === 'email')?.value ?? null)
      : null;
  const priority = current?.resource.priority?.coding?.find((c) => c.system === SYSTEMS.actPriority)?.code;

  const conditions: Condition[] = [];
  let problemListStated = false;
  for (const { index, resource } of ofType<FhirCondition>('Condition')) {
    const categories = (resource.category ?? []).flatMap((c) => c.coding?.map((x) => x.code) ?? []);
    if (categories.includes('health-concern') || categories.includes('sdoh')) {
      issues.push(
        information(
          `Condition${resource.id ? `/${resource.id}` : ''} (a health concern) was not imported: care-plan problems and social needs are made in CareHub.`,
          at(index),
        ),
      );
      continue;
    }
    problemListStated = true;
    const coding = resource.code?.coding?.find((c) => c.code);
    const description = resource.code?.text ?? coding?.display ?? coding?.code;
    if (!description) {
      issues.push(warning('incomplete', 'A Condition without code or text was not imported.', at(index)));
      continue;
    }
    const clinical = resource.clinicalStatus?.coding?.[0]?.code;
    conditions.push({
      code: coding?.code ?? null,
      codeSystem: codeSystemName(coding?.system),
      description,
      onsetDate: resource.onsetDateTime?.slice(0, 10) ?? null,
      status: !clinical || ACTIVE_CLINICAL.has(clinical) ? 'ACTIVE' : 'RESOLVED',
    });
  }

  const allergies = ofType<AllergyIntolerance>('AllergyIntolerance').flatMap(({ index, resource }) => {
    const label = resource.code?.text ?? resource.code?.coding?.find((c) => c.display)?.display;
    if (label) return allergiesOf(label);
    issues.push(
      warning('incomplete', 'An AllergyIntolerance without code text or display was not imported.', at(index)),
    );
    return [];
  });

  const coverages = ofType<FhirCoverage>('Coverage').map(({ resource }) => resource);
  const lowestOrder = Math.min(...coverages.map((c) => c.order ?? Number.MAX_SAFE_INTEGER));
  const primaryIndex = coverages.findIndex((c) => (c.order ?? Number.MAX_SAFE_INTEGER) === lowestOrder);
  const coverageList: Coverage[] = coverages.map((c, i) => {
    const type = coverageTypeOf(c.type);
    return {
      type,
      payer: c.payor?.find((p) => p.display)?.display ?? type.charAt(0) + type.slice(1).toLowerCase(),
      plan: c.class?.find((k) => k.type?.coding?.some((x) => x.code === 'plan'))?.value ?? null,
      memberId: c.subscriberId ?? null,
      primary: i === primaryIndex,
    };
  });

  const emergencyContacts: EmergencyContact[] = [];
  let contactsStated = (patient.contact?.length ?? 0) > 0;
  const seen = new Set<string>();
  const addContact = (contact: EmergencyContact) => {
    const key = `${contact.name}\u0000${contact.phone}`;
    if (seen.has(key)) return;
    seen.add(key);
    emergencyContacts.push(contact);
  };
  for (const [i, contact] of (patient.contact ?? []).entries()) {
    const phone = contact.telecom?.find((t) => t.system === 'phone')?.value;
    const contactName =
      contact.name?.text ?? [...(contact.name?.given ?? []), contact.name?.family].filter(Boolean).join(' ');
    if (!phone || !contactName) {
      issues.push(
        warning(
          'incomplete',
          'A contact without name and phone was not imported.',
          `${at(patientEntry.index)}.contact[${i}]`,
        ),
      );
      continue;
    }
    addContact({
      name: contactName,
      relationship: contact.relationship?.find((r) => r.text)?.text ?? 'Contact',
      phone,
      isLegalRepresentative: false,
    });
  }
  for (const { index, resource } of ofType<RelatedPerson>('RelatedPerson')) {
    const codes = (resource.relationship ?? []).flatMap((r) => r.coding?.map((c) => c.code) ?? []);
    if (!codes.includes('ECON')) {
      issues.push(
        information(
          `RelatedPerson${resource.id ? `/${resource.id}` : ''} was not imported: family members are linked in CareHub with the patient's consent.`,
          at(index),
        ),
      );
      continue;
    }
    contactsStated = true;
    const phone = resource.telecom?.find((t) => t.system === 'phone')?.value;
    const personName =
      resource.name?.[0]?.text ??
      [...(resource.name?.[0]?.given ?? []), resource.name?.[0]?.family].filter(Boolean).join(' ');
    if (!phone || !personName) {
      issues.push(warning('incomplete', 'An emergency contact without name and phone was not imported.', at(index)));
      continue;
    }
    addContact({
      name: personName,
      relationship: resource.relationship?.find((r) => r.text && !r.coding)?.text ?? 'Emergency contact',
      phone,
      isLegalRepresentative: codes.includes('GUARD'),
    });
  }

  return {
    patient: {
      mrn,
      name,
      dateOfBirth: patient.birthDate,
      admittedAt,
      attendingEmail,
      ...(current && {
        admittingDiagnosis:
          current.resource.reasonCode?.map((r) => r.text ?? r.coding?.[0]?.display).find(Boolean) ?? null,
        admissionAcuity: priority === 'EM' ? 'EMERGENT' : priority === 'EL' ? 'ELECTIVE' : null,
      }),
      ...(ofType<AllergyIntolerance>('AllergyIntolerance').length > 0 && {
        allergies: allergies.length > 0 ? allergies.join('; ') : null,
      }),
      ...(patient.communication && {
        primaryLanguage:
          language?.language.text ??
          language?.language.coding?.[0]?.display ??
          language?.language.coding?.[0]?.code ??
          null,
      }),
      ...(interpreter && { interpreterNeeded: interpreter.valueBoolean === true }),
      ...(problemListStated && { conditions }),
      ...(coverages.length > 0 && { coverages: coverageList }),
      ...(contactsStated && { emergencyContacts }),
    },
    issues,
  };
}

/** The MRN: the identifier in CareHub's MRN system, else one typed MR, else none (refused). */
function mrnOf(patient: Patient, path: string): string {
  const identifiers = patient.identifier ?? [];
  const chosen =
    identifiers.find((i) => i.system === SYSTEMS.mrn && i.value) ??
    identifiers.find((i) => i.type?.coding?.some((c) => c.code === 'MR') && i.value);
  if (!chosen?.value) {
    throw invalid(
      'Patient.identifier needs a medical record number (type MR, or system urn:carehub:mrn).',
      `${path}.identifier`,
    );
  }
  return chosen.value;
}

function nameOf(patient: Patient): string | null {
  const name = patient.name?.find((n) => n.use === 'official') ?? patient.name?.[0];
  if (!name) return null;
  const text = name.text ?? [...(name.given ?? []), name.family].filter(Boolean).join(' ');
  return text.trim() || null;
}

function coverageTypeOf(type: CodeableConcept | undefined): CoverageType {
  const own = type?.coding?.find((c) => c.system === SYSTEMS.coverageKind)?.code;
  if (own && (COVERAGE_TYPES as readonly string[]).includes(own)) return own as CoverageType;
  const label = (type?.text ?? type?.coding?.[0]?.display ?? '').toLowerCase();
  return COVERAGE_BY_TEXT[label] ?? 'OTHER';
}

/** Every `reference` string inside a resource, with its FHIRPath-like location. */
function referencesIn(value: unknown, path: string): { path: string; reference: string }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => referencesIn(v, `${path}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, v]) => {
    if (key === 'reference' && typeof v === 'string' && !v.startsWith('#'))
      return [{ path: `${path}.reference`, reference: v }];
    return referencesIn(v, `${path}.${key}`);
  });
}
