import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../platform/graphql/context.js';
import type { IdentityService } from '../identity/identity.service.js';
import { UserType } from '../identity/identity.types.js';
import type { User } from '../identity/user.entity.js';
import type { PatientView } from '../patient/patient.entity.js';
import { PatientType } from '../patient/patient.types.js';
import type { FieldDifference } from './assessment.domains.js';
import type { AssessmentView } from './assessment.entity.js';
import type { AssessmentService } from './assessment.service.js';
import {
  AssessmentChangeType,
  AssessmentType,
  SignAssessmentInput,
  StartAssessmentInput,
  UpdateAssessmentInput,
} from './assessment.types.js';

@Resolver(() => AssessmentType)
export class AssessmentResolver {
  constructor(
    private readonly assessments: AssessmentService,
    private readonly identity: IdentityService,
  ) {}

  @Query(() => AssessmentType)
  assessment(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<AssessmentView> {
    return this.assessments.get(ctx, id);
  }

  @Mutation(() => AssessmentType, {
    description: 'Starts a draft assessment; a reassessment starts from the last signed answers.',
  })
  startAssessment(@Arg('input') input: StartAssessmentInput, @Ctx() ctx: RequestContext): Promise<AssessmentView> {
    return this.assessments.start(ctx, input);
  }

  @Mutation(() => AssessmentType, { description: 'Edits a draft; a signed assessment is BAD_USER_INPUT.' })
  updateAssessment(@Arg('input') input: UpdateAssessmentInput, @Ctx() ctx: RequestContext): Promise<AssessmentView> {
    return this.assessments.update(ctx, input);
  }

  @Mutation(() => AssessmentType, { description: 'Signs the draft as its assessor; it never changes afterwards.' })
  signAssessment(@Arg('input') input: SignAssessmentInput, @Ctx() ctx: RequestContext): Promise<AssessmentView> {
    return this.assessments.sign(ctx, input);
  }

  @FieldResolver(() => [AssessmentChangeType], {
    description: 'Fields that differ from the signed assessment this one reassesses.',
  })
  changesSincePrevious(@Root() assessment: AssessmentView, @Ctx() ctx: RequestContext): Promise<FieldDifference[]> {
    return this.assessments.changesSincePrevious(ctx, assessment);
  }

  @FieldResolver(() => UserType)
  async startedBy(@Root() assessment: AssessmentView, @Ctx() ctx: RequestContext): Promise<User> {
    const user = await ctx.loaders.load(this.identity.usersByIds, assessment.startedById);
    if (!user) throw new Error(`User ${assessment.startedById} is missing`);
    return user;
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'The assessor who signed it.' })
  signedBy(@Root() assessment: AssessmentView, @Ctx() ctx: RequestContext): Promise<User | null> | null {
    return assessment.signedById ? ctx.loaders.load(this.identity.usersByIds, assessment.signedById) : null;
  }
}

@Resolver(() => PatientType)
export class PatientAssessmentsResolver {
  constructor(private readonly service: AssessmentService) {}

  @FieldResolver(() => [AssessmentType], { description: 'Holistic assessments, newest first.' })
  assessments(@Root() patient: PatientView, @Ctx() ctx: RequestContext): Promise<AssessmentView[]> {
    return this.service.list(ctx, patient.id);
  }
}
