/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "fragment ViewerFields on User {\n  id\n  name\n  email\n  discipline\n  role\n}\n\nquery Me {\n  me {\n    ...ViewerFields\n    units {\n      id\n      code\n      name\n    }\n  }\n}\n\nmutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    token\n    expiresAt\n    user {\n      ...ViewerFields\n    }\n  }\n}\n\nmutation Logout {\n  logout\n}": typeof types.ViewerFieldsFragmentDoc,
    "fragment PatientFields on Patient {\n  id\n  mrn\n  name\n  dateOfBirth\n  unit {\n    id\n    code\n    name\n  }\n  bed\n  admittedAt\n  version\n  updatedAt\n}\n\nfragment ChangeEventFields on ChangeEvent {\n  id\n  stream\n  kind\n  entityType\n  entityId\n  version\n  at\n  actor {\n    id\n    name\n  }\n}\n\nquery Patients($filter: PatientFilterInput) {\n  patients(filter: $filter) {\n    ...PatientFields\n  }\n}\n\nquery Patient($id: ID!) {\n  patient(id: $id) {\n    ...PatientFields\n  }\n}\n\nmutation CreatePatient($input: CreatePatientInput!) {\n  createPatient(input: $input) {\n    ...PatientFields\n  }\n}\n\nmutation UpdatePatient($input: UpdatePatientInput!) {\n  updatePatient(input: $input) {\n    ...PatientFields\n  }\n}\n\nsubscription PatientEvents($patientId: ID!, $after: ID) {\n  patientEvents(patientId: $patientId, after: $after) {\n    ...ChangeEventFields\n    node {\n      ... on Patient {\n        ...PatientFields\n      }\n    }\n  }\n}\n\nsubscription UnitEvents($unitId: ID!, $after: ID) {\n  unitEvents(unitId: $unitId, after: $after) {\n    ...ChangeEventFields\n    node {\n      ... on Patient {\n        ...PatientFields\n      }\n    }\n  }\n}": typeof types.PatientFieldsFragmentDoc,
};
const documents: Documents = {
    "fragment ViewerFields on User {\n  id\n  name\n  email\n  discipline\n  role\n}\n\nquery Me {\n  me {\n    ...ViewerFields\n    units {\n      id\n      code\n      name\n    }\n  }\n}\n\nmutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    token\n    expiresAt\n    user {\n      ...ViewerFields\n    }\n  }\n}\n\nmutation Logout {\n  logout\n}": types.ViewerFieldsFragmentDoc,
    "fragment PatientFields on Patient {\n  id\n  mrn\n  name\n  dateOfBirth\n  unit {\n    id\n    code\n    name\n  }\n  bed\n  admittedAt\n  version\n  updatedAt\n}\n\nfragment ChangeEventFields on ChangeEvent {\n  id\n  stream\n  kind\n  entityType\n  entityId\n  version\n  at\n  actor {\n    id\n    name\n  }\n}\n\nquery Patients($filter: PatientFilterInput) {\n  patients(filter: $filter) {\n    ...PatientFields\n  }\n}\n\nquery Patient($id: ID!) {\n  patient(id: $id) {\n    ...PatientFields\n  }\n}\n\nmutation CreatePatient($input: CreatePatientInput!) {\n  createPatient(input: $input) {\n    ...PatientFields\n  }\n}\n\nmutation UpdatePatient($input: UpdatePatientInput!) {\n  updatePatient(input: $input) {\n    ...PatientFields\n  }\n}\n\nsubscription PatientEvents($patientId: ID!, $after: ID) {\n  patientEvents(patientId: $patientId, after: $after) {\n    ...ChangeEventFields\n    node {\n      ... on Patient {\n        ...PatientFields\n      }\n    }\n  }\n}\n\nsubscription UnitEvents($unitId: ID!, $after: ID) {\n  unitEvents(unitId: $unitId, after: $after) {\n    ...ChangeEventFields\n    node {\n      ... on Patient {\n        ...PatientFields\n      }\n    }\n  }\n}": types.PatientFieldsFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ViewerFields on User {\n  id\n  name\n  email\n  discipline\n  role\n}\n\nquery Me {\n  me {\n    ...ViewerFields\n    units {\n      id\n      code\n      name\n    }\n  }\n}\n\nmutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    token\n    expiresAt\n    user {\n      ...ViewerFields\n    }\n  }\n}\n\nmutation Logout {\n  logout\n}"): (typeof documents)["fragment ViewerFields on User {\n  id\n  name\n  email\n  discipline\n  role\n}\n\nquery Me {\n  me {\n    ...ViewerFields\n    units {\n      id\n      code\n      name\n    }\n  }\n}\n\nmutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    token\n    expiresAt\n    user {\n      ...ViewerFields\n    }\n  }\n}\n\nmutation Logout {\n  logout\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PatientFields on Patient {\n  id\n  mrn\n  name\n  dateOfBirth\n  unit {\n    id\n    code\n    name\n  }\n  bed\n  admittedAt\n  version\n  updatedAt\n}\n\nfragment ChangeEventFields on ChangeEvent {\n  id\n  stream\n  kind\n  entityType\n  entityId\n  version\n  at\n  actor {\n    id\n    name\n  }\n}\n\nquery Patients($filter: PatientFilterInput) {\n  patients(filter: $filter) {\n    ...PatientFields\n  }\n}\n\nquery Patient($id: ID!) {\n  patient(id: $id) {\n    ...PatientFields\n  }\n}\n\nmutation CreatePatient($input: CreatePatientInput!) {\n  createPatient(input: $input) {\n    ...PatientFields\n  }\n}\n\nmutation UpdatePatient($input: UpdatePatientInput!) {\n  updatePatient(input: $input) {\n    ...PatientFields\n  }\n}\n\nsubscription PatientEvents($patientId: ID!, $after: ID) {\n  patientEvents(patientId: $patientId, after: $after) {\n    ...ChangeEventFields\n    node {\n      ... on Patient {\n        ...PatientFields\n      }\n    }\n  }\n}\n\nsubscription UnitEvents($unitId: ID!, $after: ID) {\n  unitEvents(unitId: $unitId, after: $after) {\n    ...ChangeEventFields\n    node {\n      ... on Patient {\n        ...PatientFields\n      }\n    }\n  }\n}"): (typeof documents)["fragment PatientFields on Patient {\n  id\n  mrn\n  name\n  dateOfBirth\n  unit {\n    id\n    code\n    name\n  }\n  bed\n  admittedAt\n  version\n  updatedAt\n}\n\nfragment ChangeEventFields on ChangeEvent {\n  id\n  stream\n  kind\n  entityType\n  entityId\n  version\n  at\n  actor {\n    id\n    name\n  }\n}\n\nquery Patients($filter: PatientFilterInput) {\n  patients(filter: $filter) {\n    ...PatientFields\n  }\n}\n\nquery Patient($id: ID!) {\n  patient(id: $id) {\n    ...PatientFields\n  }\n}\n\nmutation CreatePatient($input: CreatePatientInput!) {\n  createPatient(input: $input) {\n    ...PatientFields\n  }\n}\n\nmutation UpdatePatient($input: UpdatePatientInput!) {\n  updatePatient(input: $input) {\n    ...PatientFields\n  }\n}\n\nsubscription PatientEvents($patientId: ID!, $after: ID) {\n  patientEvents(patientId: $patientId, after: $after) {\n    ...ChangeEventFields\n    node {\n      ... on Patient {\n        ...PatientFields\n      }\n    }\n  }\n}\n\nsubscription UnitEvents($unitId: ID!, $after: ID) {\n  unitEvents(unitId: $unitId, after: $after) {\n    ...ChangeEventFields\n    node {\n      ... on Patient {\n        ...PatientFields\n      }\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;