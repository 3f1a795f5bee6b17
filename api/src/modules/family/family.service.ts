import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/core';
import type { GraphQLError } from 'graphql';
import type { Caller } from '../../platform/auth/caller.js';
import { AppError, badInput, ErrorCode, forbidden, isCoded, unauthenticated } from '../../platform/errors.js';
import type { WritePath, WriteStamp } from '../../platform/events/write-path.js';
import { isUuid } from '../../platform/ids.js';
import type { IdentityService, SignIn } from '../identity/identity.service.js';
import { hashPassword } from '../identity/password.js';
import { User } from '../identity/user.entity.js';
import type { PatientAccessService } from '../patient/patient-access.service.js';
import type { AcceptFamilyInvitationInput, LinkFamilyMemberInput, RevokeFamilyLinkInput } from './family.types.js';
import {
  FAMILY_SHARE_SCOPES,
  FamilyLink,
  type FamilyLinkView,
  type FamilyShareScope,
  familyLinkView,
} from './family-link.entity.js';

/** A password hash no password matches: a family account cannot sign in before accepting its invitation. */
const NO_PASSWORD = '!';
const hashCode = (code: string) => createHash('sha256').update(code).digest('hex');

/** Why an invitation code no longer works, or null while it does. */
function unusable(link: FamilyLink, now = new Date()): AppError | null {
  if (link.status === 'REVOKED') {
    return new AppError(ErrorCode.INVITATION_REVOKED, 'This invitation was withdrawn. Ask the care team.');
  }
  if (link.status === 'ACTIVE') {
    return new AppError(ErrorCode.INVITATION_USED, 'This invitation was already accepted. Sign in instead.');
  }
  if (!link.invitationExpiresAt || link.invitationExpiresAt <= now) {
    return new AppError(ErrorCode.INVITATION_EXPIRED, 'This invitation has expired. Ask the care team for a new one.', {
      expiredAt: link.invitationExpiresAt?.toISOString() ?? null,
    });
  }
  return null;
}

const INVITATION_REFUSALS = new Set<string>([
  ErrorCode.INVITATION_EXPIRED,
  ErrorCode.INVITATION_USED,
  ErrorCode.INVITATION_REVOKED,
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.RATE_LIMITED,
  ErrorCode.FORBIDDEN,
]);

/** Family members and caregivers linked to patients with recorded consent; revoking ends their access at once. */
export class FamilyService {
  constructor(
    private readonly orm: MikroORM,
    private readonly writes: WritePath,
    private readonly access: PatientAccessService,
    private readonly identity: IdentityService,
    /** How long an invitation code works (FAMILY_INVITATION_HOURS). */
    private readonly invitationMs: number,
  ) {}

  async hasActiveLink(userId: string, patientId: string): Promise<boolean> {
    if (!isUuid(patientId)) return false;
    return (await this.orm.em.fork().count(FamilyLink, { userId, patientId, status: 'ACTIVE' })) > 0;
  }

  /** The family member's active links, oldest first (the patients their portal shows). */
  async activeLinksOf(userId: string): Promise<FamilyLinkView[]> {
    const rows = await this.orm.em
      .fork()
      .find(FamilyLink, { userId, status: 'ACTIVE' }, { orderBy: { createdAt: 'asc' } });
    return rows.map(familyLinkView);
  }

  /** The family member's active link to the patient, or null. */
  async activeLink(userId: string, patientId: string): Promise<FamilyLinkView | null> {
    if (!isUuid(patientId)) return null;
    const link = await this.orm.em.fork().findOne(FamilyLink, { userId, patientId, status: 'ACTIVE' });
    return link && familyLinkView(link);
  }

