import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../platform/graphql/context.js';
import type { PatientView } from '../patient/patient.entity.js';
import { PatientType } from '../patient/patient.types.js';
import { nextStatuses, type ReferralStatus } from './referral-rules.js';
import { type ReferralView, type ResourceView, resourceView } from './referrals.entity.js';
import type { ReferralsService } from './referrals.service.js';
import {
  ArchiveCommunityResourceInput,
  ChangeReferralStatusInput,
  CommunityResourceSearchInput,
  CommunityResourceType,
  CreateCommunityResourceInput,
  CreateReferralInput,
  ReferralStatusEnum,
  ReferralType,
  UpdateCommunityResourceInput,
} from './referrals.types.js';

@Resolver(() => CommunityResourceType)
export class CommunityResourceResolver {
  constructor(private readonly referrals: ReferralsService) {}

  @Query(() => [CommunityResourceType], {
    description: 'The community resource directory (staff): all words match (as prefixes), best match first.',
  })
  communityResources(
    @Arg('search', () => CommunityResourceSearchInput, { nullable: true }) search: CommunityResourceSearchInput | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ResourceView[]> {
    return this.referrals.search(ctx, search ?? {});
  }

  @Query(() => CommunityResourceType, { description: 'One resource of the directory (staff).' })
  communityResource(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<ResourceView> {
    return this.referrals.resource(ctx, id);
  }

  @Mutation(() => CommunityResourceType, { description: 'Adds a resource (case managers, social workers, admins).' })
  createCommunityResource(
    @Arg('input') input: CreateCommunityResourceInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ResourceView> {
    return this.referrals.createResource(ctx, input);
  }

  @Mutation(() => CommunityResourceType, {
    description: 'Rewrites a resource (case managers, social workers, admins).',
  })
  updateCommunityResource(
    @Arg('input') input: UpdateCommunityResourceInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ResourceView> {
    return this.referrals.updateResource(ctx, input);
  }

  @Mutation(() => CommunityResourceType, {
    description: 'Takes a resource out of the directory; referrals made to it keep it.',
  })
  archiveCommunityResource(
    @Arg('input') input: ArchiveCommunityResourceInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ResourceView> {
    return this.referrals.archiveResource(ctx, input);
  }
}

@Resolver(() => ReferralType)
export class ReferralResolver {
  constructor(private readonly referrals: ReferralsService) {}

  @Mutation(() => ReferralType, {
    description: 'Refers a social need to a resource offering its category, as a draft or sent at once.',
  })
  createReferral(@Arg('input') input: CreateReferralInput, @Ctx() ctx: RequestContext): Promise<ReferralView> {
    return this.referrals.createReferral(ctx, input);
  }

  @Mutation(() => ReferralType, {
    description: 'Moves a referral one step along its loop; a step it does not have is INVALID_STATUS_TRANSITION.',
  })
  changeReferralStatus(
    @Arg('input') input: ChangeReferralStatusInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ReferralView> {
    return this.referrals.changeStatus(ctx, input);
  }

  /** Where the loop may go from here (the client offers only these steps). */
  @FieldResolver(() => [ReferralStatusEnum])
  nextStatuses(@Root() referral: ReferralType): readonly string[] {
    return nextStatuses(referral.status as ReferralStatus);
  }

  /** Reached only through a referral the caller was allowed to read. */
  @FieldResolver(() => CommunityResourceType)
  async resource(@Root() referral: ReferralType, @Ctx() ctx: RequestContext): Promise<ResourceView> {
    const resource = await ctx.loaders.load(this.referrals.resourcesByIds, referral.resourceId);
    if (!resource) throw new Error(`Community resource ${referral.resourceId} is missing`);
    return resourceView(resource);
  }
}

@Resolver(() => PatientType)
export class PatientReferralsResolver {
  constructor(private readonly service: ReferralsService) {}

  @FieldResolver(() => [ReferralType], { description: 'Referrals to community resources, newest first.' })
  referrals(@Root() patient: PatientView, @Ctx() ctx: RequestContext): Promise<ReferralView[]> {
    return this.service.referrals(ctx, patient.id);
  }
}
