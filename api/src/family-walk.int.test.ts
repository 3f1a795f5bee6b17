/**
 * The family filter, walked: every query and subscription of the served schema (read by
 * introspection), with every field beneath it, is run as a demo family member with every kind of
 * id — their own patient, another patient, a TEAM-only item of their own patient, another
 * patient's shared item — and nothing that comes back may name an item family must not see: no
 * TEAM-only item of any kind and nothing of any other patient. Every operation needs a family rule
 * below; a new one without a rule fails the first test.
 */
import {
  buildClientSchema,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  getIntrospectionQuery,
  getNamedType,
  type IntrospectionQuery,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChangeEventRecord } from './platform/events/change-event.entity.js';
import { patientBundle } from './testing/fhir.js';
import { CASEY, collect, startTestHub, type TestHub } from './testing/test-hub.js';

/**
 * What a family member gets from each operation. `answers`: it may answer, and what it answers is
 * scanned. `refused`: every call must fail with a coded error (and is scanned too).
 */
const FAMILY_RULES: Record<string, 'answers' | 'refused'> = {
  // Queries
  me: 'answers',
  patients: 'answers',
  myCaseload: 'answers',
  units: 'answers',
  unit: 'refused',
  staff: 'refused',
  patient: 'refused',
  carePlan: 'refused',
  itemHistory: 'refused',
  auditTrail: 'refused',
  verifyAuditChain: 'refused',
  portal: 'answers',
  // Task boards, rounds and care conferences are the team's; a published conference summary is the family's.
  taskBoard: 'refused',
  task: 'refused',
  myWork: 'refused',
  roundsSession: 'refused',
  roundsSessions: 'refused',
  careConference: 'refused',
  conferenceSummaries: 'answers',
  worklist: 'answers',
  assessment: 'refused',
  socialNeedsScreeningTool: 'refused',
  // Utilization review and payer authorizations are the team's alone.
  payerWorklist: 'refused',
  // The FHIR export is the whole record: family see shared items through the portal only.
  fhirBundle: 'refused',
  // Subscriptions
  patientEvents: 'refused',
  unitEvents: 'refused',
  portalEvents: 'answers',
  boardEvents: 'refused',
  roundsEvents: 'refused',
  conferenceEvents: 'refused',
};

const REFUSALS = new Set(['FORBIDDEN', 'UNAUTHENTICATED', 'NOT_FOUND', 'BAD_USER_INPUT']);
const MAX_DEPTH = 4;

