import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChangeEventRecord } from '../../platform/events/change-event.entity.js';
import { Streams } from '../../platform/events/streams.js';
import { CASEY, codeOf, collectLive, RILEY, startTestHub, type TestHub } from '../../testing/test-hub.js';
import { User } from '../identity/user.entity.js';
import { Task } from '../task-board/task-board.entity.js';

const FAMILY = 'jordan.family@demo.carehub.test';
const OTHER_FAMILY = 'chris.family@demo.carehub.test';

const CONFERENCE = `query($id: ID!) { careConference(id: $id) {
  id version title scheduledAt location status agenda notes lastEventId organizer { name } patient { name }
  attendees { id kind name relationship mode userId }
  decisions { id text taskId author { name } }
  summary { id text publishedByName visibility: conferenceTitle }
} }`;
const SCHEDULE =
  'mutation($i: ScheduleCareConferenceInput!) { scheduleCareConference(input: $i) { id version agenda status } }';
const UPDATE =
  'mutation($i: UpdateCareConferenceInput!) { updateCareConference(input: $i) { id version notes status } }';
const ATTEND =
  'mutation($i: AddConferenceAttendeeInput!) { addConferenceAttendee(input: $i) { id name kind mode relationship } }';
const DECIDE = 'mutation($i: RecordConferenceDecisionInput!) { recordConferenceDecision(input: $i) { id text } }';
const FOLLOW_UP =
  'mutation($i: CreateConferenceFollowUpInput!) { createConferenceFollowUp(input: $i) { id text taskId } }';
const PUBLISH =
  'mutation($i: PublishConferenceSummaryInput!) { publishConferenceSummary(input: $i) { id summary { text publishedByName } } }';
const SUMMARIES = 'query($p: ID!) { conferenceSummaries(patientId: $p) { id conferenceTitle text publishedByName } }';
const EVENTS = `subscription($id: ID!, $after: ID) { conferenceEvents(conferenceId: $id, after: $after) {
  id entityType node { __typename ... on ConferenceDecision { text } ... on ConferenceSummary { text } } } }`;

interface Conference {
  id: string;
  version: number;
  status: string;
  agenda: string[];
  notes: string | null;
  lastEventId: string | null;
  organizer: { name: string };
  patient: { name: string };
  attendees: { kind: string; name: string; relationship: string | null; mode: string; userId: string | null }[];
  decisions: { text: string; taskId: string | null; author: { name: string } }[];
  summary: { text: string; publishedByName: string } | null;
}

