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

  const since = async (token: string) => (await hub.read<Since>(SINCE, { id: patientId }, token)).patient;
  const mark = async (eventId: string, token: string) => {
    const result = await hub.gql<{ markPatientSeen: { latestEventId: string; changes: { kind: string }[] } }>(
      MARK,
      { p: patientId, e: eventId },
      token,
    );
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.markPatientSeen;
  };

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

  it('the marker never moves backwards: marking an older event of the patient leaves it where it was', async () => {
    const older = (await since(riley)).changesSinceLastSeen.latestEventId;
    // Casey changes the patient after `older`, then Riley marks everything seen.
    await hub.read(
      'mutation($i: UpdatePatientInput!) { updatePatient(input: $i) { id } }',
      { i: { id: patientId, expectedVersion: (await since(casey)).version, bed: '406B' } },
      casey,
    );
    const newest = (await since(riley)).changesSinceLastSeen.latestEventId;
    expect(BigInt(newest)).toBeGreaterThan(BigInt(older));
    await mark(newest, riley);
    const marked = (await since(riley)).changesSinceLastSeen;
    expect(marked.changes).toEqual([]);

    // `older` is a real event of this patient, so the call is accepted; had the marker moved back
    // to it, Casey's change after it would be listed again.
    expect((await mark(older, riley)).changes).toEqual([]);
    expect((await since(riley)).changesSinceLastSeen).toEqual(marked);
  });

  it.each([
    ['an event id that is not a number', 'latest', 'BAD_USER_INPUT'],
    ['an event of another patient’s stream', '999999', 'BAD_USER_INPUT'],
  ])('markPatientSeen with %s is refused and the marker stays', async (_label, eventId, code) => {
    const before = (await since(casey)).changesSinceLastSeen;
    const result = await hub.gql(MARK, { p: patientId, e: eventId }, casey);
    expect(result.errors?.[0]?.extensions?.code).toBe(code);
    expect((await since(casey)).changesSinceLastSeen).toEqual(before);
  });

  it('markPatientSeen on an unknown patient is NOT_FOUND', async () => {
    const result = await hub.gql(MARK, { p: '00000000-0000-4000-8000-000000000006', e: '1' }, casey);
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