  /**
   * What the patient's consent lets the team share now: the scopes of every link that is not
   * revoked (an invited family member's consent is recorded already). Read with `em` inside a
   * sharing write, so a revoke that commits first is seen.
   */
  async consentedScopes(patientId: string, em: EntityManager = this.orm.em.fork()): Promise<FamilyShareScope[]> {
    const links = await em.find(FamilyLink, { patientId, status: { $ne: 'REVOKED' } }, { fields: ['shareScopes'] });
    return FAMILY_SHARE_SCOPES.filter((scope) => links.some((l) => l.shareScopes.includes(scope)));
  }

  /** The patient's family links, for a caller who may read the patient now. */
  async linksOf(caller: Caller, patientId: string): Promise<FamilyLinkView[]> {
    await this.access.assertMayRead(caller, patientId, 'familyLinks');
    const rows = await this.orm.em.fork().find(FamilyLink, { patientId }, { orderBy: { createdAt: 'asc' } });
    return rows.map(familyLinkView);
  }

  /**
   * Records the patient's consent and links the family member, creating their account if new.
   * Returns a one-time invitation code that works for FAMILY_INVITATION_HOURS. With it a new
   * family member sets their password; one who already has an account accepts by signing in with
   * it (`existingAccount`) — an invitation never changes an existing password.
   */
  async link(caller: Caller, input: LinkFamilyMemberInput): Promise<FamilyInvitationResult> {
    const access = await this.access.authorize(caller, input.patientId, 'family.manage', 'linkFamilyMember');
    const patientId = access.patient.id;
    const email = input.email.trim().toLowerCase();
    const invitationCode = randomBytes(24).toString('base64url');
    let existingAccount = false;
    const link = await this.writes.create(
      access.stamp,
      FamilyLink,
      async ({ em }) => {
        let user = await em.findOne(User, { email });
        if (user && user.kind !== 'FAMILY') throw badInput('That email belongs to a staff account.', 'email');
        existingAccount = !!user && user.passwordHash !== NO_PASSWORD;
        user ??= em.create(User, { email, name: input.name.trim(), kind: 'FAMILY', passwordHash: NO_PASSWORD });
        if (await em.count(FamilyLink, { patientId, userId: user.id, status: { $ne: 'REVOKED' } })) {
          throw badInput(`${user.name} is already linked to this patient.`, 'email');
        }
        const now = new Date();
        return em.create(FamilyLink, {
          patientId,
          userId: user.id,
          relationship: input.relationship.trim(),
          consentScope: input.consent.scope.trim(),
          consentSource: input.consent.source,
          shareScopes: [...new Set(input.consent.shares ?? ['UPDATES' as const])],
          consentRecordedById: access.viewer.userId,
          consentRecordedAt: now,
          invitationHash: hashCode(invitationCode),
          invitationExpiresAt: new Date(now.getTime() + this.invitationMs),
        });
      },
      input.clientMutationId,
    );
    return { link: familyLinkView(link), invitationCode, existingAccount };
  }

