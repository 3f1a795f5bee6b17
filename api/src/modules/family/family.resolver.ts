import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../platform/graphql/context.js';
import { setSessionCookie } from '../../platform/http/session-cookie.js';
import { AuthPayload, UserType } from '../identity/identity.types.js';
import type { PatientView } from '../patient/patient.entity.js';
import { PatientType } from '../patient/patient.types.js';
import type { FamilyInvitationResult } from './family.service.js';
import {
  AcceptFamilyInvitationInput,
  FamilyInvitation,
  FamilyLinkType,
  LinkFamilyMemberInput,
  RevokeFamilyLinkInput,
} from './family.types.js';
import type { FamilyLinkView } from './family-link.entity.js';

@Resolver(() => FamilyLinkType)
export class FamilyResolver {
  @Mutation(() => FamilyInvitation, { description: "Records the patient's consent and links a family member." })
  linkFamilyMember(
    @Arg('input') input: LinkFamilyMemberInput,
    @Ctx() ctx: RequestContext,
  ): Promise<FamilyInvitationResult> {
    return ctx.services.family.link(ctx, input);
  }

  @Mutation(() => FamilyLinkType, { description: 'Ends the family member’s access to this patient at once.' })
  revokeFamilyLink(@Arg('input') input: RevokeFamilyLinkInput, @Ctx() ctx: RequestContext): Promise<FamilyLinkView> {
    return ctx.services.family.revoke(ctx, input);
  }

  @Mutation(() => AuthPayload, {
    description:
      'A family member accepts their invitation and is signed in: a new account sets its password; an existing account proves it is theirs (signed in, or its password) and keeps its password.',
  })
  async acceptFamilyInvitation(
    @Arg('input') input: AcceptFamilyInvitationInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AuthPayload> {
    const signIn = await ctx.services.family.accept(ctx, input);
    if (ctx.response) {
      setSessionCookie(ctx.response, signIn.token, signIn.expiresAt, ctx.services.config.session.cookieSecure);
    }
    return signIn;
  }

  @FieldResolver(() => UserType, { description: 'The family member.' })
  async user(@Root() link: FamilyLinkView, @Ctx() ctx: RequestContext): Promise<UserType> {
    const user = await ctx.loaders.user.load(link.userId);
    if (!user) throw new Error(`User ${link.userId} is missing`);
    return user;
  }

  @FieldResolver(() => UserType, { description: 'Who recorded the consent.' })
  async consentRecordedBy(@Root() link: FamilyLinkView, @Ctx() ctx: RequestContext): Promise<UserType> {
    const user = await ctx.loaders.user.load(link.consentRecordedById);
    if (!user) throw new Error(`User ${link.consentRecordedById} is missing`);
    return user;
  }
}

@Resolver(() => PatientType)
export class PatientFamilyResolver {
  @FieldResolver(() => [FamilyLinkType], { description: 'Family members and caregivers, with consent and status.' })
  familyLinks(@Root() patient: PatientView, @Ctx() ctx: RequestContext): Promise<FamilyLinkView[]> {
    return ctx.services.family.linksOf(ctx, patient.id);
  }
}
