import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { CASEY, pause, startTestHub, type TestHub } from '../../testing/test-hub.js';

const LINK = `mutation($i: LinkFamilyMemberInput!) { linkFamilyMember(input: $i) { invitationCode link { id status version user { name } } } }`;
const ACCEPT = `mutation($i: AcceptFamilyInvitationInput!) { acceptFamilyInvitation(input: $i) { token user { kind } } }`;
const REVOKE = `mutation($i: RevokeFamilyLinkInput!) { revokeFamilyLink(input: $i) { id status version revokedAt } }`;
const LINKS = `query($id: ID!) { patient(id: $id) { familyLinks { id status version } } }`;

interface Linked {
  linkFamilyMember: { invitationCode: string; link: { id: string; status: string; version: number } };
}

describe('family links', () => {
  let hub: TestHub;
  let casey: string;
  let patientId: string;
  let n = 0;

  beforeAll(async () => {
    hub = await startTestHub();
    casey = await hub.login(CASEY);
    const list = await hub.gql<{ patients: { id: string; mrn: string }[] }>('{ patients { id mrn } }', {}, casey);
    patientId = list.data?.patients.find((p) => p.mrn === 'MRN-100235')?.id ?? '';
  });
  afterAll(() => hub?.stop());

  const input = (overrides: Record<string, unknown> = {}) => ({
    patientId,
    name: 'Tunde Bello',
    email: `tunde.${++n}@family.test`,
    relationship: 'Husband',
    consent: { given: true, source: 'PATIENT', scope: 'Care plan updates and the discharge plan' },
    ...overrides,
  });
  const links = async () =>
    (await hub.gql<{ patient: { familyLinks: unknown[] } }>(LINKS, { id: patientId }, casey)).data?.patient.familyLinks;

  it('records consent, invites, and the family member signs in with the invitation once', async () => {
    const details = input();
    const linked = await hub.gql<Linked>(LINK, { i: details }, casey);
    expect(linked.data?.linkFamilyMember.link).toMatchObject({ status: 'INVITED' });
    const code = linked.data?.linkFamilyMember.invitationCode ?? '';
    const accepted = await hub.gql<{ acceptFamilyInvitation: { token: string; user: { kind: string } } }>(ACCEPT, {
      i: { invitationCode: code, password: 'family-password-1' },
    });
    expect(accepted.data?.acceptFamilyInvitation.user.kind).toBe('FAMILY');
    const again = await hub.gql(ACCEPT, { i: { invitationCode: code, password: 'family-password-2' } });
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const token = await hub.login(details.email, 'family-password-1');
    const record = await hub.gql(`{ patient(id: "${patientId}") { name } }`, {}, token);
    expect(record.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await hub.gql<{ patients: unknown[] }>('{ patients { id } }', {}, token)).data?.patients).toEqual([]);
  });

  it('revoking ends the family member’s sessions and closes their open socket at once', async () => {
    const details = input();
    const linked = await hub.gql<Linked>(LINK, { i: details }, casey);
    await hub.gql(ACCEPT, {
      i: { invitationCode: linked.data?.linkFamilyMember.invitationCode, password: 'family-password-1' },
    });
    const token = await hub.login(details.email, 'family-password-1');
    const socket = await openSocket(token);
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    const link = linked.data?.linkFamilyMember.link;
    const current = (
      await hub.gql<{ patient: { familyLinks: { id: string; version: number }[] } }>(LINKS, { id: patientId }, casey)
    ).data?.patient.familyLinks.find((l) => l.id === link?.id);
    const revoked = await hub.gql<{ revokeFamilyLink: { status: string } }>(
      REVOKE,
      { i: { id: current?.id, expectedVersion: current?.version } },
      casey,
    );
    expect(revoked.data?.revokeFamilyLink.status).toBe('REVOKED');
    expect(await Promise.race([closed, pause(3_000).then(() => 'still open')])).toBe(4403);
    expect((await hub.gql('{ me { id } }', {}, token)).data).toEqual({ me: null });
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

  describe('bad input gets a coded error and no link changes', () => {
    it.each([
      ['consent not given', { consent: { given: false, source: 'PATIENT', scope: 'Updates' } }, 'BAD_USER_INPUT'],
      ['no consent at all', { consent: undefined }, 'BAD_USER_INPUT'],
      ['an empty consent scope', { consent: { given: true, source: 'PATIENT', scope: '' } }, 'BAD_USER_INPUT'],
      ['a malformed email', { email: 'not-an-email' }, 'BAD_USER_INPUT'],
      ['a staff member’s email', { email: 'riley.chen@demo.carehub.test' }, 'BAD_USER_INPUT'],
      ['an unknown patient', { patientId: '00000000-0000-4000-8000-000000000003' }, 'NOT_FOUND'],
      ['an over-long relationship', { relationship: 'x'.repeat(61) }, 'BAD_USER_INPUT'],
    ])('linkFamilyMember with %s', async (_label, overrides, code) => {
      const before = await links();
      const result = await hub.gql(LINK, { i: input(overrides) }, casey);
      expect(result.errors?.[0]?.extensions?.code).toBe(code);
      expect(await links()).toEqual(before);
    });

    it('linkFamilyMember for someone already linked', async () => {
      const details = input();
      await hub.gql(LINK, { i: details }, casey);
      const before = await links();
      const again = await hub.gql(LINK, { i: { ...details, name: 'Same Person' } }, casey);
      expect(again.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(await links()).toEqual(before);
    });

    it('revokeFamilyLink with a stale version, then twice', async () => {
      const linked = await hub.gql<Linked>(LINK, { i: input() }, casey);
      const link = linked.data?.linkFamilyMember.link;
      const before = await links();
      const stale = await hub.gql(REVOKE, { i: { id: link?.id, expectedVersion: (link?.version ?? 0) + 3 } }, casey);
      expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect(await links()).toEqual(before);
      const once = await hub.gql<{ revokeFamilyLink: { version: number } }>(
        REVOKE,
        { i: { id: link?.id, expectedVersion: link?.version } },
        casey,
      );
      const twice = await hub.gql(
        REVOKE,
        { i: { id: link?.id, expectedVersion: once.data?.revokeFamilyLink.version } },
        casey,
      );
      expect(twice.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('acceptFamilyInvitation with an unknown code or a short password', async () => {
      const unknown = await hub.gql(ACCEPT, { i: { invitationCode: 'x'.repeat(32), password: 'long-enough-pw' } });
      expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const linked = await hub.gql<Linked>(LINK, { i: input() }, casey);
      const short = await hub.gql(ACCEPT, {
        i: { invitationCode: linked.data?.linkFamilyMember.invitationCode, password: 'short' },
      });
      expect(short.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const still = (await links())?.find((l) => (l as { id: string }).id === linked.data?.linkFamilyMember.link.id);
      expect(still).toMatchObject({ status: 'INVITED' });
    });
  });
});