  /**
   * Accepts an invitation and signs the family member in. For a new account the password given
   * becomes theirs. An account that already has a password is linked only by its owner — signed
   * in as that account, or giving its password now (checked like a sign-in, throttle included) —
   * and its password never changes. The code is checked again inside the accepting transaction,
   * so a revoke that commits first wins. Refusals are coded (INVITATION_EXPIRED, INVITATION_USED,
   * INVITATION_REVOKED, UNAUTHENTICATED, RATE_LIMITED) and on the patient's audit trail.
   */
  async accept(caller: Caller & { userAgent: string | null }, input: AcceptFamilyInvitationInput): Promise<SignIn> {
    const codeHash = hashCode(input.invitationCode);
    const link = await this.orm.em.fork().findOne(FamilyLink, { invitationHash: codeHash });
    if (!link) throw new AppError(ErrorCode.NOT_FOUND, 'This invitation code is not valid.');
    const client = { ip: caller.ip, userAgent: caller.userAgent };
    try {
      const refusal = unusable(link);
      if (refusal) throw refusal;
      const account = await this.identity.userById(link.userId);
      if (!account?.active) throw forbidden('This account is closed. Ask the care team.');
      let signIn: SignIn | null = null;
      let newPasswordHash: string | null = null;
      if (account.passwordHash === NO_PASSWORD) {
        if (!input.password) throw badInput('Choose a password of 10 to 200 characters.', 'password');
        newPasswordHash = await hashPassword(input.password);
      } else if (caller.viewer?.userId !== account.id) {
        if (!input.password) throw unauthenticated(SIGN_IN_TO_ACCEPT);
        signIn = await this.identity.login(account.email, input.password, client);
      }
      const stamp: WriteStamp = {
        actor: { id: account.id, name: account.name },
        operation: 'acceptFamilyInvitation',
        ip: caller.ip,
        requestId: caller.requestId,
        breakGlass: false,
      };
      await this.writes.update(stamp, { entity: FamilyLink, id: link.id }, async (fresh, { em }) => {
        const late = unusable(fresh);
        if (late) throw late;
        fresh.status = 'ACTIVE';
        // The versioned update first: of two acceptances (or an acceptance and a revoke) racing on
        // this link, the one that commits second finds the version moved and is refused.
        await em.flush();
        if (newPasswordHash) {
          // Only an account without a password gets one: accepting another of its invitations may have set it.
          const set = await em.nativeUpdate(
            User,
            { id: account.id, passwordHash: NO_PASSWORD },
            { passwordHash: newPasswordHash },
          );
          if (set === 0) throw unauthenticated(SIGN_IN_TO_ACCEPT);
        }
        return undefined;
      });
      return signIn ?? (await this.identity.openSession(account, client));
    } catch (error) {
      const refusal = await this.explainRefusal(link, error);
      if (refusal) {
        await this.access.recordDenied(caller, {
          patientId: link.patientId,
          operation: 'acceptFamilyInvitation',
          entityType: 'FamilyLink',
          entityId: link.id,
          fields: [`refused: ${refusal.extensions.code}`],
        });
        throw refusal;
      }
      throw error;
    }
  }

  /**
   * The refusal to report for a failed acceptance, or null for an error that is not one (bad
   * input). A link changed under the accepting transaction (CONFLICT) was used or revoked first.
   */
  private async explainRefusal(link: FamilyLink, error: unknown): Promise<AppError | GraphQLError | null> {
    if (!isCoded(error)) return null;
    if (error.extensions.code === ErrorCode.CONFLICT) {
      const now = await this.orm.em.fork().findOne(FamilyLink, { id: link.id });
      return (now && unusable(now)) ?? error;
    }
    return INVITATION_REFUSALS.has(String(error.extensions.code)) ? error : null;
  }

  /**
   * Revokes the link; its invitation code stops working. When the family member has no other
   * active link, their sessions end and their sockets close on every instance; either way their
   * portal subscriptions to this patient end on the revocation event itself.
   */
  async revoke(caller: Caller, input: RevokeFamilyLinkInput): Promise<FamilyLinkView> {
    const target = { entity: FamilyLink, ...input };
    const { access } = await this.access.authorizeItem(caller, target, 'family.manage', 'revokeFamilyLink');
    const revoked = await this.writes.update(access.stamp, target, (link) => {
      if (link.status === 'REVOKED') throw badInput('This link is already revoked.', 'id');
      return { status: 'REVOKED' as const, revokedAt: new Date() };
    });
    const others = await this.orm.em.fork().count(FamilyLink, { userId: revoked.userId, status: { $ne: 'REVOKED' } });
    if (others === 0) await this.identity.endAllSessions(revoked.userId);
    return familyLinkView(revoked);
  }
}

const SIGN_IN_TO_ACCEPT =
  'You already have a CareHub account: sign in, or enter its password, to accept this invitation.';

export interface FamilyInvitationResult {
  link: FamilyLinkView;
  invitationCode: string;
  existingAccount: boolean;
}
