import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Streams } from '../../platform/events/streams.js';
import { ADMIN, CASEY, codeOf, collectLive, RILEY, startTestHub, type TestHub } from '../../testing/test-hub.js';
import { Referral as ReferralEntity } from './referrals.entity.js';

const RESOURCE =
  'id version name description categories phone email website address hours eligibility serviceArea languages archivedAt';
const SEARCH = `query($s: CommunityResourceSearchInput) { communityResources(search: $s) { id name categories } }`;
const CREATE_RESOURCE = `mutation($i: CreateCommunityResourceInput!) { createCommunityResource(input: $i) { ${RESOURCE} } }`;
const UPDATE_RESOURCE = `mutation($i: UpdateCommunityResourceInput!) { updateCommunityResource(input: $i) { ${RESOURCE} } }`;
const ARCHIVE_RESOURCE = `mutation($i: ArchiveCommunityResourceInput!) { archiveCommunityResource(input: $i) { ${RESOURCE} } }`;
const REFERRAL =
  'id version patientId needId status nextStatuses note sentAt closedAt followUpDueAt followUpTaskId history { status at byName note } resource { id name }';
const CREATE_REFERRAL = `mutation($i: CreateReferralInput!) { createReferral(input: $i) { ${REFERRAL} } }`;
const CHANGE_STATUS = `mutation($i: ChangeReferralStatusInput!) { changeReferralStatus(input: $i) { ${REFERRAL} } }`;
const REFERRALS = `query($id: ID!) { patient(id: $id) { referrals { ${REFERRAL} } } }`;
const BOARD = `query($id: ID!) { patient(id: $id) { taskBoard { tasks { id title labels discipline completedAt } } } }`;

interface Resource {
  id: string;
  version: number;
  name: string;
  categories: string[];
  languages: string[];
}
interface Referral {
  id: string;
  version: number;
  status: string;
  sentAt: string | null;
  closedAt: string | null;
  followUpDueAt: string | null;
  followUpTaskId: string | null;
  history: { status: string; at: string; byName: string; note: string | null }[];
  resource: { id: string; name: string };
}
interface Card {
  id: string;
  title: string;
  labels: string[];
  discipline: string | null;
  completedAt: string | null;
}

const NO_NEEDS = [
  { question: 'LIVING_SITUATION', values: ['STEADY'] },
  { question: 'HOUSING_PROBLEMS', values: ['NONE'] },
  { question: 'FOOD_WORRY', values: ['OFTEN_TRUE'] },
  { question: 'FOOD_DID_NOT_LAST', values: ['NEVER_TRUE'] },
  { question: 'TRANSPORTATION', values: ['NO'] },
  { question: 'UTILITIES', values: ['NO'] },
  { question: 'SAFETY_PHYSICALLY_HURT', values: ['NEVER'] },
  { question: 'SAFETY_INSULT', values: ['NEVER'] },
  { question: 'SAFETY_THREATEN', values: ['NEVER'] },
  { question: 'SAFETY_SCREAM', values: ['NEVER'] },
];

