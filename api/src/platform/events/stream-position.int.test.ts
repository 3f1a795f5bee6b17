import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASEY, collect, RILEY, startTestHub, type TestHub } from '../../testing/test-hub.js';
import { ChangeEventRecord } from './change-event.entity.js';
import { Streams } from './streams.js';

interface Event {
  id: string;
  entityType: string;
  entityId: string;
}

/**
 * The first read of a screen returns the position of the stream it reflects (`lastEventId`), and a
 * subscription that starts `after` it misses nothing: the position is read before the data.
 */
describe('stream positions on first reads', () => {
  let hub: TestHub;
  let casey: string;
  let riley: string;
  let patientId: string;
  let planId: string;
  let unitId: string;

  /** Runs a GraphQL operation and returns its data; throws on any error, so a failed read never looks empty. */
  async function must<T>(query: string, variables: Record<string, unknown>, token = casey): Promise<T> {
    const result = await hub.gql<T>(query, variables, token);
    if (result.errors?.length || !result.data) throw new Error(JSON.stringify(result.errors ?? 'no data'));
    return result.data;
  }

  /** The id of the newest event on a stream, straight from the event log. */
  async function lastLogged(stream: string): Promise<string> {
    const [row] = await hub.app.services.orm.em
      .fork()
      .find(ChangeEventRecord, { stream }, { orderBy: { id: 'desc' }, limit: 1 });
    if (!row) throw new Error(`no event on ${stream}`);
    return String(row.id);
  }

  const addNote = (text: string, token = riley) =>
    must<{ addProgressNote: { id: string } }>(
      'mutation($i: AddProgressNoteInput!) { addProgressNote(input: $i) { id } }',
      { i: { carePlanId: planId, clientMutationId: randomUUID(), text } },
      token,
    ).then((d) => d.addProgressNote.id);

  const PATIENT_EVENTS = `subscription($p: ID!, $after: ID) { patientEvents(patientId: $p, after: $after) { id entityType entityId } }`;

  beforeAll(async () => {
    hub = await startTestHub();
    casey = await hub.login(CASEY);
    riley = await hub.login(RILEY);
    const list = await must<{ patients: { id: string; mrn: string }[] }>('{ patients { id mrn } }', {});
    patientId = list.patients.find((p) => p.mrn === 'MRN-100231')?.id ?? '';
    const plan = await must<{ patient: { carePlan: { id: string } } }>(
      'query($id: ID!) { patient(id: $id) { carePlan { id } } }',
      { id: patientId },
    );
    planId = plan.patient.carePlan.id;
    const me = await must<{ me: { units: { id: string }[] } }>('{ me { units { id } } }', {});
    unitId = me.me.units[0]?.id ?? '';
  });
  afterAll(() => hub?.stop());

  it('patient(id) gives the id of the last event on the patient stream, and a subscription after it gets the next change only', async () => {
    const noteId = await addNote('Position check: before the read.');
    const read = await must<{ patient: { lastEventId: string } }>(
      'query($id: ID!) { patient(id: $id) { id lastEventId } }',
      { id: patientId },
    );
    expect(read.patient.lastEventId).toBe(await lastLogged(Streams.patient(patientId)));

    const events = collect<{ patientEvents: Event }>(hub.ws(casey), PATIENT_EVENTS, {
      p: patientId,
      after: read.patient.lastEventId,
    });
    const nextId = await addNote('Position check: after the read.');
    const [first] = await events.until(1);
    events.stop();
    expect(first?.patientEvents.entityId).toBe(nextId);
    expect(first?.patientEvents.entityId).not.toBe(noteId);
  });

  it('the care plan read through the patient and through carePlan(id) gives the patient stream position', async () => {
    await addNote('Position check: plan.');
    const expected = await lastLogged(Streams.patient(patientId));
    const nested = await must<{ patient: { carePlan: { lastEventId: string } } }>(
      'query($id: ID!) { patient(id: $id) { carePlan { lastEventId } } }',
      { id: patientId },
    );
    const root = await must<{ carePlan: { lastEventId: string } }>(
      'query($id: ID!) { carePlan(id: $id) { lastEventId } }',
      { id: planId },
    );
    expect(nested.patient.carePlan.lastEventId).toBe(expected);
    expect(root.carePlan.lastEventId).toBe(expected);
  });

  it('unit(id) gives the unit stream position with its patient list', async () => {
    const read = await must<{ unit: { lastEventId: string; patients: { id: string }[] } }>(
      'query($id: ID!) { unit(id: $id) { lastEventId patients { id } } }',
      { id: unitId },
    );
    expect(read.unit.lastEventId).toBe(await lastLogged(Streams.unit(unitId)));
    expect(read.unit.patients.map((p) => p.id)).toContain(patientId);
  });

  it('a patient reached through a list or a mutation carries no position', async () => {
    const list = await must<{ patients: { id: string; lastEventId: string | null }[] }>(
      '{ patients { id lastEventId } }',
      {},
    );
    expect(list.patients.every((p) => p.lastEventId === null)).toBe(true);
  });

  it('writes racing a read: each one is in the data read or delivered after its position', async () => {
    const writes = Array.from({ length: 12 }, (_, i) => `Racing note ${i}`);
    // The read is sent in the middle of the writes, all at once.
    const [read, ...ids] = await Promise.all([
      must<{ patient: { carePlan: { lastEventId: string; notes: { id: string }[] } } }>(
        'query($id: ID!) { patient(id: $id) { carePlan { lastEventId notes { id } } } }',
        { id: patientId },
      ),
      ...writes.map((text, i) => addNote(text, i % 2 ? riley : casey)),
    ]);
    const shown = new Set(read.patient.carePlan.notes.map((n) => n.id));
    const missing = (ids as string[]).filter((id) => !shown.has(id));
    const events = collect<{ patientEvents: Event }>(hub.ws(casey), PATIENT_EVENTS, {
      p: patientId,
      after: read.patient.carePlan.lastEventId,
    });
    // Everything the read did not show arrives on the stream (possibly with notes it did show too).
    const deadline = Date.now() + 10_000;
    const delivered = () => new Set(events.items.map((e) => e.patientEvents.entityId));
    while (missing.some((id) => !delivered().has(id)) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
    }
    events.stop();
    expect(missing.filter((id) => !delivered().has(id))).toEqual([]);
  });

  it('unit(id) of a unit the caller is not on (or that does not exist) is FORBIDDEN, and UNAUTHENTICATED without a session', async () => {
    const unknown = await hub.gql('query($id: ID!) { unit(id: $id) { id } }', { id: randomUUID() }, casey);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await hub.gql('query($id: ID!) { unit(id: $id) { id } }', { id: unitId }, null);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
