import { createHash, randomBytes } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/core';
import type { Caller } from '../../platform/auth/caller.js';
import { AppError, badInput, ErrorCode, notFound } from '../../platform/errors.js';
import { Streams } from '../../platform/events/streams.js';
import { stampOf, type WritePath } from '../../platform/events/write-path.js';
import { isUuid } from '../../platform/ids.js';
import type { IdentityService, SignIn } from '../identity/identity.service.js';
import { hashPassword } from '../identity/password.js';
import { User } from '../identity/user.entity.js';
import type { PatientService } from '../patient/patient.service.js';
import type { AcceptFamilyInvitationInput, LinkFamilyMemberInput, RevokeFamilyLinkInput } from './family.types.js';
import { FamilyLink, type FamilyLinkView, familyLinkView } from './family-link.entity.js';

/** A password hash no password matches: a family account cannot sign in before accepting its invitation. */
const NO_PASSWORD = '!';
const hashCode = (code: string) => createHash('sha256').update(code).digest('hex');

/** Family members and caregivers linked to patients with recorded consent; revoking ends their access at once. */
export class FamilyService {
  constructor(
    private readonly orm: MikroORM,
    private readonly writes: WritePath,
    private readonly patients: PatientService,
    private readonly identity: IdentityService,
  ) {}

  async hasActiveLink(userId: string, patientId: string): Promise<boolean> {
    if (!isUuid(patientId)) return false;
    return (await this.orm.em.fork().count(FamilyLink, { userId, patientId, status: 'ACTIVE' })) > 0;
  }

  /** The patient's family links, for a caller who may read the patient now. */
  async linksOf(caller: Caller, patientId: string): Promise<FamilyLinkView[]> {
    await this.patients.assertMayRead(caller, patientId, 'familyLinks');
    const rows = await this.orm.em.fork().find(FamilyLink, { patientId }, { orderBy: { createdAt: 'asc' } });
    return rows.map(familyLinkView);
  }

  /**
   * Records the patient's consent and links the family member (creating their account if new).
   * Returns a one-time invitation code with which they set a password.
   */
  async link(caller: Caller, input: LinkFamilyMemberInput): Promise<{ link: FamilyLinkView; invitationCode: string }> {
    const access = await this.patients.authorize(caller, input.patientId, 'family.manage', 'linkFamilyMember');
    const email = input.email.trim().toLowerCase();
    const invitationCode = randomBytes(24).toString('base64url');
    const link = await this.writes.run(
      stampOf(caller, access.viewer, 'linkFamilyMember'),
      async ({ em, record }) => {
        let user = await em.findOne(User, { email });
        if (user && user.kind !== 'FAMILY') throw badInput('That email belongs to a staff account.', 'email');
        user ??= em.create(User, { email, name: input.name.trim(), kind: 'FAMILY', passwordHash: NO_PASSWORD });
        if (await em.count(FamilyLink, { patientId: input.patientId, userId: user.id, status: { $ne: 'REVOKED' } })) {
          throw badInput(`${user.name} is already linked to this patient.`, 'email');
        }
        const created = em.create(FamilyLink, {
          patientId: input.patientId,
          userId: user.id,
          relationship: input.relationship.trim(),
          consentScope: input.consent.scope.trim(),
          consentSource: input.consent.source,
          consentRecordedById: access.viewer.userId,
          consentRecordedAt: new Date(),
          invitationHash: hashCode(invitationCode),
        });
        record({
          kind: 'CREATED',
          entity: created,
          patientId: input.patientId,
          streams: [Streams.patient(input.patientId)],
        });
        return created;
      },
      { clientMutationId: input.clientMutationId, replay: (em, id) => em.findOneOrFail(FamilyLink, { id }) },
    );
    return { link: familyLinkView(link), invitationCode };
  }

  /** Sets the family member's password from their invitation, activates the link and signs them in. */
  async accept(caller: Caller & { userAgent: string | null }, input: AcceptFamilyInvitationInput): Promise<SignIn> {
    const em = this.orm.em.fork();
    const link = await em.findOne(FamilyLink, { invitationHash: hashCode(input.invitationCode), status: 'INVITED' });
    if (!link) throw new AppError(ErrorCode.NOT_FOUND, 'This invitation is not valid or was already used.');
    const user = await em.findOneOrFail(User, { id: link.userId });
    const passwordHash = await hashPassword(input.password);
    await this.writes.run(
      {
        actor: { id: user.id, name: user.name },
        operation: 'acceptFamilyInvitation',
        ip: caller.ip,
        requestId: caller.requestId,
        breakGlass: false,
      },
      async ({ em: tx, record }) => {
        const fresh = await tx.findOneOrFail(FamilyLink, { id: link.id });
        const before = familyLinkView(fresh);
        fresh.status = 'ACTIVE';
        fresh.invitationHash = null;
        const account = await tx.findOneOrFail(User, { id: user.id });
        account.passwordHash = passwordHash;
        record({
          kind: 'UPDATED',
          entity: fresh,
          before,
          patientId: fresh.patientId,
          streams: [Streams.patient(fresh.patientId)],
        });
      },
    );
    return this.identity.openSession(user, { ip: caller.ip, userAgent: caller.userAgent });
  }

  /**
   * Revokes the link. When the family member has no other active link, their sessions end and
   * their sockets close on every instance; either way their portal subscriptions to this patient
   * end on the revocation event itself.
   */
  async revoke(caller: Caller, input: RevokeFamilyLinkInput): Promise<FamilyLinkView> {
    const existing = isUuid(input.id) ? await this.orm.em.fork().findOne(FamilyLink, { id: input.id }) : null;
    if (!existing) throw notFound('FamilyLink', input.id);
    const access = await this.patients.authorize(caller, existing.patientId, 'family.manage', 'revokeFamilyLink');
    const revoked = await this.writes.run(
      stampOf(caller, access.viewer, 'revokeFamilyLink'),
      async ({ em, record, expectVersion }) => {
        const link = await em.findOneOrFail(FamilyLink, { id: input.id });
        expectVersion(link, input.expectedVersion);
        if (link.status === 'REVOKED') throw badInput('This link is already revoked.', 'id');
        const before = familyLinkView(link);
        link.status = 'REVOKED';
        link.revokedAt = new Date();
        link.invitationHash = null;
        record({
          kind: 'UPDATED',
          entity: link,
          before,
          patientId: link.patientId,
          streams: [Streams.patient(link.patientId)],
        });
        return link;
      },
    );
    const others = await this.orm.em.fork().count(FamilyLink, { userId: revoked.userId, status: { $ne: 'REVOKED' } });
    if (others === 0) await this.identity.endAllSessions(revoked.userId);
    return familyLinkView(revoked);
  }
}
