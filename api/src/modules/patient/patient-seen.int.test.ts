import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASEY, RILEY, startTestHub, type TestHub } from '../../testing/test-hub.js';

const SINCE = `query($id: ID!) { patient(id: $id) { version changesSinceLastSeen { lastSeenAt latestEventId changes { actorName kind entityType fields } } } }`;
const MARK =
  'mutation($p: ID!, $e: ID!) { markPatientSeen(patientId: $p, upToEventId: $e) { latestEventId changes { kind } } }';

interface Since {
  patient: {
    version: number;
    changesSinceLastSeen: {
      lastSeenAt: string | null;
      latestEventId: string;
      changes: { actorName: string; kind: string; entityType: string; fields: string[] }[];
    };
  };
}

describe('what changed since I last looked', () => {
  let hub: TestHub;
  let casey: string;
  let riley: string;
  let patientId: string;

  beforeAll(async () => {
    hub = await startTestHub();
    casey = await hub.login(CASEY);
    riley = await hub.login(RILEY);
    const list = await hub.gql<{ patients: { id: string; mrn: string }[] }>('{ patients { id mrn } }', {}, casey);
    patientId = list.data?.patients.find((p) => p.mrn === 'MRN-100240')?.id ?? '';
  });
  afterAll(() => hub?.stop());

  const since = async (token: string) => (await hub.gql<Since>(SINCE, { id: patientId }, token)).data?.patient;

  it('lists others’ changes since the marker, not your own, and marking moves the marker', async () => {
    const first = await since(casey);
    expect(first?.changesSinceLastSeen.lastSeenAt).toBeNull();
    await hub.gql(MARK, { p: patientId, e: first?.changesSinceLastSeen.latestEventId }, casey);
    expect((await since(casey))?.changesSinceLastSeen.changes).toEqual([]);

    await hub.gql(
      'mutation($i: UpdatePatientInput!) { updatePatient(input: $i) { id } }',
      {
        i: { id: patientId, expectedVersion: first?.version, bed: '405Z', allergies: 'Morphine' },
      },
      riley,
    );
    const version = (await since(casey))?.version;
    await hub.gql(
      'mutation($i: UpdatePatientInput!) { updatePatient(input: $i) { id } }',
      {
        i: { id: patientId, expectedVersion: version, primaryLanguage: 'Twi' },
      },
      casey,
    );

    const seen = (await since(casey))?.changesSinceLastSeen;
    expect(seen?.lastSeenAt).not.toBeNull();
    expect(seen?.changes).toEqual([
      { actorName: 'Riley Chen', kind: 'UPDATED', entityType: 'Patient', fields: ['allergies', 'bed'] },
    ]);
    await hub.gql(MARK, { p: patientId, e: seen?.latestEventId }, casey);
    expect((await since(casey))?.changesSinceLastSeen.changes).toEqual([]);
  });

  it('the marker never moves backwards', async () => {
    const now = (await since(riley))?.changesSinceLastSeen;
    await hub.gql(MARK, { p: patientId, e: now?.latestEventId }, riley);
    await hub.gql(MARK, { p: patientId, e: '1' }, riley).catch(() => null);
    expect((await since(riley))?.changesSinceLastSeen.changes).toEqual([]);
  });

  it.each([
    ['an event id that is not a number', 'latest', 'BAD_USER_INPUT'],
    ['an event of another patient’s stream', '999999', 'BAD_USER_INPUT'],
  ])('markPatientSeen with %s', async (_label, eventId, code) => {
    const before = (await since(casey))?.changesSinceLastSeen;
    const result = await hub.gql(MARK, { p: patientId, e: eventId }, casey);
    expect(result.errors?.[0]?.extensions?.code).toBe(code);
    expect((await since(casey))?.changesSinceLastSeen).toEqual(before);
  });

  it('markPatientSeen on an unknown patient is NOT_FOUND', async () => {
    const result = await hub.gql(MARK, { p: '00000000-0000-4000-8000-000000000006', e: '1' }, casey);
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
