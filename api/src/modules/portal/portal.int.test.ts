import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Streams } from '../../platform/events/streams.js';
import { CASEY, codeOf, collect, collectLive, RILEY, startTestHub, type TestHub } from '../../testing/test-hub.js';
import { PresenceEvents } from '../presence/presence.js';
import { Task } from '../task-board/task-board.entity.js';
import { FamilyQuestion } from './family-question.entity.js';
import { QUESTIONS_PER_WINDOW } from './portal.service.js';

const JORDAN_FAMILY = 'jordan.family@demo.carehub.test';
const CHRIS_FAMILY = 'chris.family@demo.carehub.test';

const ITEM = 'id kind title text status detail date reply { text author at } at';
const PORTAL = `{ portal { patients { patientId name relationship shareScopes lastEventId items { ${ITEM} } } } }`;
const PORTAL_PATIENT = `query($id: ID!) { portal { patient(patientId: $id) { patientId lastEventId items { ${ITEM} } } } }`;
const PORTAL_EVENTS = `subscription($patientId: ID!, $after: ID) {
  portalEvents(patientId: $patientId, after: $after) { id patientId itemId removed item { ${ITEM} } }
}`;
const WRITE_UPDATE = `mutation($i: WriteFamilyUpdateInput!) { writeFamilyUpdate(input: $i) { id text visibility version authorName } }`;
const SHARE = `mutation($i: SetFamilySharingInput!) { setFamilySharing(input: $i) { entityType id visibility version } }`;
const ASK = `mutation($i: AskCareTeamInput!) { askCareTeam(input: $i) { ${ITEM} } }`;
const ANSWER = `mutation($i: AnswerFamilyQuestionInput!) { answerFamilyQuestion(input: $i) { id status reply repliedByName version } }`;
const STAFF_VIEW = `query($id: ID!) { patient(id: $id) {
  familySharing
  familyUpdates { id text visibility version }
  familyQuestions { id text askedByName status reply version }
  careTeam { id visibility version role user { email } }
  carePlan { problems { goals { id description visibility version interventions { id action visibility version } } } }
} }`;

interface Item {
  id: string;
  kind: string;
  title: string;
  text: string;
  status: string | null;
  detail: string | null;
  date: string | null;
  reply: { text: string; author: string; at: string } | null;
  at: string;
}
interface PortalPatient {
  patientId: string;
  name: string;
  relationship: string;
  shareScopes: string[];
  lastEventId: string;
  items: Item[];
}
interface PortalEvent {
  portalEvents: { id: string; patientId: string; itemId: string; removed: boolean; item: Item | null };
}
interface StaffView {
  patient: {
    familySharing: string[];
    familyUpdates: { id: string; text: string; visibility: string; version: number }[];
    familyQuestions: {
      id: string;
      text: string;
      askedByName: string;
      status: string;
      reply: string | null;
      version: number;
    }[];
    careTeam: { id: string; visibility: string; version: number; role: string; user: { email: string } }[];
    carePlan: {
      problems: {
        goals: {
          id: string;
          description: string;
          visibility: string;
          version: number;
          interventions: { id: string; action: string; visibility: string; version: number }[];
        }[];
      }[];
    };
  };
}