describe('community resource directory and closed-loop referrals', () => {
  let hub: TestHub;
  let casey: string;
  let riley: string;
  let avery: string;
  let admin: string;
  let unitId: string;
  let pantry: Resource;
  let rides: Resource;

  const must = async <T>(doc: string, i: Record<string, unknown>, token = casey): Promise<T> => {
    const r = await hub.gql<T>(doc, { i }, token);
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return r.data;
  };
  const search = async (s: Record<string, unknown> | null, token = casey) =>
    (await hub.read<{ communityResources: { id: string; name: string; categories: string[] }[] }>(SEARCH, { s }, token))
      .communityResources;
  const resourceInput = (name: string, extra: Record<string, unknown> = {}) => ({
    name,
    categories: ['FOOD'],
    description: 'Weekly groceries for households in need',
    eligibility: 'Residents of Marion County',
    serviceArea: 'Marion County',
    languages: ['English', 'Spanish'],
    ...extra,
  });
  const referrals = async (patientId: string) =>
    (await hub.read<{ patient: { referrals: Referral[] } }>(REFERRALS, { id: patientId }, casey)).patient.referrals;

  const step = async (r: Referral, status: string) =>
    (await must<{ changeReferralStatus: Referral }>(CHANGE_STATUS, { id: r.id, expectedVersion: r.version, status }))
      .changeReferralStatus;
  /** A referral of the need sent to the pantry, which accepted it. */
  const acceptedReferral = async (needId: string) => {
    const sent = (
      await must<{ createReferral: Referral }>(CREATE_REFERRAL, { needId, resourceId: pantry.id, send: true })
    ).createReferral;
    return { sent, accepted: await step(sent, 'ACCEPTED') };
  };
  const needOf = async (patientId: string, needId: string) => {
    const { patient } = await hub.read<{ patient: { socialNeeds: { id: string; version: number; status: string }[] } }>(
      'query($id: ID!) { patient(id: $id) { socialNeeds { id version status updatedAt } } }',
      { id: patientId },
      casey,
    );
    const need = patient.socialNeeds.find((n) => n.id === needId);
    if (!need) throw new Error(`need ${needId} not found`);
    return need;
  };

  /** A new patient with a FOOD need from a completed screening. */
  const patientWithFoodNeed = async () => {
    const { createPatient } = await must<{ createPatient: { id: string } }>(
      'mutation($i: CreatePatientInput!) { createPatient(input: $i) { id } }',
      {
        mrn: `MRN-R${randomUUID().slice(0, 8)}`,
        name: 'Referral Patient',
        dateOfBirth: '1958-03-03',
        unitId,
        admittedAt: new Date(Date.now() - 86_400_000).toISOString(),
      },
    );
    const { startScreening: s } = await must<{ startScreening: { id: string; version: number } }>(
      'mutation($i: StartScreeningInput!) { startScreening(input: $i) { id version } }',
      { patientId: createPatient.id, language: 'ENGLISH', interpreterUsed: false },
      avery,
    );
    const { answerScreening: a } = await must<{ answerScreening: { version: number } }>(
      'mutation($i: AnswerScreeningInput!) { answerScreening(input: $i) { version } }',
      { id: s.id, expectedVersion: s.version, answers: NO_NEEDS },
      avery,
    );
    await must('mutation($i: CompleteScreeningInput!) { completeScreening(input: $i) { id } }', {
      id: s.id,
      expectedVersion: a.version,
    });
    const { patient } = await hub.read<{ patient: { socialNeeds: { id: string; domain: string }[] } }>(
      'query($id: ID!) { patient(id: $id) { socialNeeds { id domain } } }',
      { id: createPatient.id },
      casey,
    );
    const need = patient.socialNeeds.find((n) => n.domain === 'FOOD');
    if (!need) throw new Error('no FOOD need raised');
    return { patientId: createPatient.id, needId: need.id };
  };

  beforeAll(async () => {
    hub = await startTestHub();
    [casey, riley, avery, admin] = await Promise.all([
      hub.login(CASEY),
      hub.login(RILEY),
      hub.login('avery.patel@demo.carehub.test'),
      hub.login(ADMIN),
    ]);
    unitId = (await hub.read<{ me: { units: { id: string }[] } }>('{ me { units { id } } }', {}, casey)).me.units[0]
      ?.id as string;
    pantry = (
      await must<{ createCommunityResource: Resource }>(
        CREATE_RESOURCE,
        resourceInput('Northside Community Pantry', {
          description: 'Free groceries and fresh produce every Tuesday; home delivery for homebound seniors.',
        }),
      )
    ).createCommunityResource;
    rides = (
      await must<{ createCommunityResource: Resource }>(
        CREATE_RESOURCE,
        resourceInput('County Medical Rides', {
          categories: ['TRANSPORTATION'],
          description: 'Door-to-door wheelchair van rides to medical appointments.',
          languages: ['English'],
        }),
        avery,
      )
    ).createCommunityResource;
  });
  afterAll(() => hub?.stop());

  describe('directory', () => {
    it('full-text search matches every word as a prefix, across name, description and languages', async () => {
      expect((await search({ text: 'groceries delivery' })).map((r) => r.id)).toEqual([pantry.id]);
      expect((await search({ text: 'wheelch' })).map((r) => r.id)).toContain(rides.id);
      expect((await search({ text: 'wheelch' })).map((r) => r.id)).not.toContain(pantry.id);
      expect((await search({ text: 'spanish' })).map((r) => r.id)).toContain(pantry.id);
      expect((await search({ text: 'spanish' })).map((r) => r.id)).not.toContain(rides.id);
      expect(await search({ text: 'groceries wheelchair' })).toEqual([]);
    });

    it('narrows by category, with or without words', async () => {
      const transport = await search({ category: 'TRANSPORTATION' });
      expect(transport.map((r) => r.id)).toContain(rides.id);
      expect(transport.every((r) => r.categories.includes('TRANSPORTATION'))).toBe(true);
      expect((await search({ text: 'produce tuesday', category: 'FOOD' })).map((r) => r.id)).toContain(pantry.id);
      expect(await search({ text: 'produce tuesday', category: 'TRANSPORTATION' })).toEqual([]);
    });

    it('query syntax in the words is taken as plain words, never as an engine operator', async () => {
      for (const text of ['"pantry', 'pantry OR', 'name:pantry', "pantry' & !", '*', 'NEAR(pantry rides)']) {
        const r = await hub.gql(SEARCH, { s: { text } }, casey);
        expect(r.errors, text).toBeUndefined();
      }
      expect((await search({ text: 'name:pantry' })).map((r) => r.name)).toEqual([]);
    });

    it('an edit is searchable at once and an archived resource leaves the results', async () => {
      const created = (
        await must<{ createCommunityResource: Resource }>(
          CREATE_RESOURCE,
          resourceInput('Quillfeather Utility Assistance', {
            categories: ['UTILITIES'],
            description: 'Help with bills',
          }),
        )
      ).createCommunityResource;
      expect((await search({ text: 'quillfeather' })).map((r) => r.id)).toEqual([created.id]);
      const updated = (
        await must<{ updateCommunityResource: Resource }>(UPDATE_RESOURCE, {
          ...resourceInput('Brambleton Energy Assistance', { categories: ['UTILITIES'], description: 'Heating bills' }),
          id: created.id,
          expectedVersion: created.version,
        })
      ).updateCommunityResource;
      expect(await search({ text: 'quillfeather' })).toEqual([]);
      expect((await search({ text: 'brambleton heating' })).map((r) => r.id)).toEqual([created.id]);
      await must(ARCHIVE_RESOURCE, { id: created.id, expectedVersion: updated.version });
      expect(await search({ text: 'brambleton' })).toEqual([]);
      expect((await search({ category: 'UTILITIES' })).map((r) => r.id)).not.toContain(created.id);
    });

    it('is kept by case managers, social workers and admins; a nurse may search it but not change it', async () => {
      expect((await search({ text: 'pantry' }, riley)).map((r) => r.id)).toContain(pantry.id);
      const refused = await hub.gql(CREATE_RESOURCE, { i: resourceInput('Zzyzx Nurse Pantry') }, riley);
      expect(codeOf(refused)).toBe('FORBIDDEN');
      const edit = await hub.gql(
        UPDATE_RESOURCE,
        { i: { ...resourceInput('Zzyzx renamed by a nurse'), id: pantry.id, expectedVersion: pantry.version } },
        riley,
      );
      expect(codeOf(edit)).toBe('FORBIDDEN');
      expect(await search({ text: 'zzyzx' })).toEqual([]);
      expect(
        (
          await hub.read<{ communityResource: Resource }>(
            'query($id: ID!) { communityResource(id: $id) { id version name } }',
            { id: pantry.id },
            casey,
          )
        ).communityResource,
      ).toMatchObject({ name: 'Northside Community Pantry', version: pantry.version });
      const byAdmin = await must<{ createCommunityResource: Resource }>(
        CREATE_RESOURCE,
        resourceInput('Admin Pantry'),
        admin,
      );
      expect(byAdmin.createCommunityResource.name).toBe('Admin Pantry');
      expect(codeOf(await hub.gql(SEARCH, { s: null }, null))).toBe('UNAUTHENTICATED');
    });

    it('bad input is BAD_USER_INPUT and adds nothing; a stale version is CONFLICT', async () => {
      const before = await search(null);
      for (const bad of [
        resourceInput('No categories', { categories: [] }),
        resourceInput('', {}),
        resourceInput('Bad site', { website: 'javascript:alert(1)' }),
        resourceInput('Bad mail', { email: 'not-an-email' }),
        resourceInput('Pipe', { languages: ['Eng|lish'] }),
      ]) {
        expect(codeOf(await hub.gql(CREATE_RESOURCE, { i: bad }, casey)), bad.name).toBe('BAD_USER_INPUT');
      }
      expect(await search(null)).toEqual(before);
      const stale = await hub.gql(
        UPDATE_RESOURCE,
        { i: { ...resourceInput('Stale'), id: pantry.id, expectedVersion: pantry.version + 5 } },
        casey,
      );
      expect(codeOf(stale)).toBe('CONFLICT');
      expect(await search(null)).toEqual(before);
    });
  });

  describe('referrals', () => {
    it('a need is referred to a resource of its category, retried safely, live on the patient stream and on the audit trail', async () => {
      const { patientId, needId } = await patientWithFoodNeed();
      const feed = await collectLive<{ patientEvents: { entityType: string; kind: string } }>(
        hub.ws(riley),
        'subscription($id: ID!, $after: ID) { patientEvents(patientId: $id, after: $after) { entityType kind } }',
        { id: patientId },
        await hub.newestEventId(Streams.patient(patientId)),
      );
      const input = { clientMutationId: randomUUID(), needId, resourceId: pantry.id, note: 'Prefers Tuesday pick-up' };
      const [first, again] = await Promise.all([
        must<{ createReferral: Referral }>(CREATE_REFERRAL, input),
        must<{ createReferral: Referral }>(CREATE_REFERRAL, input),
      ]);
      expect(again.createReferral.id).toBe(first.createReferral.id);
      expect(first.createReferral).toMatchObject({ status: 'DRAFT', sentAt: null, resource: { name: pantry.name } });
      expect(await referrals(patientId)).toHaveLength(1);
      const [event] = await feed.until(1);
      feed.stop();
      expect(event?.patientEvents).toEqual({ entityType: 'Referral', kind: 'CREATED' });
      const trail = await hub.read<{ auditTrail: { entries: { operation: string; access: string }[] } }>(
        'query($id: ID!) { auditTrail(patientId: $id) { entries { operation access } } }',
        { id: patientId },
        admin,
      );
      const operations = trail.auditTrail.entries.map((e) => `${e.access}:${e.operation}`);
      expect(operations).toContain('WRITE:createReferral');
    });

    it('walks the loop with a dated history, and refuses a skipped or reversed step with INVALID_STATUS_TRANSITION', async () => {
      const { patientId, needId } = await patientWithFoodNeed();
      const draft = (await must<{ createReferral: Referral }>(CREATE_REFERRAL, { needId, resourceId: pantry.id }))
        .createReferral;
      const skipped = await hub.gql(
        CHANGE_STATUS,
        { i: { id: draft.id, expectedVersion: draft.version, status: 'COMPLETED' } },
        casey,
      );
      expect(codeOf(skipped)).toBe('INVALID_STATUS_TRANSITION');
      expect((draft as Referral & { nextStatuses: string[] }).nextStatuses).toEqual(['SENT']);
      expect(skipped.errors?.[0]?.extensions).toMatchObject({ from: 'DRAFT', to: 'COMPLETED', allowed: ['SENT'] });
      expect(await referrals(patientId)).toEqual([draft]);

      const sent = (
        await must<{ changeReferralStatus: Referral }>(CHANGE_STATUS, {
          id: draft.id,
          expectedVersion: draft.version,
          status: 'SENT',
        })
      ).changeReferralStatus;
      expect(sent.sentAt).not.toBeNull();
      const week = Date.parse(sent.followUpDueAt ?? '') - Date.parse(sent.sentAt ?? '');
      expect(week).toBe(7 * 86_400_000);
      const accepted = (
        await must<{ changeReferralStatus: Referral }>(CHANGE_STATUS, {
          id: sent.id,
          expectedVersion: sent.version,
          status: 'ACCEPTED',
          note: 'Intake booked Tuesday',
        })
      ).changeReferralStatus;
      const completed = (
        await must<{ changeReferralStatus: Referral }>(CHANGE_STATUS, {
          id: accepted.id,
          expectedVersion: accepted.version,
          status: 'COMPLETED',
        })
      ).changeReferralStatus;
      expect(completed).toMatchObject({ status: 'COMPLETED', followUpDueAt: null });
      expect(completed.closedAt).not.toBeNull();
      expect(completed.history.map((h) => h.status)).toEqual(['DRAFT', 'SENT', 'ACCEPTED', 'COMPLETED']);
      expect(completed.history[2]).toMatchObject({ byName: 'Casey Morgan', note: 'Intake booked Tuesday' });
      const times = completed.history.map((h) => Date.parse(h.at));
      expect([...times].sort((a, b) => a - b)).toEqual(times);

      const reopened = await hub.gql(
        CHANGE_STATUS,
        { i: { id: completed.id, expectedVersion: completed.version, status: 'SENT' } },
        casey,
      );
      expect(codeOf(reopened)).toBe('INVALID_STATUS_TRANSITION');
      const stale = await hub.gql(
        CHANGE_STATUS,
        { i: { id: completed.id, expectedVersion: sent.version, status: 'DECLINED' } },
        casey,
      );
      expect(codeOf(stale)).toBe('CONFLICT');
      expect(await referrals(patientId)).toEqual([completed]);
    });

    it('a completed referral marks its need addressed in the same change, live on the patient stream; a stale completion leaves both', async () => {
      const { patientId, needId } = await patientWithFoodNeed();
      const { sent, accepted } = await acceptedReferral(needId);
      expect(await needOf(patientId, needId)).toMatchObject({ status: 'IDENTIFIED' });

      const stale = await hub.gql(
        CHANGE_STATUS,
        { i: { id: accepted.id, expectedVersion: sent.version, status: 'COMPLETED' } },
        casey,
      );
      expect(codeOf(stale)).toBe('CONFLICT');
      expect(await needOf(patientId, needId)).toMatchObject({ status: 'IDENTIFIED' });
      expect(await referrals(patientId)).toEqual([accepted]);

      const feed = await collectLive<{
        patientEvents: { entityType: string; entityId: string; kind: string; node: { status?: string } | null };
      }>(
        hub.ws(riley),
        'subscription($id: ID!, $after: ID) { patientEvents(patientId: $id, after: $after) { entityType entityId kind node { ... on Need { status } } } }',
        { id: patientId },
        await hub.newestEventId(Streams.patient(patientId)),
      );
      const completed = await step(accepted, 'COMPLETED');
      const events = (await feed.until(2)).map((e) => e.patientEvents);
      feed.stop();
      expect(events).toEqual([
        { entityType: 'Referral', entityId: completed.id, kind: 'UPDATED', node: {} },
        { entityType: 'Need', entityId: needId, kind: 'UPDATED', node: { status: 'ADDRESSED' } },
      ]);
      expect(await needOf(patientId, needId)).toMatchObject({ status: 'ADDRESSED' });
    });

    it('completing a referral leaves a need the patient has since declined as declined', async () => {
      const { patientId, needId } = await patientWithFoodNeed();
      const { accepted } = await acceptedReferral(needId);
      const need = await needOf(patientId, needId);
      await must('mutation($i: UpdateNeedInput!) { updateNeed(input: $i) { id } }', {
        id: needId,
        expectedVersion: need.version,
        status: 'DECLINED',
      });
      const declined = await needOf(patientId, needId);
      await step(accepted, 'COMPLETED');
      expect((await referrals(patientId))[0]?.status).toBe('COMPLETED');
      expect(await needOf(patientId, needId)).toEqual(declined);
    });

    it('refuses a resource outside the need’s category, an unknown one and a past follow-up date; nothing is written', async () => {
      const { patientId, needId } = await patientWithFoodNeed();
      const wrong = await hub.gql(CREATE_REFERRAL, { i: { needId, resourceId: rides.id } }, casey);
      expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
      expect(wrong.errors?.[0]?.extensions?.field).toBe('resourceId');
      expect(codeOf(await hub.gql(CREATE_REFERRAL, { i: { needId, resourceId: randomUUID() } }, casey))).toBe(
        'NOT_FOUND',
      );
      expect(codeOf(await hub.gql(CREATE_REFERRAL, { i: { needId: 'nope', resourceId: pantry.id } }, casey))).toBe(
        'BAD_USER_INPUT',
      );
      expect(await referrals(patientId)).toEqual([]);
      const draft = (await must<{ createReferral: Referral }>(CREATE_REFERRAL, { needId, resourceId: pantry.id }))
        .createReferral;
      const duplicate = await hub.gql(CREATE_REFERRAL, { i: { needId, resourceId: pantry.id } }, casey);
      expect(codeOf(duplicate)).toBe('BAD_USER_INPUT');
      const past = await hub.gql(
        CHANGE_STATUS,
        {
          i: {
            id: draft.id,
            expectedVersion: draft.version,
            status: 'SENT',
            followUpDueAt: new Date(Date.now() - 60_000).toISOString(),
          },
        },
        casey,
      );
      expect(codeOf(past)).toBe('BAD_USER_INPUT');
      expect(await referrals(patientId)).toEqual([draft]);
    });

    it('an overdue follow-up raises one card on the patient’s board even when two instances look at once; the answer completes it', async () => {
      const { patientId, needId } = await patientWithFoodNeed();
      const sent = (
        await must<{ createReferral: Referral }>(CREATE_REFERRAL, { needId, resourceId: pantry.id, send: true })
      ).createReferral;
      const service = hub.app.services.referrals;
      expect(await service.raiseOverdueFollowUps(new Date())).toBe(0);
      const later = new Date(Date.parse(sent.followUpDueAt ?? '') + 60_000);
      // Other referrals (the demo unit's) may fall due by then too: every card made is one referral's link.
      const linked = () => hub.app.services.orm.em.fork().count(ReferralEntity, { followUpTaskId: { $ne: null } });
      const before = await linked();
      const made = await Promise.all([service.raiseOverdueFollowUps(later), service.raiseOverdueFollowUps(later)]);
      expect(made[0] + made[1]).toBe((await linked()) - before);
      expect(await service.raiseOverdueFollowUps(later)).toBe(0);
      const [withCard] = await referrals(patientId);
      const board = async () =>
        (
          await hub.read<{ patient: { taskBoard: { tasks: Card[] } } }>(BOARD, { id: patientId }, casey)
        ).patient.taskBoard.tasks.filter((t) => t.labels.includes('referral'));
      const cards = await board();
      expect(cards).toHaveLength(1);
      expect(cards[0]).toMatchObject({
        id: withCard?.followUpTaskId,
        title: `Follow up referral to ${pantry.name}`,
        discipline: 'SW',
        completedAt: null,
      });
      await must(CHANGE_STATUS, { id: sent.id, expectedVersion: withCard?.version, status: 'ACCEPTED' });
      const [answered] = await board();
      expect(answered?.completedAt).not.toBeNull();
      expect((await referrals(patientId))[0]).toMatchObject({ status: 'ACCEPTED', followUpTaskId: null });
    });

    it('off-team staff cannot refer or change a patient’s referral; nothing changes', async () => {
      const { patientId, needId } = await patientWithFoodNeed();
      const draft = (await must<{ createReferral: Referral }>(CREATE_REFERRAL, { needId, resourceId: pantry.id }))
        .createReferral;
      expect(codeOf(await hub.gql(CREATE_REFERRAL, { i: { needId, resourceId: pantry.id } }, admin))).toBe('FORBIDDEN');
      expect(
        codeOf(
          await hub.gql(CHANGE_STATUS, { i: { id: draft.id, expectedVersion: draft.version, status: 'SENT' } }, admin),
        ),
      ).toBe('FORBIDDEN');
      expect(codeOf(await hub.gql(REFERRALS, { id: patientId }, admin))).toBe('FORBIDDEN');
      expect(await referrals(patientId)).toEqual([draft]);
    });
  });
});
