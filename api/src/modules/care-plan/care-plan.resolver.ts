import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { EventFeed } from '../../platform/events/event-feed.js';
import { positionOf, stampPosition } from '../../platform/events/stream-position.js';
import { Streams } from '../../platform/events/streams.js';
import type { RequestContext } from '../../platform/graphql/context.js';
import type { IdentityService } from '../identity/identity.service.js';
import { UserType } from '../identity/identity.types.js';
import type { User } from '../identity/user.entity.js';
import type { PatientView } from '../patient/patient.entity.js';
import { PatientType } from '../patient/patient.types.js';
import type { CarePlanService } from './care-plan.service.js';
import {
  AddProgressNoteInput,
  CarePlanType,
  CreateCarePlanInput,
  CreateGoalInput,
  CreateInterventionInput,
  CreateProblemInput,
  GoalType,
  InterventionType,
  ItemChangeType,
  MovePlanItemInput,
  PlanSignOffType,
  ProblemType,
  ProgressNoteType,
  SignOffCarePlanInput,
  UpdateCarePlanInput,
  UpdateGoalInput,
  UpdateInterventionInput,
  UpdateProblemInput,
} from './care-plan.types.js';

@Resolver(() => CarePlanType)
export class CarePlanResolver {
  constructor(
    private readonly carePlans: CarePlanService,
    private readonly feed: EventFeed,
  ) {}

  @Query(() => CarePlanType)
  async carePlan(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<CarePlanType> {
    // A plan never changes patient, so its stream is known before the plan's data is read.
    const patientId = await this.carePlans.patientIdOfPlan(id);
    const position = await this.feed.position(Streams.patient(patientId));
    return stampPosition(await this.carePlans.plan(ctx, id), position);
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description:
      "The patient stream's last event id when this plan was read by `carePlan(id)` or `patient(id) { carePlan }` (null when reached another way): subscribe to patientEvents `after` it and no change is missed.",
  })
  lastEventId(@Root() plan: CarePlanType): string | null {
    return positionOf(plan);
  }

  @Query(() => [ItemChangeType], { description: 'Who changed a plan item, when, and which fields (before/after).' })
  itemHistory(
    @Arg('entityType') entityType: string,
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ItemChangeType[]> {
    return this.carePlans.history(ctx, entityType, id);
  }

  @Mutation(() => CarePlanType)
  createCarePlan(@Arg('input') input: CreateCarePlanInput, @Ctx() ctx: RequestContext): Promise<CarePlanType> {
    return this.carePlans.createPlan(ctx, input);
  }

  @Mutation(() => CarePlanType)
  updateCarePlan(@Arg('input') input: UpdateCarePlanInput, @Ctx() ctx: RequestContext): Promise<CarePlanType> {
    return this.carePlans.updatePlan(ctx, input);
  }

  @Mutation(() => CarePlanType, { description: "Signs the plan as reviewed for the caller's discipline." })
  signOffCarePlan(@Arg('input') input: SignOffCarePlanInput, @Ctx() ctx: RequestContext): Promise<CarePlanType> {
    return this.carePlans.signOff(ctx, input.carePlanId);
  }

  @Mutation(() => ProblemType)
  createProblem(@Arg('input') input: CreateProblemInput, @Ctx() ctx: RequestContext) {
    return this.carePlans.createProblem(ctx, input);
  }

  @Mutation(() => ProblemType)
  updateProblem(@Arg('input') input: UpdateProblemInput, @Ctx() ctx: RequestContext) {
    return this.carePlans.updateProblem(ctx, input);
  }

  @Mutation(() => ProblemType)
  moveProblem(@Arg('input') input: MovePlanItemInput, @Ctx() ctx: RequestContext) {
    return this.carePlans.moveProblem(ctx, input);
  }

  @Mutation(() => GoalType)
  createGoal(@Arg('input') input: CreateGoalInput, @Ctx() ctx: RequestContext) {
    return this.carePlans.createGoal(ctx, input);
  }

  @Mutation(() => GoalType, {
    description: 'Edits a goal; a status change (achieved, cancelled…) is added to its history.',
  })
  updateGoal(@Arg('input') input: UpdateGoalInput, @Ctx() ctx: RequestContext) {
    return this.carePlans.updateGoal(ctx, input);
  }

  @Mutation(() => GoalType)
  moveGoal(@Arg('input') input: MovePlanItemInput, @Ctx() ctx: RequestContext) {
    return this.carePlans.moveGoal(ctx, input);
  }

  @Mutation(() => InterventionType)
  createIntervention(@Arg('input') input: CreateInterventionInput, @Ctx() ctx: RequestContext) {
    return this.carePlans.createIntervention(ctx, input);
  }

  @Mutation(() => InterventionType)
  updateIntervention(@Arg('input') input: UpdateInterventionInput, @Ctx() ctx: RequestContext) {
    return this.carePlans.updateIntervention(ctx, input);
  }

  @Mutation(() => InterventionType)
  moveIntervention(@Arg('input') input: MovePlanItemInput, @Ctx() ctx: RequestContext) {
    return this.carePlans.moveIntervention(ctx, input);
  }

  @Mutation(() => ProgressNoteType)
  addProgressNote(@Arg('input') input: AddProgressNoteInput, @Ctx() ctx: RequestContext) {
    return this.carePlans.addNote(ctx, input);
  }
}

@Resolver(() => ProgressNoteType)
export class ProgressNoteResolver {
  constructor(private readonly identity: IdentityService) {}

  @FieldResolver(() => UserType)
  async author(@Root() note: ProgressNoteType, @Ctx() ctx: RequestContext): Promise<User> {
    const user = await ctx.loaders.load(this.identity.usersByIds, note.authorId);
    if (!user) throw new Error(`Author ${note.authorId} is missing`);
    return user;
  }
}

@Resolver(() => PlanSignOffType)
export class PlanSignOffResolver {
  constructor(private readonly identity: IdentityService) {}

  @FieldResolver(() => UserType)
  async user(@Root() signOff: PlanSignOffType, @Ctx() ctx: RequestContext): Promise<User> {
    const user = await ctx.loaders.load(this.identity.usersByIds, signOff.userId);
    if (!user) throw new Error(`User ${signOff.userId} is missing`);
    return user;
  }
}

@Resolver(() => InterventionType)
export class InterventionResolver {
  constructor(private readonly identity: IdentityService) {}

  @FieldResolver(() => UserType, { nullable: true, description: 'The person responsible, if named.' })
  owner(@Root() intervention: InterventionType, @Ctx() ctx: RequestContext): Promise<User | null> | null {
    return intervention.ownerId ? ctx.loaders.load(this.identity.usersByIds, intervention.ownerId) : null;
  }
}

@Resolver(() => PatientType)
export class PatientCarePlanResolver {
  constructor(private readonly carePlans: CarePlanService) {}

  @FieldResolver(() => CarePlanType, { nullable: true, description: 'The open care plan, else the latest.' })
  async carePlan(@Root() patient: PatientView, @Ctx() ctx: RequestContext): Promise<CarePlanType | null> {
    const plan = await this.carePlans.currentPlan(ctx, patient.id);
    // Read after the patient, hence after the patient's stream position: the same position covers it.
    const position = positionOf(patient);
    return plan && position ? stampPosition(plan, position) : plan;
  }
}