describe('family portal', () => {
  let hub: TestHub;
  let casey: string;
  let riley: string;
  let jordan: string;
  let chris: string;
  const patients = new Map<string, string>();
  let eleanor: string;
  let harold: string;

  beforeAll(async () => {
    hub = await startTestHub({ LOGIN_MAX_FAILURES: '1000' });
    [casey, riley, jordan, chris] = await Promise.all([
      hub.login(CASEY),
      hub.login(RILEY),
      hub.login(JORDAN_FAMILY),
      hub.login(CHRIS_FAMILY),
    ]);
    const list = await hub.read<{ patients: { id: string; mrn: string }[] }>('{ patients { id mrn } }', {}, casey);
    for (const p of list.patients) patients.set(p.mrn, p.id);
    eleanor = patients.get('MRN-100231') ?? '';
    harold = patients.get('MRN-100232') ?? '';
  });
  afterAll(() => hub?.stop());

  const portalOf = async (token: string) =>
    (await hub.read<{ portal: { patients: PortalPatient[] } }>(PORTAL, {}, token)).portal.patients;
  const staffView = async (id: string, token = casey) => (await hub.read<StaffView>(STAFF_VIEW, { id }, token)).patient;
  const goals = async (id: string) => (await staffView(id)).carePlan.problems.flatMap((p) => p.goals);

  it("shows Jordan Eleanor's shared feed in plain words, and nothing the team kept to itself", async () => {
    const [portal, ...others] = await portalOf(jordan);
    expect(others).toEqual([]);
    expect(portal).toMatchObject({ patientId: eleanor, name: 'Eleanor Whitfield', relationship: 'Daughter' });
    const kinds = portal?.items.map((i) => i.kind) ?? [];
    expect(kinds.filter((k) => k === 'UPDATE')).toHaveLength(3);
    expect(new Set(kinds)).toEqual(
      new Set(['UPDATE', 'GOAL', 'INTERVENTION', 'CONTACT', 'QUESTION', 'DISCHARGE_DATE']),
    );
    expect(portal?.items.find((i) => i.kind === 'QUESTION')?.reply?.author).toBe('Casey Morgan');
    expect(portal?.items.find((i) => i.kind === 'GOAL' && i.text.startsWith('Daily weight'))?.status).toBe(
      'Working on it',
    );
    const teamOnly = (await goals(eleanor)).filter((g) => g.visibility === 'TEAM');
    expect(teamOnly.length).toBeGreaterThan(0);
    const shown = JSON.stringify(portal);
    for (const g of teamOnly) {
      expect(shown).not.toContain(g.id);
      expect(shown).not.toContain(g.description);
    }
    expect(shown).not.toContain(harold);
  });

  it("shows Chris Harold's feed, without contacts his consent does not cover", async () => {
    const [portal] = await portalOf(chris);
    expect(portal?.patientId).toBe(harold);
    expect(portal?.shareScopes).toEqual(['UPDATES', 'CARE_PLAN', 'DISCHARGE']);
    expect(portal?.items.some((i) => i.kind === 'CONTACT')).toBe(false);
    expect(portal?.items.filter((i) => i.kind === 'UPDATE')).toHaveLength(2);
    expect(portal?.items.find((i) => i.kind === 'QUESTION')?.status).toBe('Waiting for an answer');
  });

  it('delivers an update live as it is published, and its removal when the team takes it back', async () => {
    const [before] = await portalOf(jordan);
    const feed = collect<PortalEvent>(hub.ws(jordan), PORTAL_EVENTS, {
      patientId: eleanor,
      after: before?.lastEventId,
    });
    const text = 'Eleanor is sitting up in the chair and asked for her crossword.';
    const written = await hub.gql<{ writeFamilyUpdate: { id: string; version: number } }>(
      WRITE_UPDATE,
      { i: { patientId: eleanor, text } },
      riley,
    );
    const update = written.data?.writeFamilyUpdate;
    if (!update) throw new Error(JSON.stringify(written.errors));
    const [shown] = await feed.until(1);
    expect(shown?.portalEvents).toMatchObject({ itemId: update.id, removed: false, item: { kind: 'UPDATE', text } });
    expect(shown?.portalEvents.item?.title).toBe('Update from Riley Chen');
    const unshared = await hub.gql(SHARE, { i: { entityType: 'FamilyUpdate', id: update.id, shared: false } }, riley);
    expect(unshared.errors).toBeUndefined();
    const [, gone] = await feed.until(2);
    expect(gone?.portalEvents).toEqual({
      id: expect.any(String),
      patientId: eleanor,
      itemId: update.id,
      removed: true,
      item: null,
    });
    feed.stop();
    const [after] = await portalOf(jordan);
    expect(after?.items.some((i) => i.id === update.id)).toBe(false);
    expect((await staffView(eleanor)).familyUpdates.find((u) => u.id === update.id)?.visibility).toBe('TEAM');
  });

  it('shares a goal and takes it back in one step each way, live, and never shows TEAM edits in between', async () => {
    const goal = (await goals(eleanor)).find((g) => g.visibility === 'TEAM');
    if (!goal) throw new Error('no team-only goal');
    const [before] = await portalOf(jordan);
    const feed = collect<PortalEvent>(hub.ws(jordan), PORTAL_EVENTS, {
      patientId: eleanor,
      after: before?.lastEventId,
    });
    const shared = await hub.gql<{ setFamilySharing: { version: number; visibility: string } }>(
      SHARE,
      { i: { entityType: 'Goal', id: goal.id, expectedVersion: goal.version, shared: true } },
      casey,
    );
    expect(shared.data?.setFamilySharing.visibility).toBe('FAMILY');
    await feed.until(1);
    expect(feed.items[0]?.portalEvents).toMatchObject({
      itemId: goal.id,
      item: { kind: 'GOAL', text: goal.description },
    });
    await hub.gql(SHARE, { i: { entityType: 'Goal', id: goal.id, shared: false } }, casey);
    await feed.until(2);
    expect(feed.items[1]?.portalEvents).toMatchObject({ itemId: goal.id, removed: true, item: null });
    // An edit while it is the team's own: the portal hears nothing of it.
    const secret = 'Team-only wording of the goal';
    const edited = await hub.gql(
      'mutation($i: UpdateGoalInput!) { updateGoal(input: $i) { id } }',
      { i: { id: goal.id, expectedVersion: goal.version + 2, description: secret } },
      casey,
    );
    expect(edited.errors).toBeUndefined();
    // A marker the portal does show, published after the edit: once it arrives, the edit went past.
    await hub.gql(WRITE_UPDATE, { i: { patientId: eleanor, text: 'Marker after the team edit.' } }, casey);
    await feed.until(3);
    expect(feed.items[2]?.portalEvents.item?.text).toBe('Marker after the team edit.');
    expect(JSON.stringify(feed.items)).not.toContain(secret);
    feed.stop();
  });

  it('refuses to share what the consent does not cover, through any mutation, and changes nothing', async () => {
    const member = (await staffView(harold)).careTeam[0];
    if (!member) throw new Error('Harold has no team');
    const refused = await hub.gql(SHARE, { i: { entityType: 'CareTeamMember', id: member.id, shared: true } }, casey);
    expect(codeOf(refused)).toBe('FORBIDDEN');
    expect(refused.errors?.[0]?.extensions?.scope).toBe('CONTACTS');
    expect((await staffView(harold)).careTeam.find((m) => m.id === member.id)?.visibility).toBe('TEAM');
    // Maria Alvarez has no family linked: no consent, nothing shared, whichever mutation tries.
    const maria = patients.get('MRN-100233') ?? '';
    const goal = (await goals(maria))[0];
    if (!goal) throw new Error('Maria has no goal');
    const viaPlan = await hub.gql(
      'mutation($i: UpdateGoalInput!) { updateGoal(input: $i) { id } }',
      { i: { id: goal.id, expectedVersion: goal.version, visibility: 'FAMILY' } },
      casey,
    );
    expect(codeOf(viaPlan)).toBe('FORBIDDEN');
    expect(codeOf(await hub.gql(WRITE_UPDATE, { i: { patientId: maria, text: 'Hello' } }, casey))).toBe('FORBIDDEN');
    expect((await goals(maria))[0]).toEqual(goal);
    expect((await staffView(maria)).familyUpdates).toEqual([]);
  });

  it('refuses sharing by family, and bad input, with coded errors', async () => {
    const goal = (await goals(eleanor))[0];
    if (!goal) throw new Error('no goal');
    const i = { entityType: 'Goal', id: goal.id, shared: true };
    expect(codeOf(await hub.gql(SHARE, { i }, jordan))).toBe('FORBIDDEN');
    expect(codeOf(await hub.gql(SHARE, { i: { ...i, entityType: 'Problem' } }, casey))).toBe('BAD_USER_INPUT');
    expect(codeOf(await hub.gql(SHARE, { i: { ...i, id: 'not-an-id' } }, casey))).toBe('BAD_USER_INPUT');
    expect(codeOf(await hub.gql(SHARE, { i: { ...i, id: crypto.randomUUID() } }, casey))).toBe('NOT_FOUND');
    expect(codeOf(await hub.gql(SHARE, { i: { ...i, expectedVersion: goal.version + 9 } }, casey))).toBe('CONFLICT');
    const long = 'x'.repeat(4_001);
    expect(codeOf(await hub.gql(WRITE_UPDATE, { i: { patientId: eleanor, text: long } }, casey))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await hub.gql(WRITE_UPDATE, { i: { patientId: eleanor, text: '   ' } }, casey))).toBe(
      'BAD_USER_INPUT',
    );
    expect((await goals(eleanor))[0]).toEqual(goal);
  });

  it("refuses a family member another patient, a TEAM-only item's id or an unknown id, by query, question or subscription, and audits the attempts", async () => {
    const teamGoal = (await goals(eleanor)).find((g) => g.visibility === 'TEAM');
    const unknown = crypto.randomUUID();
    for (const id of [harold, teamGoal?.id ?? '', unknown]) {
      expect(codeOf(await hub.gql(PORTAL_PATIENT, { id }, jordan))).toBe('FORBIDDEN');
      expect(codeOf(await hub.gql(ASK, { i: { patientId: id, text: 'Hello?' } }, jordan))).toBe('FORBIDDEN');
      const feed = collect<PortalEvent>(hub.ws(jordan), PORTAL_EVENTS, { patientId: id });
      await feed.done;
      expect(feed.items).toEqual([]);
      expect(JSON.stringify(feed.errors)).toContain('FORBIDDEN');
    }
    const trail = await hub.read<{
      auditTrail: { entries: { operation: string; access: string; actorName: string }[] };
    }>(
      'query($id: ID!) { auditTrail(patientId: $id, page: { first: 50 }) { entries { operation access actorName } } }',
      { id: harold },
      casey,
    );
    const denied = trail.auditTrail.entries.filter((e) => e.access === 'DENIED' && e.actorName === 'Jordan Whitfield');
    expect(denied.map((e) => e.operation).sort()).toEqual(['askCareTeam', 'portal.patient', 'portalEvents']);
    expect(codeOf(await hub.gql(PORTAL, {}, casey))).toBe('FORBIDDEN');
    expect(codeOf(await hub.gql(PORTAL, {}, null))).toBe('UNAUTHENTICATED');
  });

  it('keeps a question exactly as typed (markup is text), shows the reply live, and only to its asker', async () => {
    const text = '<script>alert("x")</script><img src=x onerror=alert(1)> Is Mum eating?';
    const asked = await hub.gql<{ askCareTeam: Item }>(ASK, { i: { patientId: harold, text } }, chris);
    const question = asked.data?.askCareTeam;
    if (!question) throw new Error(JSON.stringify(asked.errors));
    expect(question).toMatchObject({ kind: 'QUESTION', text, status: 'Waiting for an answer', reply: null });
    const staff = (await staffView(harold)).familyQuestions.find((q) => q.id === question.id);
    expect(staff).toMatchObject({ text, askedByName: 'Chris Jensen', status: 'OPEN' });
    const [before] = await portalOf(chris);
    const feed = collect<PortalEvent>(hub.ws(chris), PORTAL_EVENTS, { patientId: harold, after: before?.lastEventId });
    const answered = await hub.gql(
      ANSWER,
      { i: { id: question.id, expectedVersion: staff?.version, reply: 'Yes, most of her lunch.' } },
      casey,
    );
    expect(answered.errors).toBeUndefined();
    await feed.until(1);
    expect(feed.items[0]?.portalEvents.item).toMatchObject({
      id: question.id,
      status: 'Answered',
      reply: { text: 'Yes, most of her lunch.', author: 'Casey Morgan' },
    });
    feed.stop();
    // Jordan's own question (on Eleanor) is not Chris's to see, and Chris's is not Jordan's.
    const jordanSees = JSON.stringify(await portalOf(jordan));
    expect(jordanSees).not.toContain(question.id);
    const chrisSees = JSON.stringify(await portalOf(chris));
    expect(chrisSees).not.toContain('evening water tablet');
  });

  it('refuses a question that is too long, blank, or from staff, and stores nothing (no question, no card)', async () => {
    const count = () => hub.app.services.orm.em.fork().count(FamilyQuestion, {});
    const cards = () => hub.app.services.orm.em.fork().count(Task, {});
    const before = await count();
    const cardsBefore = await cards();
    const long = await hub.gql(ASK, { i: { patientId: eleanor, text: 'a'.repeat(2_001) } }, jordan);
    expect(codeOf(long)).toBe('BAD_USER_INPUT');
    expect(codeOf(await hub.gql(ASK, { i: { patientId: eleanor, text: ' \n ' } }, jordan))).toBe('BAD_USER_INPUT');
    expect(codeOf(await hub.gql(ASK, { i: { patientId: eleanor, text: 'Hi' } }, casey))).toBe('FORBIDDEN');
    expect(
      codeOf(await hub.gql(ANSWER, { i: { id: crypto.randomUUID(), expectedVersion: 1, reply: 'x' } }, casey)),
    ).toBe('NOT_FOUND');
    expect(await count()).toBe(before);
    expect(await cards()).toBe(cardsBefore);
  });

  it(`stores exactly ${QUESTIONS_PER_WINDOW} questions of a flood sent at once, and refuses the rest as RATE_LIMITED`, async () => {
    const count = () => hub.app.services.orm.em.fork().count(FamilyQuestion, { askedByName: 'Jordan Whitfield' });
    const cards = () => hub.app.services.orm.em.fork().count(Task, { title: 'Question from Jordan Whitfield' });
    const before = await count();
    const cardsBefore = await cards();
    const flood = await Promise.all(
      Array.from({ length: QUESTIONS_PER_WINDOW + 4 }, (_, n) =>
        hub.gql(ASK, { i: { patientId: eleanor, text: `Question ${n}` } }, jordan),
      ),
    );
    const codes = flood.map((r) => codeOf(r) ?? 'ok');
    const stored = (await count()) - before;
    // Jordan asked nothing else in this window (the demo question is from yesterday): exactly the limit is stored.
    expect(stored).toBe(QUESTIONS_PER_WINDOW);
    // A refused question leaves no card behind: one card per stored question.
    expect((await cards()) - cardsBefore).toBe(stored);
    expect(codes.filter((c) => c === 'ok')).toHaveLength(stored);
    expect(codes.filter((c) => c !== 'ok').every((c) => c === 'RATE_LIMITED')).toBe(true);
    expect(codes).toContain('RATE_LIMITED');
  });

  it("revoking a link ends the family member's portal subscription and sessions at once", async () => {
    const email = `sam.${crypto.randomUUID().slice(0, 8)}@family.test`;
    const linked = await hub.read<{ linkFamilyMember: { invitationCode: string; link: { id: string } } }>(
      `mutation($i: LinkFamilyMemberInput!) { linkFamilyMember(input: $i) { invitationCode link { id } } }`,
      {
        i: {
          patientId: eleanor,
          name: 'Sam Whitfield',
          email,
          relationship: 'Grandson',
          consent: { given: true, source: 'PATIENT', scope: 'Updates', shares: ['UPDATES'] },
        },
      },
      casey,
    );
    const accepted = await hub.read<{ acceptFamilyInvitation: { token: string } }>(
      'mutation($i: AcceptFamilyInvitationInput!) { acceptFamilyInvitation(input: $i) { token } }',
      { i: { invitationCode: linked.linkFamilyMember.invitationCode, password: 'family-password-1' } },
    );
    const sam = accepted.acceptFamilyInvitation.token;
    const [portal, ...none] = await portalOf(sam);
    expect(none).toEqual([]);
    // Only updates are in Sam's consent: no goals, contacts or Jordan's questions.
    expect(new Set(portal?.items.map((i) => i.kind))).toEqual(new Set(['UPDATE']));
    const feed = collect<PortalEvent>(hub.ws(sam), PORTAL_EVENTS, { patientId: eleanor, after: portal?.lastEventId });
    await hub.read(WRITE_UPDATE, { i: { patientId: eleanor, text: 'Before the revocation.' } }, casey);
    await feed.until(1);
    const links = await hub.read<{ patient: { familyLinks: { id: string; version: number }[] } }>(
      'query($id: ID!) { patient(id: $id) { familyLinks { id version } } }',
      { id: eleanor },
      casey,
    );
    const link = links.patient.familyLinks.find((l) => l.id === linked.linkFamilyMember.link.id);
    await hub.read(
      'mutation($i: RevokeFamilyLinkInput!) { revokeFamilyLink(input: $i) { id } }',
      { i: { id: link?.id, expectedVersion: link?.version } },
      casey,
    );
    await feed.done;
    expect(feed.items.map((e) => e.portalEvents.item?.text)).toEqual(['Before the revocation.']);
    expect(codeOf(await hub.gql(PORTAL, {}, sam))).toBe('UNAUTHENTICATED');
  });

  it("keeps a family member out of every patient's presence room, their own patient's included", async () => {
    const socket = io(hub.url, {
      path: '/socket.io',
      transports: ['websocket'],
      auth: { token: jordan },
      reconnection: false,
    });
    try {
      await new Promise<void>((resolve, reject) => {
        socket.once('connect', () => resolve());
        socket.once('connect_error', reject);
      });
      for (const patientId of [eleanor, harold]) {
        const answer = await socket.timeout(5_000).emitWithAck(PresenceEvents.join, { patientId });
        expect(answer).toEqual({ ok: false, code: 'FORBIDDEN' });
      }
    } finally {
      socket.disconnect();
    }
  });

  it('refuses a stale or blank answer and an empty consent, with coded errors, and changes nothing', async () => {
    const before = (await staffView(eleanor)).familyQuestions.find((q) => q.askedByName === 'Jordan Whitfield');
    if (!before) throw new Error('Jordan has no question');
    const answer = (i: Record<string, unknown>) => hub.gql(ANSWER, { i: { id: before.id, ...i } }, casey);
    expect(codeOf(await answer({ expectedVersion: before.version + 5, reply: 'Late' }))).toBe('CONFLICT');
    expect(codeOf(await answer({ expectedVersion: before.version, reply: '   ' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await answer({ expectedVersion: before.version, reply: 'x'.repeat(4_001) }))).toBe('BAD_USER_INPUT');
    expect((await staffView(eleanor)).familyQuestions.find((q) => q.id === before.id)).toEqual(before);

    const linksBefore = await hub.read<{ patient: { familyLinks: { id: string }[] } }>(
      'query($id: ID!) { patient(id: $id) { familyLinks { id } } }',
      { id: eleanor },
      casey,
    );
    const link = (shares: unknown) =>
      hub.gql(
        'mutation($i: LinkFamilyMemberInput!) { linkFamilyMember(input: $i) { invitationCode } }',
        {
          i: {
            patientId: eleanor,
            name: 'Alex Whitfield',
            email: 'alex.whitfield@family.test',
            relationship: 'Son',
            consent: { given: true, source: 'PATIENT', scope: 'Updates', shares },
          },
        },
        casey,
      );
    expect(codeOf(await link([]))).toBe('BAD_USER_INPUT');
    expect(codeOf(await link(['EVERYTHING']))).toBe('BAD_USER_INPUT');
    const linksAfter = await hub.read<{ patient: { familyLinks: { id: string }[] } }>(
      'query($id: ID!) { patient(id: $id) { familyLinks { id } } }',
      { id: eleanor },
      casey,
    );
    expect(linksAfter).toEqual(linksBefore);
  });

  describe("a question lands as a card on the patient's board", () => {
    interface Card {
      id: string;
      version: number;
      title: string;
      description: string | null;
      labels: string[];
      discipline: string | null;
      visibility: string;
      assignee: { id: string } | null;
      completedAt: string | null;
      completedBy: { id: string } | null;
    }
    const BOARD = `query($id: ID!) { patient(id: $id) {
      careTeam { role user { id } }
      familyQuestions { id version taskId }
      taskBoard { tasks { id version title description labels discipline visibility assignee { id } completedAt completedBy { id } } } } }`;
    const boardOf = async (id: string) =>
      (
        await hub.read<{
          patient: {
            careTeam: { role: string; user: { id: string } }[];
            familyQuestions: { id: string; version: number; taskId: string | null }[];
            taskBoard: { tasks: Card[] };
          };
        }>(BOARD, { id }, casey)
      ).patient;

    it('for the lead case manager, with the question as plain text, on the patient stream; family never see it', async () => {
      const text = 'Can **Dad** have visitors after 8pm? <b>thanks</b>';
      const stream = await collectLive<{ patientEvents: { entityType: string; kind: string; entityId: string } }>(
        hub.ws(casey),
        'subscription($id: ID!, $after: ID) { patientEvents(patientId: $id, after: $after) { entityType kind entityId } }',
        { id: harold },
        await hub.newestEventId(Streams.patient(harold)),
      );
      const asked = await hub.gql<{ askCareTeam: Item }>(ASK, { i: { patientId: harold, text } }, chris);
      const question = asked.data?.askCareTeam;
      if (!question) throw new Error(JSON.stringify(asked.errors));
      const events = (await stream.until(2)).map((e) => e.patientEvents);
      stream.stop();
      const after = await boardOf(harold);
      const lead = after.careTeam.find((m) => m.role === 'LEAD_CASE_MANAGER')?.user.id;
      if (!lead) throw new Error('Harold has no lead case manager');
      const taskId = after.familyQuestions.find((q) => q.id === question.id)?.taskId;
      const card = after.taskBoard.tasks.find((t) => t.id === taskId);
      expect(card).toMatchObject({
        title: 'Question from Chris Jensen',
        description: text,
        labels: ['family-question'],
        discipline: null,
        visibility: 'TEAM',
        assignee: { id: lead },
        completedAt: null,
      });
      expect(events.map((e) => [e.entityType, e.kind]).sort()).toEqual([
        ['FamilyQuestion', 'CREATED'],
        ['Task', 'CREATED'],
      ]);
      const family = JSON.stringify(await portalOf(chris));
      expect(family).not.toContain(taskId);
      expect(family).not.toContain('Question from');
    });

    it('for the discipline chosen, unassigned; answering the question completes the card in the same change', async () => {
      const asked = await hub.gql<{ askCareTeam: Item }>(
        ASK,
        { i: { patientId: harold, text: 'When is physio today?', discipline: 'PT' } },
        chris,
      );
      const question = asked.data?.askCareTeam;
      if (!question) throw new Error(JSON.stringify(asked.errors));
      const before = await boardOf(harold);
      const staffQuestion = before.familyQuestions.find((q) => q.id === question.id);
      const card = before.taskBoard.tasks.find((t) => t.id === staffQuestion?.taskId);
      expect(card).toMatchObject({ discipline: 'PT', assignee: null, completedAt: null });
      const answered = await hub.gql(
        ANSWER,
        { i: { id: question.id, expectedVersion: staffQuestion?.version, reply: 'At 2pm, in the gym.' } },
        casey,
      );
      expect(answered.errors).toBeUndefined();
      const done = (await boardOf(harold)).taskBoard.tasks.find((t) => t.id === card?.id);
      const caseyId = (await hub.read<{ me: { id: string } }>('{ me { id } }', {}, casey)).me.id;
      expect(done?.completedAt).not.toBeNull();
      expect(done?.completedBy).toEqual({ id: caseyId });
    });
  });
});
