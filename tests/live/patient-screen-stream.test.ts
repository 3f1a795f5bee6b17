import { randomUUID } from 'node:crypto';
import { collectLive, RILEY, startTestHub, type TestHub } from '@carehub/api/testing';
import { PatientScreenEventsDocument, type PatientScreenEventsSubscription } from '@carehub/schema/graphql';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

type Event = PatientScreenEventsSubscription['patientEvents'];

/**
 * The patient screen follows the patient with ONE subscription whose selection is every feature's
 * (web/src/platform/patient-events.ts). The hub must accept that operation under its limits (depth,
 * cost, tokens, aliases) and deliver each feature's item under the feature's own name.
 */
describe('the patient screen’s one subscription, against the hub', () => {
  let hub: TestHub;
  let token: string;
  let patientId: string;
  let planId: string;

  beforeAll(async () => {
    hub = await startTestHub();
    token = await hub.login(RILEY);
    const { patients } = await hub.read<{ patients: { id: string; name: string }[] }>(
      '{ patients { id name } }',
      {},
      token,
    );
    const eleanor = patients.find((p) => p.name === 'Eleanor Whitfield');
    if (!eleanor) throw new Error('demo patient missing');
    patientId = eleanor.id;
    const { patient } = await hub.read<{ patient: { carePlan: { id: string }; lastEventId: string } }>(
      'query($id: ID!) { patient(id: $id) { lastEventId carePlan { id } } }',
      { id: patientId },
      token,
    );
    planId = patient.carePlan.id;
  });
  afterAll(async () => {
    await hub?.dispose();
    await hub?.stop();
  });

  it('is accepted and hands a note to the care plan’s selection and a task to the tasks’ selection', async () => {
    const { patient } = await hub.read<{ patient: { lastEventId: string } }>(
      'query($id: ID!) { patient(id: $id) { lastEventId } }',
      { id: patientId },
      token,
    );
    const feed = await collectLive<{ patientEvents: Event }>(
      hub.ws(token),
      print(PatientScreenEventsDocument),
      { patientId },
      patient.lastEventId,
    );
    await hub.read(
      'mutation($i: AddProgressNoteInput!) { addProgressNote(input: $i) { id } }',
      { i: { carePlanId: planId, clientMutationId: randomUUID(), text: 'One stream for the whole screen.' } },
      token,
    );
    await hub.read(
      'mutation($i: CreateTaskInput!) { createTask(input: $i) { id } }',
      { i: { patientId, title: 'Weigh before breakfast', clientMutationId: randomUUID() } },
      token,
    );
    const [note, task] = (await feed.until(2)).map((d) => d.patientEvents);
    feed.stop();
    expect(feed.errors).toEqual([]);
    expect(note?.node?.__typename).toBe('ProgressNote');
    expect(note?.carePlanNode).toMatchObject({ __typename: 'ProgressNote', text: 'One stream for the whole screen.' });
    expect(task?.node?.__typename).toBe('Task');
    expect(task?.taskNode).toMatchObject({ __typename: 'Task', title: 'Weigh before breakfast', patientId });
  });
});