describe('the family filter over the whole schema', () => {
  let hub: TestHub;
  let casey: string;
  let jordan: string;
  let schema: GraphQLSchema;
  let eleanor: string;
  let harold: string;
  /** Ids and words family must never be shown. */
  const forbidden = new Set<string>();
  /** Ids to pass wherever an operation takes an id. */
  const candidates: string[] = [];

  beforeAll(async () => {
    hub = await startTestHub({ LOGIN_MAX_FAILURES: '1000' });
    casey = await hub.login(CASEY);
    jordan = await hub.login('jordan.family@demo.carehub.test');
    const introspection = await hub.read<IntrospectionQuery>(getIntrospectionQuery(), {}, jordan);
    schema = buildClientSchema(introspection);
    const list = await hub.read<{ patients: { id: string; mrn: string; name: string }[] }>(
      '{ patients { id mrn name } }',
      {},
      casey,
    );
    eleanor = list.patients.find((p) => p.mrn === 'MRN-100231')?.id ?? '';
    harold = list.patients.find((p) => p.mrn === 'MRN-100232')?.id ?? '';
    const me = await hub.read<{ me: { id: string } }>('{ me { id } }', {}, jordan);
    // What family may see, decided from the record itself (not from what the portal answers): the
    // items of their patient whose latest state is shared with family, and their own questions.
    const events = await hub.app.services.orm.em.fork().find(ChangeEventRecord, {}, { orderBy: { id: 'asc' } });
    const latest = new Map(events.map((e) => [e.entityId, e]));
    const shared = (e: ChangeEventRecord) =>
      e.patientId === eleanor &&
      e.kind !== 'DELETED' &&
      (e.snapshot.visibility === 'FAMILY' || e.snapshot.askedById === me.me.id);
    const shown = new Set([eleanor, me.me.id, ...[...latest.values()].filter(shared).map((e) => e.entityId)]);
    // Everything else on the event log — every item of every patient, every account, unit and link.
    for (const event of latest.values()) {
      if (shown.has(event.entityId)) continue;
      forbidden.add(event.entityId);
      for (const field of ['description', 'action', 'statement', 'text']) {
        const words = event.snapshot[field];
        if (typeof words === 'string') forbidden.add(words);
      }
    }
    for (const p of list.patients) if (p.id !== eleanor) forbidden.add(p.name);
    const teamGoal = (await goalsOf(eleanor)).find((g) => g.visibility === 'TEAM');
    const haroldShared = (await goalsOf(harold)).find((g) => g.visibility === 'FAMILY');
    if (!teamGoal || !haroldShared)
      throw new Error('the demo data changed: need a TEAM goal and a shared goal of Harold');
    candidates.push(eleanor, harold, teamGoal.id, haroldShared.id);
  }, 60_000);
  afterAll(() => hub?.stop());

  /** The goals of a patient's plan, read as the lead case manager (throws on error). */
  const goalsOf = async (patientId: string) => {
    const read = await hub.read<{
      patient: { carePlan: { problems: { goals: { id: string; version: number; visibility: string }[] }[] } };
    }>(
      'query($id: ID!) { patient(id: $id) { carePlan { problems { goals { id version visibility } } } } }',
      { id: patientId },
      casey,
    );
    return read.patient.carePlan.problems.flatMap((p) => p.goals);
  };

  const operations = () =>
    [schema.getQueryType(), schema.getSubscriptionType()].flatMap((type) => Object.values(type?.getFields() ?? {}));

  /** Every id and word family must not see that `payload` contains (the id it was asked about aside: echoing it back tells nothing). */
  const leaks = (payload: unknown, sent: string) => {
    const text = JSON.stringify(payload).replaceAll(sent, '<sent>');
    return [...forbidden].filter((f) => text.includes(f));
  };

  it('has a family rule for every query and subscription of the schema', () => {
    expect(
      operations()
        .map((f) => f.name)
        .sort(),
    ).toEqual(Object.keys(FAMILY_RULES).sort());
  });

  it('answers no query, at any depth and with any id, with a TEAM-only item or another patient’s item', async () => {
    const problems: string[] = [];
    for (const field of schema.getQueryType()?.getFields()
      ? Object.values(schema.getQueryType()?.getFields() ?? {})
      : []) {
      for (const id of idsFor(field)) {
        let results = [await hub.gql(`query { ${fieldSelection(field, id, 0, new Set())} }`, {}, jordan)];
        // A selection of every field to MAX_DEPTH can cost more than the hub allows in one query: the
        // same selection is then asked in parts, one per field of the operation's own type.
        if (results[0]?.errors?.some((e) => String(e.message).includes('Query Cost limit'))) {
          results = [];
          for (const part of fieldSelectionParts(field, id))
            results.push(await hub.gql(`query { ${part} }`, {}, jordan));
        }
        for (const result of results) {
          const leaked = leaks(result, id);
          if (leaked.length > 0) problems.push(`${field.name}(${id}) showed ${leaked.join(', ')}`);
          const codes = (result.errors ?? []).map((e) => String(e.extensions?.code));
          if (codes.some((c) => !REFUSALS.has(c)))
            problems.push(`${field.name}(${id}) failed: ${JSON.stringify(result.errors)}`);
          if (FAMILY_RULES[field.name] === 'refused' && codes.length === 0)
            problems.push(`${field.name}(${id}) answered`);
        }
      }
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it('the FHIR REST routes refuse family with an OperationOutcome, for their own patient and any other id, and show nothing', async () => {
    const problems: string[] = [];
    for (const id of candidates) {
      const response = await fetch(`${hub.url}/fhir/Patient/${id}/$everything`, {
        headers: { authorization: `Bearer ${jordan}` },
      });
      const body = (await response.json()) as { resourceType?: string };
      if (![403, 404].includes(response.status) || body.resourceType !== 'OperationOutcome')
        problems.push(`$everything(${id}) answered ${response.status}`);
      const leaked = leaks(body, id);
      if (leaked.length > 0) problems.push(`$everything(${id}) showed ${leaked.join(', ')}`);
    }
    const imported = await fetch(`${hub.url}/fhir`, {
      method: 'POST',
      headers: { 'content-type': 'application/fhir+json', authorization: `Bearer ${jordan}` },
      body: JSON.stringify(patientBundle('MRN-100231', 'Renamed By Family', '1941-03-14')),
    });
    if (imported.status !== 403) problems.push(`POST /fhir answered ${imported.status}`);
    expect(problems).toEqual([]);
  });

  it('delivers no TEAM-only change and nothing of another patient on any subscription, replayed or live', async () => {
    const problems: string[] = [];
    const feeds: { name: string; id: string; feed: ReturnType<typeof collect<unknown>> }[] = [];
    const members = Object.values(schema.getTypeMap())
      .filter(isUnionType)
      .flatMap((u) => u.getTypes().map((t) => t.name));
    for (const field of Object.values(schema.getSubscriptionType()?.getFields() ?? {})) {
      for (const id of idsFor(field)) {
        // One subscription per member of a union beneath it: members' fields may share names with other types.
        const documents = new Set(
          members.map(
            (member) => `subscription { ${fieldSelection(field, id, 0, new Set(), { after: '"0"' }, member)} }`,
          ),
        );
        const client = hub.ws(jordan);
        for (const document of documents)
          feeds.push({ name: field.name, id, feed: collect<unknown>(client, document, {}) });
      }
    }
    // While they listen: a TEAM-only edit on the family member's patient, a change on another
    // patient, then a shared update on their own — the last thing the portal shows.
    const teamGoal = (await goalsOf(eleanor)).find((g) => g.visibility === 'TEAM');
    const secret = 'TEAM-ONLY wording nobody outside the team reads';
    forbidden.add(secret);
    forbidden.add('Harold is walking further');
    await hub.read(
      'mutation($i: UpdateGoalInput!) { updateGoal(input: $i) { id } }',
      { i: { id: teamGoal?.id, expectedVersion: teamGoal?.version, description: secret } },
      casey,
    );
    await hub.read(
      'mutation($i: WriteFamilyUpdateInput!) { writeFamilyUpdate(input: $i) { id } }',
      { i: { patientId: harold, text: 'Harold is walking further' } },
      casey,
    );
    const marker = 'Marker: the last change of the walk';
    await hub.read(
      'mutation($i: WriteFamilyUpdateInput!) { writeFamilyUpdate(input: $i) { id } }',
      { i: { patientId: eleanor, text: marker } },
      casey,
    );
    for (const { name, id, feed } of feeds) {
      if (FAMILY_RULES[name] === 'answers' && id === eleanor) {
        // Replay and live are in id order: once the marker is here, everything before it went past.
        for (let n = 1; !JSON.stringify(feed.items).includes(marker); n++) await feed.until(n);
      } else {
        await feed.done;
        if (feed.items.length > 0) problems.push(`${name}(${id}) delivered ${feed.items.length} events`);
        const error = JSON.stringify(feed.errors);
        if (![...REFUSALS].some((code) => error.includes(code)))
          problems.push(`${name}(${id}) ended without a refusal: ${error}`);
      }
      feed.stop();
      const leaked = leaks([feed.items, feed.errors], id);
      if (leaked.length > 0) problems.push(`${name}(${id}) showed ${leaked.join(', ')}`);
    }
    expect(problems).toEqual([]);
  }, 120_000);

  /** The ids to try on an operation: every candidate when it takes an id, once otherwise. */
  function idsFor(field: GraphQLField<unknown, unknown>): string[] {
    return hasIdArgument(field, 0) ? candidates : [candidates[0] ?? ''];
  }

  function hasIdArgument(field: GraphQLField<unknown, unknown>, depth: number): boolean {
    if (field.args.some((a) => getNamedType(a.type).name === 'ID')) return true;
    const type = getNamedType(field.type);
    if (depth >= MAX_DEPTH || !isObjectType(type)) return false;
    return Object.values(type.getFields()).some((f) => hasIdArgument(f, depth + 1));
  }
});

/** A field with its required arguments (ids set to `id`) and every field beneath it to MAX_DEPTH. */
function fieldSelection(
  field: GraphQLField<unknown, unknown>,
  id: string,
  depth: number,
  path: Set<string>,
  extra: Record<string, string> = {},
  member?: string,
): string {
  const args = field.args
    .map((a) => (a.name in extra ? `${a.name}: ${extra[a.name]}` : argument(a, id)))
    .filter((a): a is string => a !== null);
  const head = args.length > 0 ? `${field.name}(${args.join(', ')})` : field.name;
  const sub = selectionOf(getNamedType(field.type), id, depth + 1, path, member);
  return sub === null ? '' : `${head}${sub}`;
}

/** `fieldSelection` cut into one selection per field of the operation's own (object) type. */
function fieldSelectionParts(field: GraphQLField<unknown, unknown>, id: string): string[] {
  const type = getNamedType(field.type);
  if (!isObjectType(type)) return [fieldSelection(field, id, 0, new Set())];
  const head = fieldSelection(field, id, 0, new Set()).split('{')[0];
  return Object.values(type.getFields())
    .map((f) => fieldSelection(f, id, 1, new Set([type.name])))
    .filter((s) => s !== '')
    .map((sub) => `${head}{ __typename ${sub} }`);
}

/**
 * `{ … }` for an object or union, '' for a leaf, null when nothing can be selected at this depth.
 * A union selects only `member` (when it is one of its members).
 */
function selectionOf(
  type: GraphQLNamedType,
  id: string,
  depth: number,
  path: Set<string>,
  member?: string,
): string | null {
  if (!isObjectType(type) && !isInterfaceType(type) && !isUnionType(type)) return '';
  if (depth > MAX_DEPTH || path.has(type.name)) return null;
  const inner = new Set([...path, type.name]);
  if (isUnionType(type)) {
    const parts = type
      .getTypes()
      .filter((t) => t.name === member)
      .map((t) => `... on ${t.name} ${selectionOf(t, id, depth, inner, member) ?? '{ __typename }'}`);
    return `{ __typename ${parts.join(' ')} }`;
  }
  const fields = Object.values(type.getFields())
    .map((f) => fieldSelection(f, id, depth, inner, {}, member))
    .filter((s) => s !== '');
  return `{ __typename ${fields.join(' ')} }`;
}

/** A required argument's value (optional ones are left out). */
function argument(arg: GraphQLArgument, id: string): string | null {
  if (!isNonNullType(arg.type)) return null;
  return `${arg.name}: ${literalOf(arg.type, id)}`;
}

function literalOf(type: GraphQLInputType, id: string): string {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return `[${literalOf(inner.ofType, id)}]`;
  if (isEnumType(inner)) return inner.getValues()[0]?.name ?? '';
  if (isInputObjectType(inner)) {
    const fields = Object.values(inner.getFields()).filter((f) => isNonNullType(f.type));
    return `{ ${fields.map((f) => `${f.name}: ${literalOf(f.type, id)}`).join(', ')} }`;
  }
  switch (inner.name) {
    case 'ID':
      return JSON.stringify(id);
    case 'Int':
    case 'Float':
      return '1';
    case 'Boolean':
      return 'true';
    default:
      return '"x"';
  }
}
