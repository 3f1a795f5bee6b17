import { gql, InMemoryCache } from '@apollo/client';
import {
  PatientFieldsFragmentDoc,
  type PatientRecordEventFragment,
  type UnitEventsSubscription,
  UnitPatientsDocument,
  type UnitPatientsQuery,
} from '@carehub/schema/graphql';
import { beforeEach, describe, expect, it } from 'vitest';
import { placeInUnitLists } from './patient.live.js';
import { placeInPatientLists } from './patient-record.live.js';

type UnitPatient = Extract<NonNullable<UnitEventsSubscription['unitEvents']['node']>, { __typename?: 'Patient' }>;
type PatientNode = NonNullable<PatientRecordEventFragment['recordNode']>;

const patient = (id: string, name: string, status = 'ADMITTED', unitId = 'u1') =>
  ({
    __typename: 'Patient',
    id,
    mrn: `MRN-${id}`,
    name,
    dateOfBirth: '1950-01-01',
    unit: { __typename: 'Unit', id: unitId, code: '4W', name: 'Telemetry', timeZone: 'America/Chicago' },
    bed: null,
    status,
    admittedAt: '2026-11-01T08:00:00.000Z',
    dischargedAt: null,
    expectedDischargeDate: null,
    lengthOfStayDays: 3,
    version: 1,
    updatedAt: '2026-11-01T08:00:00.000Z',
  }) as unknown as UnitPatient;

let cache: InMemoryCache;
const list = () =>
  cache.readQuery({ query: UnitPatientsDocument, variables: { unitId: 'u1' } })?.unit.patients.map((p) => p.name);

/** Writes a patient as the platform does before the feature places it. */
const written = (node: UnitPatient) => {
  cache.writeFragment({ fragment: PatientFieldsFragmentDoc, fragmentName: 'PatientFields', data: node as never });
  return node;
};

beforeEach(() => {
  cache = new InMemoryCache({ typePolicies: { Unit: { fields: { patients: { merge: false } } } } });
  cache.writeQuery({
    query: UnitPatientsDocument,
    variables: { unitId: 'u1' },
    data: {
      unit: {
        __typename: 'Unit',
        id: 'u1',
        code: '4W',
        name: 'Telemetry',
        lastEventId: '10',
        patients: [patient('a', 'Aisha Bello'), patient('e', 'Eleanor Whitfield')],
      },
    } as unknown as UnitPatientsQuery,
  });
});

describe('unit list events in the cache', () => {
  it('a patient admitted to the unit joins its list in name order, once', () => {
    const carlos = written(patient('c', 'Carlos Diaz'));
    placeInUnitLists(cache, 'u1', carlos);
    placeInUnitLists(cache, 'u1', carlos);
    expect(list()).toEqual(['Aisha Bello', 'Carlos Diaz', 'Eleanor Whitfield']);
  });

  it('a patient discharged or moved to another unit leaves the list', () => {
    placeInUnitLists(cache, 'u1', written(patient('a', 'Aisha Bello', 'DISCHARGED')));
    placeInUnitLists(cache, 'u1', written(patient('e', 'Eleanor Whitfield', 'ADMITTED', 'u2')));
    expect(list()).toEqual([]);
  });
});

describe('patient events in the cache', () => {
  const TEAM = gql`
    query Team {
      patient(id: "p1") {
        id
        careTeam {
          id
        }
        familyLinks {
          id
        }
      }
    }
  `;
  const team = () =>
    cache.readQuery<{ patient: { careTeam: { id: string }[]; familyLinks: { id: string }[] } }>({ query: TEAM })
      ?.patient;

  beforeEach(() => {
    cache.writeQuery({
      query: TEAM,
      data: {
        patient: {
          __typename: 'Patient',
          id: 'p1',
          careTeam: [{ __typename: 'CareTeamMember', id: 'm1' }],
          familyLinks: [],
        },
      },
    });
  });

  const ENTITY = gql`
    fragment Entity on CareTeamMember {
      id
    }
  `;
  /** Writes the item as the platform does before the feature places it. */
  const member = (id: string, endedAt: string | null) => {
    cache.writeFragment({ id: `CareTeamMember:${id}`, fragment: ENTITY, data: { __typename: 'CareTeamMember', id } });
    return { __typename: 'CareTeamMember', id, endedAt } as unknown as PatientNode;
  };

  it('a member added joins the care team once; one whose membership ended leaves it', () => {
    placeInPatientLists(cache, 'p1', 'CREATED', member('m2', null));
    placeInPatientLists(cache, 'p1', 'CREATED', member('m2', null));
    expect(team()?.careTeam.map((m) => m.id)).toEqual(['m1', 'm2']);
    placeInPatientLists(cache, 'p1', 'UPDATED', member('m1', '2026-11-20T10:00:00.000Z'));
    expect(team()?.careTeam.map((m) => m.id)).toEqual(['m2']);
  });

  it('a family link made elsewhere joins the list once', () => {
    cache.writeFragment({
      id: 'FamilyLink:f1',
      fragment: gql`
        fragment Link on FamilyLink {
          id
        }
      `,
      data: { __typename: 'FamilyLink', id: 'f1' },
    });
    const link = { __typename: 'FamilyLink', id: 'f1' } as unknown as PatientNode;
    placeInPatientLists(cache, 'p1', 'CREATED', link);
    placeInPatientLists(cache, 'p1', 'CREATED', link);
    expect(team()?.familyLinks.map((l) => l.id)).toEqual(['f1']);
  });
});
