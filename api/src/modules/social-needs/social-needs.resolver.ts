import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { forbidden, unauthenticated } from '../../platform/errors.js';
import type { RequestContext } from '../../platform/graphql/context.js';
import type { IdentityService } from '../identity/identity.service.js';
import { UserType } from '../identity/identity.types.js';
import type { User } from '../identity/user.entity.js';
import type { PatientView } from '../patient/patient.entity.js';
import { PatientType } from '../patient/patient.types.js';
import { TaskForItemInput } from '../task-board/task-board.types.js';
import { hrsnQuestionsIn } from './hrsn-tool.es.js';
import type { HrsnLanguage } from './hrsn-tool.js';
import type { NeedView, ScreeningView } from './social-needs.entity.js';
import type { SocialNeedsService } from './social-needs.service.js';
import {
  AnswerScreeningInput,
  CompleteScreeningInput,
  HrsnLanguageEnum,
  NeedType,
  ScreeningQuestionType,
  SocialNeedsScreeningType,
  StartScreeningInput,
  UpdateNeedInput,
} from './social-needs.types.js';

@Resolver(() => SocialNeedsScreeningType)
export class SocialNeedsResolver {
  constructor(
    private readonly socialNeeds: SocialNeedsService,
    private readonly identity: IdentityService,
  ) {}

  @Query(() => [ScreeningQuestionType], {
    description:
      'The ten core questions of the CMS AHC HRSN screening tool, with their answer options, worded in the language asked (staff).',
  })
  socialNeedsScreeningTool(
    @Arg('language', () => HrsnLanguageEnum, { defaultValue: 'ENGLISH' }) language: HrsnLanguage,
    @Ctx() ctx: RequestContext,
  ): readonly ScreeningQuestionType[] {
    if (!ctx.viewer) throw unauthenticated();
    if (ctx.viewer.kind !== 'STAFF') throw forbidden();
    return hrsnQuestionsIn(language);
  }

  @Mutation(() => SocialNeedsScreeningType, { description: 'Starts a draft screening in the language offered.' })
  startScreening(@Arg('input') input: StartScreeningInput, @Ctx() ctx: RequestContext): Promise<ScreeningView> {
    return this.socialNeeds.start(ctx, input);
  }

  @Mutation(() => SocialNeedsScreeningType, {
    description: 'Saves answers to a draft; an answer outside the tool’s options is BAD_USER_INPUT.',
  })
  answerScreening(@Arg('input') input: AnswerScreeningInput, @Ctx() ctx: RequestContext): Promise<ScreeningView> {
    return this.socialNeeds.answer(ctx, input);
  }

  @Mutation(() => SocialNeedsScreeningType, {
    description: 'Completes a fully answered screening; each positive domain raises a Need.',
  })
  completeScreening(@Arg('input') input: CompleteScreeningInput, @Ctx() ctx: RequestContext): Promise<ScreeningView> {
    return this.socialNeeds.complete(ctx, input);
  }

  @Mutation(() => NeedType, { description: 'Changes a need’s status or note, or links it to a care-plan item.' })
  updateNeed(@Arg('input') input: UpdateNeedInput, @Ctx() ctx: RequestContext): Promise<NeedView> {
    return this.socialNeeds.updateNeed(ctx, input);
  }

  @Mutation(() => NeedType, {
    description: "Makes the need a card on the patient's task board, linked from the need (one card per need).",
  })
  createTaskForNeed(@Arg('input') input: TaskForItemInput, @Ctx() ctx: RequestContext): Promise<NeedView> {
    return this.socialNeeds.createTaskForNeed(ctx, input);
  }

  @FieldResolver(() => UserType)
  async screenedBy(@Root() screening: SocialNeedsScreeningType, @Ctx() ctx: RequestContext): Promise<User> {
    const user = await ctx.loaders.load(this.identity.usersByIds, screening.screenedById);
    if (!user) throw new Error(`User ${screening.screenedById} is missing`);
    return user;
  }
}

@Resolver(() => PatientType)
export class PatientSocialNeedsResolver {
  constructor(private readonly service: SocialNeedsService) {}

  @FieldResolver(() => [SocialNeedsScreeningType], { description: 'Social-needs screenings, newest first.' })
  socialNeedsScreenings(@Root() patient: PatientView, @Ctx() ctx: RequestContext): Promise<ScreeningView[]> {
    return this.service.screenings(ctx, patient.id);
  }

  @FieldResolver(() => [NeedType], { description: 'Health-related social needs, newest first.' })
  socialNeeds(@Root() patient: PatientView, @Ctx() ctx: RequestContext): Promise<NeedView[]> {
    return this.service.needs(ctx, patient.id);
  }
}
