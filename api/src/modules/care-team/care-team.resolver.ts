import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../platform/graphql/context.js';
import { UserType } from '../identity/identity.types.js';
import type { PatientView } from '../patient/patient.entity.js';
import { PatientType } from '../patient/patient.types.js';
import type { CareTeamMemberView } from './care-team.entity.js';
import {
  AddCareTeamMemberInput,
  AssignLeadCaseManagerInput,
  CareTeamMemberType,
  RemoveCareTeamMemberInput,
} from './care-team.types.js';

@Resolver(() => CareTeamMemberType)
export class CareTeamResolver {
  @Query(() => [PatientType], { description: 'Patients whose care team includes the viewer, current stays first.' })
  async myCaseload(@Ctx() ctx: RequestContext): Promise<PatientView[]> {
    const ids = ctx.viewer ? await ctx.services.careTeam.patientIdsOf(ctx.viewer.userId) : [];
    return ctx.services.patients.caseload(ctx, ids);
  }

  @Mutation(() => CareTeamMemberType, {
    description:
      'Adds a member. The LEAD_CASE_MANAGER role is given only by the current lead or an admin (a unit lead while the patient has none), never to oneself.',
  })
  addCareTeamMember(
    @Arg('input') input: AddCareTeamMemberInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CareTeamMemberView> {
    return ctx.services.careTeam.add(ctx, input);
  }

  @Mutation(() => CareTeamMemberType, { description: 'Ends the membership (kept in the history).' })
  removeCareTeamMember(
    @Arg('input') input: RemoveCareTeamMemberInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CareTeamMemberView> {
    return ctx.services.careTeam.remove(ctx, input);
  }

  @Mutation(() => CareTeamMemberType, {
    description:
      "Hands the patient's lead case manager role to a staff member: the current lead's membership ends. For the current lead and admins (a unit lead while the patient has none); never to oneself.",
  })
  assignLeadCaseManager(
    @Arg('input') input: AssignLeadCaseManagerInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CareTeamMemberView> {
    return ctx.services.careTeam.assignLead(ctx, input);
  }

  @FieldResolver(() => UserType)
  async user(@Root() member: CareTeamMemberView, @Ctx() ctx: RequestContext): Promise<UserType> {
    const user = await ctx.loaders.user.load(member.userId);
    if (!user) throw new Error(`User ${member.userId} of care team member ${member.id} is missing`);
    return user;
  }
}

@Resolver(() => PatientType)
export class PatientCareTeamResolver {
  @FieldResolver(() => [CareTeamMemberType], { description: 'Active members of the care team.' })
  careTeam(@Root() patient: PatientView, @Ctx() ctx: RequestContext): Promise<CareTeamMemberView[]> {
    return ctx.services.careTeam.activeMembers(ctx, patient.id);
  }
}