describe('care conferences', () => {
  let hub: TestHub;
  let casey: string;
  let riley: string;
  let family: string;
  let otherFamily: string;
  let patientId: string;
  let familyUserId: string;
  let otherFamilyUserId: string;

  beforeAll(async () => {
    hub = await startTestHub();
    [casey, riley, family, otherFamily] = await Promise.all([
      hub.login(CASEY),
      hub.login(RILEY),
      hub.login(FAMILY),
      hub.login(OTHER_FAMILY),
    ]);
    const list = await hub.read<{ patients: { id: string; mrn: string }[] }>('{ patients { id mrn } }', {}, casey);
    patientId = list.patients.find((p) => p.mrn === 'MRN-100231')?.id ?? '';
    familyUserId = (await hub.read<{ me: { id: string } }>('{ me { id } }', {}, family)).me.id;
    otherFamilyUserId = (await hub.read<{ me: { id: string } }>('{ me { id } }', {}, otherFamily)).me.id;
  });
  afterAll(() => hub?.stop());

  const must = async <T>(doc: string, i: Record<string, unknown>, token = casey): Promise<T> => {
    const r = await hub.gql<T>(doc, { i }, token);
    if (!r.data || r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data;
  };
  const read = async (id: string, token = casey) =>
    (await hub.read<{ careConference: Conference }>(CONFERENCE, { id }, token)).careConference;
  const schedule = async () => {
    const { scheduleCareConference: c } = await must<{ scheduleCareConference: { id: string } }>(
      SCHEDULE,
      {
        patientId,
        title: 'Family meeting: going home or rehab',
        scheduledAt: new Date(Date.now() + 86_400_000).toISOString(),
        location: 'Family room 4W',
        agenda: ['  Medical update ', 'Options after discharge'],
      },
      riley,
    );
    return read(c.id);
  };

  it('schedules a conference with its agenda and the organizer, for the patient’s team only', async () => {
    const c = await schedule();
    expect(c).toMatchObject({
      status: 'SCHEDULED',
      agenda: ['Medical update', 'Options after discharge'],
      organizer: { name: 'Riley Chen' },
      patient: { name: 'Eleanor Whitfield' },
    });
    expect(codeOf(await hub.gql(CONFERENCE, { id: c.id }, family))).toBe('FORBIDDEN');
  });

  it('takes staff and family attendees, in person or remote; a family account not linked to the patient is refused', async () => {
    const c = await schedule();
    const me = await hub.read<{ me: { id: string } }>('{ me { id } }', {}, casey);
    await must(ATTEND, { conferenceId: c.id, kind: 'STAFF', userId: me.me.id, mode: 'IN_PERSON' });
    await must(ATTEND, {
      conferenceId: c.id,
      kind: 'FAMILY',
      userId: familyUserId,
      relationship: 'Daughter',
      mode: 'REMOTE',
    });
    await must(ATTEND, {
      conferenceId: c.id,
      kind: 'FAMILY',
      name: 'Sam Whitfield',
      relationship: 'Son',
      mode: 'IN_PERSON',
    });
    const stranger = await hub.gql(
      ATTEND,
      { i: { conferenceId: c.id, kind: 'FAMILY', userId: otherFamilyUserId, mode: 'REMOTE' } },
      casey,
    );
    expect(codeOf(stranger)).toBe('BAD_USER_INPUT');
    const nameless = await hub.gql(ATTEND, { i: { conferenceId: c.id, kind: 'FAMILY', mode: 'REMOTE' } }, casey);
    expect(codeOf(nameless)).toBe('BAD_USER_INPUT');
    const notStaff = await hub.gql(
      ATTEND,
      { i: { conferenceId: c.id, kind: 'STAFF', userId: familyUserId, mode: 'REMOTE' } },
      casey,
    );
    expect(codeOf(notStaff)).toBe('BAD_USER_INPUT');
    expect((await read(c.id)).attendees.map((a) => [a.kind, a.name, a.relationship, a.mode])).toEqual([
      ['STAFF', 'Casey Morgan', null, 'IN_PERSON'],
      ['FAMILY', 'Jordan Whitfield', 'Daughter', 'REMOTE'],
      ['FAMILY', 'Sam Whitfield', 'Son', 'IN_PERSON'],
    ]);
  });

  it('records notes and decisions live on the conference stream; a stale edit is CONFLICT and changes nothing', async () => {
    const c = await schedule();
    const feed = await collectLive<{ conferenceEvents: { entityType: string; node: { text?: string } } }>(
      hub.ws(casey),
      EVENTS,
      { id: c.id },
      await hub.newestEventId(Streams.conference(c.id)),
    );
    await must(UPDATE, {
      id: c.id,
      expectedVersion: c.version,
      notes: 'Daughter prefers rehab close to home',
      status: 'IN_PROGRESS',
    });
    const stale = await hub.gql(UPDATE, { i: { id: c.id, expectedVersion: c.version, notes: 'Overwrite' } }, riley);
    expect(codeOf(stale)).toBe('CONFLICT');
    await must(DECIDE, { conferenceId: c.id, text: 'Refer to inpatient rehab' }, riley);
    const [update, decision] = await feed.until(2);
    feed.stop();
    expect(update?.conferenceEvents.entityType).toBe('CareConference');
    expect(decision?.conferenceEvents.node).toEqual({
      __typename: 'ConferenceDecision',
      text: 'Refer to inpatient rehab',
    });
    expect(await read(c.id)).toMatchObject({ notes: 'Daughter prefers rehab close to home', status: 'IN_PROGRESS' });
  });

  it('turns a follow-up into a task on the patient’s board in one step', async () => {
    const c = await schedule();
    const { createConferenceFollowUp: d } = await must<{ createConferenceFollowUp: { taskId: string } }>(
      FOLLOW_UP,
      { conferenceId: c.id, title: 'Send rehab referral packet', dueAt: '2030-01-02T12:00' },
      riley,
    );
    const board = await hub.read<{ patient: { taskBoard: { tasks: { id: string; title: string }[] } } }>(
      'query($id: ID!) { patient(id: $id) { taskBoard { tasks { id title } } } }',
      { id: patientId },
      casey,
    );
    expect(board.patient.taskBoard.tasks).toContainEqual({ id: d.taskId, title: 'Send rehab referral packet' });
    expect((await read(c.id)).decisions).toEqual([
      { id: expect.any(String), text: 'Send rehab referral packet', taskId: d.taskId, author: { name: 'Riley Chen' } },
    ]);
  });

  it('a follow-up whose card the board refuses (staff from another unit) leaves no decision and no task', async () => {
    const c = await schedule();
    const em = hub.app.services.orm.em.fork();
    const outsider = em.create(User, {
      email: `${randomUUID()}@elsewhere.test`,
      name: 'Off-Unit Nurse',
      passwordHash: 'x',
    });
    await em.flush();
    const tasksBefore = await hub.app.services.orm.em.fork().count(Task, { patientId });
    const refused = await hub.gql(
      FOLLOW_UP,
      { i: { conferenceId: c.id, title: 'Not ours', assigneeId: outsider.id } },
      riley,
    );
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect((await read(c.id)).decisions).toEqual([]);
    expect(await hub.app.services.orm.em.fork().count(Task, { patientId })).toBe(tasksBefore);
  });

  it('the same follow-up sent twice at once makes one decision and one task', async () => {
    const c = await schedule();
    const i = { conferenceId: c.id, title: 'Book home OT visit', clientMutationId: randomUUID() };
    const [a, b] = await Promise.all([
      must<{ createConferenceFollowUp: { id: string; taskId: string } }>(FOLLOW_UP, i, riley),
      must<{ createConferenceFollowUp: { id: string; taskId: string } }>(FOLLOW_UP, i, riley),
    ]);
    expect(b.createConferenceFollowUp).toEqual(a.createConferenceFollowUp);
    expect((await read(c.id)).decisions.map((d) => d.taskId)).toEqual([a.createConferenceFollowUp.taskId]);
    expect(await hub.app.services.orm.em.fork().count(Task, { patientId, title: 'Book home OT visit' })).toBe(1);
  });

  it('only the lead case manager publishes the summary; a nurse trying publishes nothing', async () => {
    const c = await schedule();
    const before = await hub.read<{ conferenceSummaries: unknown[] }>(SUMMARIES, { p: patientId }, family);
    const refused = await hub.gql(PUBLISH, { i: { conferenceId: c.id, text: 'Not mine to send' } }, riley);
    expect(codeOf(refused)).toBe('FORBIDDEN');
    expect((await read(c.id)).summary).toBeNull();
    expect(
      (await hub.read<{ conferenceSummaries: unknown[] }>(SUMMARIES, { p: patientId }, family)).conferenceSummaries,
    ).toEqual(before.conferenceSummaries);
  });

  it('a published summary reaches the linked family (shared with family on the patient stream), not other families', async () => {
    const c = await schedule();
    await must(PUBLISH, {
      conferenceId: c.id,
      text: 'We agreed on rehab near home; the team sends the referral today.',
    });
    const seen = await hub.read<{
      conferenceSummaries: { conferenceTitle: string; text: string; publishedByName: string }[];
    }>(SUMMARIES, { p: patientId }, family);
    expect(seen.conferenceSummaries[0]).toMatchObject({
      conferenceTitle: 'Family meeting: going home or rehab',
      text: 'We agreed on rehab near home; the team sends the referral today.',
      publishedByName: 'Casey Morgan',
    });
    expect(codeOf(await hub.gql(SUMMARIES, { p: patientId }, otherFamily))).toBe('FORBIDDEN');
    // In the family member's portal, in plain words.
    const { portal } = await hub.read<{
      portal: { patients: { patientId: string; items: { kind: string; title: string; text: string }[] }[] };
    }>('{ portal { patients { patientId items { kind title text } } } }', {}, family);
    expect(portal.patients.find((p) => p.patientId === patientId)?.items).toContainEqual({
      kind: 'CONFERENCE_SUMMARY',
      title: 'After the care conference: Family meeting: going home or rehab',
      text: 'We agreed on rehab near home; the team sends the referral today.',
    });
    const rows = await hub.app.services.orm.em
      .fork()
      .find(ChangeEventRecord, { stream: Streams.patient(patientId), entityType: 'ConferenceSummary' });
    expect(rows.map((r) => r.visibility)).toContain('FAMILY');
    // Publishing again replaces the text: still one summary for the conference.
    await must(PUBLISH, { conferenceId: c.id, text: 'Update: rehab bed confirmed for Friday.' });
    const again = await hub.read<{ conferenceSummaries: { conferenceTitle: string; text: string }[] }>(
      SUMMARIES,
      { p: patientId },
      family,
    );
    expect(again.conferenceSummaries.filter((s) => s.text.startsWith('Update: rehab'))).toHaveLength(1);
    expect(again.conferenceSummaries.filter((s) => s.text.startsWith('We agreed'))).toHaveLength(0);
  });
});
