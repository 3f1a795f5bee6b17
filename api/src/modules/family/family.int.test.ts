import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import {
  ADMIN,
  CASEY,
  codeOf,
  collect,
  DEMO_PASSWORD,
  pause,
  RILEY,
  startTestHub,
  type TestHub,
} from '../../testing/test-hub.js';
import { User } from '../identity/user.entity.js';
import { FamilyLink } from './family-link.entity.js';

const LINK = `mutation($i: LinkFamilyMemberInput!) {
  linkFamilyMember(input: $i) {
    invitationCode
    existingAccount
    link {
      id status version relationship consentScope consentSource consentRecordedAt invitationExpiresAt revokedAt
      consentRecordedBy { name } user { email kind }
    }
  }
}`;
const ACCEPT = `mutation($i: AcceptFamilyInvitationInput!) {
  acceptFamilyInvitation(input: $i) { token user { id email kind } }
}`;
const REVOKE = `mutation($i: RevokeFamilyLinkInput!) { revokeFamilyLink(input: $i) { id status version revokedAt } }`;
const LINKS = `query($id: ID!) { patient(id: $id) { familyLinks { id status version revokedAt user { email } } } }`;
const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';
const ME = '{ me { id email kind units { id } } }';
const PATIENT_EVENTS = 'subscription($patientId: ID!) { patientEvents(patientId: $patientId) { id kind } }';
const TRAIL = `query($id: ID!) {
  auditTrail(patientId: $id, page: { first: 200 }) {
    entries { patientId actorName operation access entityType entityId fields }
  }
}`;

const JORDAN_FAMILY = 'jordan.family@demo.carehub.test';
const CHRIS_FAMILY = 'chris.family@demo.carehub.test';
const PASSWORD = 'family-password-1';
/** Not the default (72): shows the window comes from FAMILY_INVITATION_HOURS. */
const INVITATION_HOURS = 48;

interface Link {
  id: string;
  status: string;
  version: number;
  revokedAt: string | null;
  user: { email: string };
}
interface Invitation {
  invitationCode: string;
  existingAccount: boolean;
  link: Link & {
    consentRecordedAt: string;
    invitationExpiresAt: string | null;
    relationship: string;
    consentScope: string;
    consentSource: string;
    consentRecordedBy: { name: string };
    user: { email: string; kind: string };
  };
}
interface TrailEntry {
  patientId: string;
  actorName: string | null;
  operation: string;
  access: string;
  entityType: string | null;
  entityId: string | null;
  fields: string[] | null;
}
interface Accepted {
  token: string;
  user: { id: string; email: string; kind: string };
}

describe('family links', () => {
  let hub: TestHub;
  let casey: string;
  let admin: string;
  let jordan: string;
  /** Patient ids by MRN. */
  const patients = new Map<string, string>();
  /** Aisha Bello: the patient most tests link family to. */
  let patientId: string;
  let n = 0;

  beforeAll(async () => {
    // Refused acceptances below try wrong passwords on demo accounts: keep them under the throttle.
    hub = await startTestHub({ FAMILY_INVITATION_HOURS: String(INVITATION_HOURS), LOGIN_MAX_FAILURES: '1000' });
    casey = await hub.login(CASEY);
    admin = await hub.login(ADMIN);
    jordan = await hub.login(JORDAN_FAMILY);
    const list = await hub.gql<{ patients: { id: string; mrn: string }[] }>('{ patients { id mrn } }', {}, casey);
    for (const p of list.data?.patients ?? []) patients.set(p.mrn, p.id);
    patientId = patients.get('MRN-100235') ?? '';
  });
  afterAll(() => hub?.stop());

  const details = (overrides: Record<string, unknown> = {}) => ({
    patientId,
    name: 'Tunde Bello',
    email: `tunde.${++n}@family.test`,
    relationship: 'Husband',
    consent: { given: true, source: 'PATIENT', scope: 'Care plan updates and the discharge plan' },
    ...overrides,
  });
  const links = async (id = patientId) => {
    const result = await hub.gql<{ patient: { familyLinks: Link[] } }>(LINKS, { id }, casey);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.patient.familyLinks;
  };
  const userCount = () => hub.app.services.orm.em.fork().count(User, {});
  const link = async (input: Record<string, unknown>, token = casey) => {
    const result = await hub.gql<{ linkFamilyMember: Invitation }>(LINK, { i: input }, token);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.linkFamilyMember;
  };
  const accept = async (invitationCode: string, password = PASSWORD) => {
    const result = await hub.gql<{ acceptFamilyInvitation: Accepted }>(ACCEPT, { i: { invitationCode, password } });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.acceptFamilyInvitation;
  };
  /** A new family member, linked to the patient and signed in through their invitation. */
  const activeFamilyMember = async (overrides: Record<string, unknown> = {}) => {
    const input = details(overrides);
    const invitation = await link(input);
    const accepted = await accept(invitation.invitationCode);
    return { email: input.email, linkId: invitation.link.id, token: accepted.token, userId: accepted.user.id };
  };
  const current = async (linkId: string, id = patientId) => {
    const found = (await links(id)).find((l) => l.id === linkId);
    if (!found) throw new Error(`link ${linkId} is not on the patient`);
    return found;
  };
  const signIn = (email: string, password: string) =>
    hub.gql<{ login: { token: string } }>(LOGIN, { e: email, p: password });
  const me = async (token: string) =>
    (await hub.gql<{ me: { email: string; kind: string } | null }>(ME, {}, token)).data?.me;
  /** The patient's audit trail as the lead case manager reads it (throws on an error). */
  const trail = async (id = patientId) => {
    const result = await hub.gql<{ auditTrail: { entries: TrailEntry[] } }>(TRAIL, { id }, casey);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.auditTrail.entries;
  };
  /** The refused acceptances of one link on the audit trail, newest first. */
  const refusals = async (linkId: string, id = patientId) =>
    (await trail(id))
      .filter((e) => e.operation === 'acceptFamilyInvitation' && e.access === 'DENIED' && e.entityId === linkId)
      .map((e) => ({ actorName: e.actorName, fields: e.fields }));
  const acceptAs = (token: string | null, invitationCode: string, password?: string) =>
    hub.gql<{ acceptFamilyInvitation: Accepted }>(ACCEPT, { i: { invitationCode, password } }, token);

  it('the demo family member is ACTIVE on Eleanor Whitfield and signs in as family', async () => {
    const eleanor = patients.get('MRN-100231') ?? '';
    const theirs = (await links(eleanor)).filter((l) => l.user.email === JORDAN_FAMILY);
    expect(theirs).toEqual([expect.objectContaining({ status: 'ACTIVE', revokedAt: null })]);
    expect(await me(jordan)).toMatchObject({ email: JORDAN_FAMILY, kind: 'FAMILY', units: [] });
  });

  it('a family member is FORBIDDEN staff queries, sees no patients and cannot follow a patient’s events', async () => {
    const eleanor = patients.get('MRN-100231') ?? '';
    expect(codeOf(await hub.gql(`{ patient(id: "${eleanor}") { name } }`, {}, jordan))).toBe('FORBIDDEN');
    expect(codeOf(await hub.gql(TRAIL, { id: eleanor }, jordan))).toBe('FORBIDDEN');
    expect(codeOf(await hub.gql('{ staff { name } }', {}, jordan))).toBe('FORBIDDEN');
    expect((await hub.gql<{ patients: unknown[] }>('{ patients { id } }', {}, jordan)).data?.patients).toEqual([]);
    const feed = collect(hub.ws(jordan), PATIENT_EVENTS, { patientId: eleanor });
    await feed.done;
    expect(JSON.stringify(feed.errors)).toContain('FORBIDDEN');
    expect(feed.items).toEqual([]);
  });

  it('linking with consent returns an INVITED link and a one-time invitation code', async () => {
    const email = `Tunde.Capital.${Date.now()}@Family.TEST`;
    const invitation = await link(details({ email }));
    expect(invitation.link).toMatchObject({
      status: 'INVITED',
      version: 1,
      relationship: 'Husband',
      consentScope: 'Care plan updates and the discharge plan',
      consentSource: 'PATIENT',
      consentRecordedBy: { name: 'Casey Morgan' },
      user: { email: email.toLowerCase(), kind: 'FAMILY' },
      revokedAt: null,
    });
    expect(invitation.invitationCode).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(invitation.existingAccount).toBe(false);
    expect(Date.parse(invitation.link.invitationExpiresAt ?? '') - Date.parse(invitation.link.consentRecordedAt)).toBe(
      INVITATION_HOURS * 3_600_000,
    );
    expect(await current(invitation.link.id)).toMatchObject({ status: 'INVITED', version: 1 });
    // Until they accept, no password opens the account.
    expect(codeOf(await signIn(email, PASSWORD))).toBe('UNAUTHENTICATED');
  });

  it('accepting the invitation sets the password, makes the link ACTIVE and signs them in; the code works once', async () => {
    const input = details();
    const invitation = await link(input);
    const accepted = await accept(invitation.invitationCode);
    expect(accepted.user).toMatchObject({ email: input.email, kind: 'FAMILY' });
    expect(await me(accepted.token)).toMatchObject({ email: input.email, kind: 'FAMILY' });
    expect(await current(invitation.link.id)).toMatchObject({ status: 'ACTIVE', version: 2 });
    expect((await signIn(input.email, PASSWORD)).data?.login.token).toBeTruthy();

    const before = await links();
    const again = await hub.gql(ACCEPT, {
      i: { invitationCode: invitation.invitationCode, password: 'another-password' },
    });
    expect(codeOf(again)).toBe('INVITATION_USED');
    expect(await links()).toEqual(before);
    expect(codeOf(await signIn(input.email, 'another-password'))).toBe('UNAUTHENTICATED');
    expect(await refusals(invitation.link.id)).toEqual([{ actorName: null, fields: ['refused: INVITATION_USED'] }]);
  });

  it('an invitation code sent twice at once signs in one caller only', async () => {
    const input = details();
    const invitation = await link(input);
    const passwords = ['first-password-1', 'second-password-2'];
    const results = await Promise.all(
      passwords.map((password) =>
        hub.gql<{ acceptFamilyInvitation: Accepted }>(ACCEPT, {
          i: { invitationCode: invitation.invitationCode, password },
        }),
      ),
    );
    const winner = results.findIndex((r) => r.data?.acceptFamilyInvitation);
    const loser = 1 - winner;
    expect(results.filter((r) => r.data?.acceptFamilyInvitation)).toHaveLength(1);
    expect(codeOf(results[loser] ?? {})).toBe('INVITATION_USED');
    expect(codeOf(await signIn(input.email, passwords[winner] ?? ''))).toBeUndefined();
    expect(codeOf(await signIn(input.email, passwords[loser] ?? ''))).toBe('UNAUTHENTICATED');
  });

  it('linking the same family member twice at once makes one link', async () => {
    const other = patients.get('MRN-100239') ?? '';
    const before = await links(other);
    const input = details({ patientId: other, email: JORDAN_FAMILY, name: 'Jordan Whitfield' });
    await Promise.all([1, 2, 3].map(() => hub.gql(LINK, { i: input }, casey)));
    const made = (await links(other)).filter((l) => !before.some((b) => b.id === l.id));
    expect(made.map((l) => [l.user.email, l.status])).toEqual([[JORDAN_FAMILY, 'INVITED']]);
  });

  it('a newly linked family member is FORBIDDEN the patient record and sees an empty patient list', async () => {
    const member = await activeFamilyMember();
    expect(codeOf(await hub.gql(`{ patient(id: "${patientId}") { name } }`, {}, member.token))).toBe('FORBIDDEN');
    expect((await hub.gql<{ patients: unknown[] }>('{ patients { id } }', {}, member.token)).data?.patients).toEqual(
      [],
    );
  });

  it('revoking the link makes it REVOKED, ends the family member’s sessions and closes their open socket at once', async () => {
    const member = await activeFamilyMember();
    const second = (await signIn(member.email, PASSWORD)).data?.login.token ?? '';
    // graphql-ws clients connect lazily and close when their last subscription ends, and a family
    // member has no subscription they may keep open: watch a raw, acknowledged connection instead.
    const socket = await openSocket(member.token);
    const closed = new Promise<{ code: number; reason: string }>((resolve) =>
      socket.once('close', (code, reason) => resolve({ code, reason: String(reason) })),
    );
    const { version } = await current(member.linkId);

    const revoked = await hub.gql<{ revokeFamilyLink: Link }>(
      REVOKE,
      { i: { id: member.linkId, expectedVersion: version } },
      casey,
    );
    expect(revoked.data?.revokeFamilyLink).toMatchObject({
      id: member.linkId,
      status: 'REVOKED',
      version: version + 1,
    });
    expect(revoked.data?.revokeFamilyLink.revokedAt).toEqual(expect.any(String));
    expect(await Promise.race([closed, pause(3_000).then(() => 'still open')])).toEqual({
      code: 4403,
      reason: 'Session ended',
    });
    expect(await me(member.token)).toBeNull();
    expect(await me(second)).toBeNull();
    expect(await current(member.linkId)).toMatchObject({ status: 'REVOKED', version: version + 1 });
  });

  it('revoking one of two links keeps the family member signed in', async () => {
    const other = patients.get('MRN-100237') ?? '';
    const invitation = await link(details({ patientId: other, email: JORDAN_FAMILY, name: 'Jordan Whitfield' }));
    const token = await hub.login(JORDAN_FAMILY);
    const revoked = await hub.gql(
      REVOKE,
      { i: { id: invitation.link.id, expectedVersion: invitation.link.version } },
      casey,
    );
    expect(codeOf(revoked)).toBeUndefined();
    expect(await current(invitation.link.id, other)).toMatchObject({ status: 'REVOKED' });
    expect(await me(token)).toMatchObject({ email: JORDAN_FAMILY });
    const eleanor = patients.get('MRN-100231') ?? '';
    expect((await links(eleanor)).find((l) => l.user.email === JORDAN_FAMILY)?.status).toBe('ACTIVE');
  });

  it('an invitation revoked before it is accepted can no longer be used', async () => {
    const input = details();
    const invitation = await link(input);
    await hub.gql(REVOKE, { i: { id: invitation.link.id, expectedVersion: invitation.link.version } }, casey);
    const before = await links();
    const late = await hub.gql(ACCEPT, { i: { invitationCode: invitation.invitationCode, password: PASSWORD } });
    expect(codeOf(late)).toBe('INVITATION_REVOKED');
    expect(await links()).toEqual(before);
    expect(codeOf(await signIn(input.email, PASSWORD))).toBe('UNAUTHENTICATED');
    expect(await refusals(invitation.link.id)).toEqual([{ actorName: null, fields: ['refused: INVITATION_REVOKED'] }]);
  });

  it('accepting an invitation to a second patient does not replace an existing family account’s password', async () => {
    // Whoever holds the code (the staff member who made it, to begin with) must not be able to take
    // over an account that already reaches another patient.
    const other = patients.get('MRN-100238') ?? '';
    const invitation = await link(details({ patientId: other, email: CHRIS_FAMILY, name: 'Chris Jensen' }));
    await hub.gql(ACCEPT, { i: { invitationCode: invitation.invitationCode, password: 'chosen-by-someone-else' } });
    expect(codeOf(await signIn(CHRIS_FAMILY, DEMO_PASSWORD))).toBeUndefined();
    expect(codeOf(await signIn(CHRIS_FAMILY, 'chosen-by-someone-else'))).toBe('UNAUTHENTICATED');
  });

  describe('an invitation for an account that already has a password', () => {
    /** Links Chris Jensen (an ACTIVE demo family member with a password) to another patient. */
    const linkChris = async (mrn: string) => {
      const id = patients.get(mrn) ?? '';
      const invitation = await link(details({ patientId: id, email: CHRIS_FAMILY, name: 'Chris Jensen' }));
      return { id, invitation };
    };

    it('says so, and is accepted with the account’s own password, which stays as it was', async () => {
      const { id, invitation } = await linkChris('MRN-100240');
      expect(invitation.existingAccount).toBe(true);
      const accepted = await acceptAs(null, invitation.invitationCode, DEMO_PASSWORD);
      expect(accepted.errors).toBeUndefined();
      expect(accepted.data?.acceptFamilyInvitation.user).toMatchObject({ email: CHRIS_FAMILY, kind: 'FAMILY' });
      expect(await me(accepted.data?.acceptFamilyInvitation.token ?? '')).toMatchObject({ email: CHRIS_FAMILY });
      expect(await current(invitation.link.id, id)).toMatchObject({ status: 'ACTIVE', version: 2 });
      expect(codeOf(await signIn(CHRIS_FAMILY, DEMO_PASSWORD))).toBeUndefined();
    });

    it('is accepted without a password by the family member signed in as that account', async () => {
      const id = patients.get('MRN-100241') ?? '';
      const invitation = await link(details({ patientId: id, email: JORDAN_FAMILY, name: 'Jordan Whitfield' }));
      expect(invitation.existingAccount).toBe(true);
      const accepted = await acceptAs(jordan, invitation.invitationCode);
      expect(accepted.errors).toBeUndefined();
      expect(accepted.data?.acceptFamilyInvitation.user.email).toBe(JORDAN_FAMILY);
      expect(await current(invitation.link.id, id)).toMatchObject({ status: 'ACTIVE' });
      expect(codeOf(await signIn(JORDAN_FAMILY, DEMO_PASSWORD))).toBeUndefined();
    });

    /** Who tries, signed in as whom, with which password, what they get, and who the trail names. */
    const refused: [string, () => string | null, string | undefined, string, string | null][] = [
      ['anyone, with a password of their choosing', () => null, 'chosen-by-someone-else', 'UNAUTHENTICATED', null],
      [
        'the staff member who made the code, signed in as themselves',
        () => casey,
        'chosen-by-the-staff-member',
        'UNAUTHENTICATED',
        'Casey Morgan',
      ],
      ['anyone, without a password', () => null, undefined, 'UNAUTHENTICATED', null],
      [
        'another family member, signed in, without a password',
        () => jordan,
        undefined,
        'UNAUTHENTICATED',
        'Jordan Whitfield',
      ],
    ];
    it.each(refused)(
      'is refused to %s: nothing changes and the attempt is on the audit trail',
      async (_label, token, password, code, actorName) => {
        const { id, invitation } = await linkChris('MRN-100242');
        const before = await links(id);
        const result = await acceptAs(token(), invitation.invitationCode, password);
        expect(codeOf(result)).toBe(code);
        expect(await links(id)).toEqual(before);
        expect(codeOf(await signIn(CHRIS_FAMILY, DEMO_PASSWORD))).toBeUndefined();
        if (password) expect(codeOf(await signIn(CHRIS_FAMILY, password))).toBe('UNAUTHENTICATED');
        expect(await refusals(invitation.link.id, id)).toEqual([{ actorName, fields: [`refused: ${code}`] }]);
        // Undo, so the next case can link Chris to the same patient again.
        await hub.gql(REVOKE, { i: { id: invitation.link.id, expectedVersion: invitation.link.version } }, casey);
      },
    );
  });

  describe('invitation codes expire', () => {
    const expire = (linkId: string) =>
      hub.app.services.orm.em
        .fork()
        .nativeUpdate(FamilyLink, { id: linkId }, { invitationExpiresAt: new Date(Date.now() - 60_000) });

    it('an expired code is INVITATION_EXPIRED: no password is set, the link stays INVITED, the attempt is audited', async () => {
      const input = details();
      const invitation = await link(input);
      await expire(invitation.link.id);
      const before = await links();
      const late = await acceptAs(null, invitation.invitationCode, PASSWORD);
      expect(codeOf(late)).toBe('INVITATION_EXPIRED');
      expect(late.errors?.[0]?.extensions?.expiredAt).toEqual(expect.any(String));
      expect(await links()).toEqual(before);
      expect(await current(invitation.link.id)).toMatchObject({ status: 'INVITED' });
      expect(codeOf(await signIn(input.email, PASSWORD))).toBe('UNAUTHENTICATED');
      expect(await refusals(invitation.link.id)).toEqual([
        { actorName: null, fields: ['refused: INVITATION_EXPIRED'] },
      ]);
    });

    it('after an expired code, revoking and linking again gives a code that works', async () => {
      const input = details();
      const first = await link(input);
      await expire(first.link.id);
      const { version } = await current(first.link.id);
      const revoked = await hub.gql(REVOKE, { i: { id: first.link.id, expectedVersion: version } }, casey);
      expect(codeOf(revoked)).toBeUndefined();
      const second = await link(input);
      expect(second.existingAccount).toBe(false);
      await accept(second.invitationCode);
      expect(await current(second.link.id)).toMatchObject({ status: 'ACTIVE' });
      expect(codeOf(await signIn(input.email, PASSWORD))).toBeUndefined();
    });
  });

  it('a revoke and an acceptance sent at once: whichever commits first wins, and the state agrees with it', async () => {
    for (let round = 0; round < 4; round++) {
      const input = details();
      const invitation = await link(input);
      const [revoked, accepted] = await Promise.all([
        hub.gql<{ revokeFamilyLink: Link }>(
          REVOKE,
          { i: { id: invitation.link.id, expectedVersion: invitation.link.version } },
          casey,
        ),
        acceptAs(null, invitation.invitationCode, PASSWORD),
      ]);
      const now = await current(invitation.link.id);
      const canSignIn = codeOf(await signIn(input.email, PASSWORD)) === undefined;
      if (revoked.data?.revokeFamilyLink) {
        expect(codeOf(accepted)).toBe('INVITATION_REVOKED');
        expect(now.status).toBe('REVOKED');
        expect(canSignIn).toBe(false);
        expect(await refusals(invitation.link.id)).toEqual([
          { actorName: null, fields: ['refused: INVITATION_REVOKED'] },
        ]);
      } else {
        expect(codeOf(revoked)).toBe('CONFLICT');
        expect(accepted.data?.acceptFamilyInvitation.user.email).toBe(input.email);
        expect(now.status).toBe('ACTIVE');
        expect(canSignIn).toBe(true);
      }
    }
  });

  it('a link made with the patient id in capitals is on the patient’s own audit trail', async () => {
    const input = details({ patientId: patientId.toUpperCase() });
    await hub.gql(LINK, { i: input }, casey);
    const made = (await links()).filter((l) => l.user.email === input.email).map((l) => l.id);
    const trail = await hub.gql<{ auditTrail: { entries: { operation: string; entityId: string }[] } }>(
      TRAIL,
      { id: patientId },
      casey,
    );
    const recorded = (trail.data?.auditTrail.entries ?? [])
      .filter((e) => e.operation === 'linkFamilyMember' && made.includes(e.entityId))
      .map((e) => e.entityId);
    expect(recorded).toEqual(made);
  });

  describe('bad input gets a coded error and the links stay as they were', () => {
    it.each([
      ['consent not given', { consent: { given: false, source: 'PATIENT', scope: 'Updates' } }, 'BAD_USER_INPUT'],
      ['no consent at all', { consent: undefined }, 'BAD_USER_INPUT'],
      ['an empty consent scope', { consent: { given: true, source: 'PATIENT', scope: '' } }, 'BAD_USER_INPUT'],
      [
        'an unknown consent source',
        { consent: { given: true, source: 'NEIGHBOUR', scope: 'Updates' } },
        'BAD_USER_INPUT',
      ],
      ['a malformed email', { email: 'not-an-email' }, 'BAD_USER_INPUT'],
      ['a staff member’s email', { email: RILEY }, 'BAD_USER_INPUT'],
      ['a staff member’s email in capitals', { email: RILEY.toUpperCase() }, 'BAD_USER_INPUT'],
      ['an unknown patient', { patientId: '00000000-0000-4000-8000-000000000003' }, 'NOT_FOUND'],
      ['a patient id that is not an id', { patientId: 'MRN-100235' }, 'BAD_USER_INPUT'],
      ['an over-long relationship', { relationship: 'x'.repeat(61) }, 'BAD_USER_INPUT'],
    ])('linkFamilyMember with %s', async (_label, overrides, code) => {
      const before = await links();
      const users = await userCount();
      const result = await hub.gql(LINK, { i: details(overrides) }, casey);
      expect(codeOf(result)).toBe(code);
      expect(await links()).toEqual(before);
      expect(await userCount()).toBe(users);
    });

    it('linking the same family member twice is refused, even with the email in capitals', async () => {
      const input = details();
      await link(input);
      const before = await links();
      const again = await hub.gql(LINK, { i: { ...input, email: input.email.toUpperCase(), name: 'Same' } }, casey);
      expect(codeOf(again)).toBe('BAD_USER_INPUT');
      expect(await links()).toEqual(before);
      const eleanor = patients.get('MRN-100231') ?? '';
      const beforeEleanor = await links(eleanor);
      const jordanAgain = await hub.gql(LINK, { i: details({ patientId: eleanor, email: JORDAN_FAMILY }) }, casey);
      expect(codeOf(jordanAgain)).toBe('BAD_USER_INPUT');
      expect(await links(eleanor)).toEqual(beforeEleanor);
    });

    it('a stale expectedVersion on revoke is CONFLICT carrying the current link, and nothing changes', async () => {
      const member = await activeFamilyMember();
      const before = await links();
      const { version } = await current(member.linkId);
      const stale = await hub.gql(REVOKE, { i: { id: member.linkId, expectedVersion: version - 1 } }, casey);
      expect(codeOf(stale)).toBe('CONFLICT');
      expect(stale.errors?.[0]?.extensions?.current).toMatchObject({ id: member.linkId, status: 'ACTIVE', version });
      expect(await links()).toEqual(before);
      expect(await me(member.token)).toMatchObject({ email: member.email });
    });

    it('revoking twice is BAD_USER_INPUT and the revoked link stays as it was', async () => {
      const invitation = await link(details());
      const once = await hub.gql<{ revokeFamilyLink: Link }>(
        REVOKE,
        { i: { id: invitation.link.id, expectedVersion: invitation.link.version } },
        casey,
      );
      const before = await links();
      const twice = await hub.gql(
        REVOKE,
        { i: { id: invitation.link.id, expectedVersion: once.data?.revokeFamilyLink.version } },
        casey,
      );
      expect(codeOf(twice)).toBe('BAD_USER_INPUT');
      expect(await links()).toEqual(before);
    });

    it('revoking a link that does not exist is NOT_FOUND', async () => {
      const before = await links();
      const result = await hub.gql(
        REVOKE,
        { i: { id: '00000000-0000-4000-8000-000000000004', expectedVersion: 1 } },
        casey,
      );
      expect(codeOf(result)).toBe('NOT_FOUND');
      expect(await links()).toEqual(before);
    });

    it('an invitation code that does not exist is NOT_FOUND', async () => {
      const before = await links();
      const result = await hub.gql(ACCEPT, { i: { invitationCode: 'x'.repeat(32), password: 'long-enough-pw' } });
      expect(codeOf(result)).toBe('NOT_FOUND');
      expect(await links()).toEqual(before);
    });

    it('a too-short password is BAD_USER_INPUT and the invitation stays usable', async () => {
      const input = details();
      const invitation = await link(input);
      const before = await links();
      const short = await hub.gql(ACCEPT, { i: { invitationCode: invitation.invitationCode, password: 'short' } });
      expect(codeOf(short)).toBe('BAD_USER_INPUT');
      expect(await links()).toEqual(before);
      await accept(invitation.invitationCode);
      expect(await current(invitation.link.id)).toMatchObject({ status: 'ACTIVE' });
    });

    it('staff without access to the patient, family members and anonymous callers can neither link nor revoke', async () => {
      const invitation = await link(details());
      const before = await links();
      const revoke = { i: { id: invitation.link.id, expectedVersion: invitation.link.version } };
      for (const [token, code] of [
        [admin, 'FORBIDDEN'],
        [jordan, 'FORBIDDEN'],
        [null, 'UNAUTHENTICATED'],
      ] as const) {
        expect(codeOf(await hub.gql(LINK, { i: details() }, token))).toBe(code);
        expect(codeOf(await hub.gql(REVOKE, revoke, token))).toBe(code);
      }
      expect(await links()).toEqual(before);
    });
  });

  /** A raw graphql-ws connection, acknowledged by the server. */
  async function openSocket(token: string): Promise<WebSocket> {
    const socket = new WebSocket(`${hub.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { token } })));
      socket.once('message', (raw) =>
        JSON.parse(String(raw)).type === 'connection_ack' ? resolve() : reject(new Error(String(raw))),
      );
      socket.once('error', reject);
    });
    return socket;
  }
});

describe('accepting an invitation with a password is a sign-in', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub({ LOGIN_MAX_FAILURES: '2' });
  });
  afterAll(() => hub?.stop());

  it('wrong passwords given with invitation codes count against the login throttle of the account', async () => {
    const casey = await hub.login(CASEY);
    const list = await hub.gql<{ patients: { id: string; mrn: string }[] }>('{ patients { id mrn } }', {}, casey);
    const patientId = list.data?.patients.find((p) => p.mrn === 'MRN-100240')?.id;
    const linked = await hub.gql<{ linkFamilyMember: Invitation }>(
      LINK,
      {
        i: {
          patientId,
          name: 'Chris Jensen',
          email: CHRIS_FAMILY,
          relationship: 'Son',
          consent: { given: true, source: 'PATIENT', scope: 'Care plan updates' },
        },
      },
      casey,
    );
    const invitationCode = linked.data?.linkFamilyMember.invitationCode;
    const tries = [];
    for (const password of ['guess-number-one', 'guess-number-two', 'guess-number-three']) {
      tries.push(codeOf(await hub.gql(ACCEPT, { i: { invitationCode, password } })));
    }
    expect(tries).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'RATE_LIMITED']);
    // The throttle is the account's: the right password is refused for now too, through login as through the code.
    const login = await hub.gql(LOGIN, { e: CHRIS_FAMILY, p: DEMO_PASSWORD });
    expect(codeOf(login)).toBe('RATE_LIMITED');
  });
});
