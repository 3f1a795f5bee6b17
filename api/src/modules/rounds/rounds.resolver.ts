import { GraphQLDateTime } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { ChangeEvent, toChangeEvent } from '../../platform/events/change-event.types.js';
import type { Delivery, EventFeed } from '../../platform/events/event-feed.js';
import { positionOf, stampPosition } from '../../platform/events/stream-position.js';
import type { SubscribeData } from '../../platform/graphql/container.js';
import type { RequestContext } from '../../platform/graphql/context.js';
import { BarrierType } from '../discharge/discharge.types.js';
import type { IdentityService } from '../identity/identity.service.js';
import { UserType } from '../identity/identity.types.js';
import type { User } from '../identity/user.entity.js';
import { userNamedBy } from '../identity/user-named.js';
import type { PatientView } from '../patient/patient.entity.js';
import type { PatientService } from '../patient/patient.service.js';
import { PatientType } from '../patient/patient.types.js';
import type { RoundsService } from './rounds.service.js';
import {
  AddRoundsBarrierInput,
  AddRoundsPatientInput,
  CreateRoundsActionItemInput,
  CreateRoundsSessionInput,
  MarkRoundsPatientDiscussedInput,
  MoveRoundsPatientInput,
  MoveRoundsPointerInput,
  RecordRoundsDecisionInput,
  RoundsActionItemType,
  RoundsAgendaItemType,
  RoundsDecisionType,
  RoundsSessionTransitionInput,
  RoundsSessionType,
  RoundsUpdateType,
  SaveRoundsUpdateInput,
  UpdateRoundsAgendaItemInput,
  UpdateRoundsBarrierInput,
} from './rounds.types.js';

type StreamArgs = SubscribeData<{ sessionId?: string; after?: string | null }>;

@Resolver(() => RoundsSessionType)
export class RoundsResolver {
  constructor(
    private readonly rounds: RoundsService,
    private readonly identity: IdentityService,
    private readonly feed: EventFeed,
  ) {}

  @Query(() => RoundsSessionType, { description: "A unit's rounds session with its agenda, for the unit's staff." })
  async roundsSession(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<RoundsSessionType> {
    // The stream position first, then the data: see stream-position.ts.
    const position = await this.feed.position(await this.rounds.streamOf(id));
    return stampPosition(await this.rounds.session(ctx, id), position);
  }

  @Query(() => [RoundsSessionType], { description: "A unit's rounds sessions, newest date first (no agenda)." })
  roundsSessions(@Arg('unitId', () => ID) unitId: string, @Ctx() ctx: RequestContext): Promise<RoundsSessionType[]> {
    return this.rounds.sessionsOf(ctx, unitId);
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description:
      "The session stream's last event id when read by `roundsSession(id)` (null otherwise): subscribe to roundsEvents `after` it and no change is missed.",
  })
  lastEventId(@Root() session: RoundsSessionType): string | null {
    return positionOf(session);
  }

  @FieldResolver(() => GraphQLDateTime, {
    description:
      "The server's clock when this was answered: screens time the current patient against it, so all agree.",
  })
  serverTime(): string {
    return new Date().toISOString();
  }

  @FieldResolver(() => UserType)
  facilitator(@Root() session: RoundsSessionType, @Ctx() ctx: RequestContext): Promise<User> {
    return userNamedBy(this.identity, ctx, session.facilitatorId);
  }

  @Subscription(() => ChangeEvent, {
    description: 'Every change to a rounds session: missed events after `after` first, then live.',
    subscribe: ({ args, context }: StreamArgs) =>
      context.container.get(RoundsResolver).rounds.follow(context, args.sessionId ?? '', args.after),
  })
  roundsEvents(
    @Arg('sessionId', () => ID) _sessionId: string,
    @Arg('after', () => ID, { nullable: true }) _after: string | null,
    @Root() event: Delivery,
  ): ChangeEvent {
    return toChangeEvent(event);
  }

  @Mutation(() => RoundsSessionType, {
    description:
      "Plans a unit's rounds for a date, with an agenda drawn from its census (discharges first, then by room).",
  })
  createRoundsSession(@Arg('input') input: CreateRoundsSessionInput, @Ctx() ctx: RequestContext) {
    return this.rounds.create(ctx, input);
  }

  @Mutation(() => RoundsAgendaItemType, { description: "Adds a patient of the session's unit to the agenda." })
  addRoundsPatient(@Arg('input') input: AddRoundsPatientInput, @Ctx() ctx: RequestContext) {
    return this.rounds.addPatient(ctx, input);
  }

  @Mutation(() => RoundsAgendaItemType, { description: 'Reorders the agenda; while running, the facilitator only.' })
  moveRoundsPatient(@Arg('input') input: MoveRoundsPatientInput, @Ctx() ctx: RequestContext) {
    return this.rounds.movePatient(ctx, input);
  }

  @Mutation(() => RoundsAgendaItemType, { description: "Changes a patient's time box." })
  updateRoundsAgendaItem(@Arg('input') input: UpdateRoundsAgendaItemInput, @Ctx() ctx: RequestContext) {
    return this.rounds.updateItem(ctx, input);
  }

  @Mutation(() => RoundsUpdateType, { description: "Writes the caller's discipline's update on a patient." })
  saveRoundsUpdate(@Arg('input') input: SaveRoundsUpdateInput, @Ctx() ctx: RequestContext) {
    return this.rounds.saveUpdate(ctx, input);
  }

  @Mutation(() => BarrierType, { description: "Adds a barrier to the patient's discharge (on their discharge plan)." })
  addRoundsBarrier(@Arg('input') input: AddRoundsBarrierInput, @Ctx() ctx: RequestContext) {
    return this.rounds.addBarrier(ctx, input);
  }

  @Mutation(() => BarrierType, { description: "Edits or resolves one of the patient's discharge barriers." })
  updateRoundsBarrier(@Arg('input') input: UpdateRoundsBarrierInput, @Ctx() ctx: RequestContext) {
    return this.rounds.updateBarrier(ctx, input);
  }

  @Mutation(() => RoundsSessionType, { description: 'The facilitator starts rounds at the first patient.' })
  startRounds(@Arg('input') input: RoundsSessionTransitionInput, @Ctx() ctx: RequestContext) {
    return this.rounds.start(ctx, input);
  }

  @Mutation(() => RoundsSessionType, { description: 'The facilitator moves the "now discussing" pointer.' })
  moveRoundsPointer(@Arg('input') input: MoveRoundsPointerInput, @Ctx() ctx: RequestContext) {
    return this.rounds.movePointer(ctx, input);
  }

  @Mutation(() => RoundsAgendaItemType, { description: 'The facilitator marks a patient discussed (or not).' })
  markRoundsPatientDiscussed(@Arg('input') input: MarkRoundsPatientDiscussedInput, @Ctx() ctx: RequestContext) {
    return this.rounds.markDiscussed(ctx, input);
  }

  @Mutation(() => RoundsDecisionType)
  recordRoundsDecision(@Arg('input') input: RecordRoundsDecisionInput, @Ctx() ctx: RequestContext) {
    return this.rounds.recordDecision(ctx, input);
  }

  @Mutation(() => RoundsActionItemType, {
    description: "Turns an action item into a task on the unit's board in one step, and records it as a decision.",
  })
  createRoundsActionItem(@Arg('input') input: CreateRoundsActionItemInput, @Ctx() ctx: RequestContext) {
    return this.rounds.createActionItem(ctx, input);
  }

  @Mutation(() => RoundsSessionType, { description: 'The facilitator finishes rounds.' })
  finishRounds(@Arg('input') input: RoundsSessionTransitionInput, @Ctx() ctx: RequestContext) {
    return this.rounds.finish(ctx, input);
  }
}

@Resolver(() => RoundsAgendaItemType)
export class RoundsAgendaItemResolver {
  constructor(private readonly patients: PatientService) {}

  @FieldResolver(() => PatientType)
  patient(@Root() item: RoundsAgendaItemType, @Ctx() ctx: RequestContext): PatientView | Promise<PatientView> {
    // Read with the session: access was checked and audited there. Reached otherwise (an event): checked now.
    return item.patient ?? this.patients.get(ctx, item.patientId);
  }
}

@Resolver(() => RoundsUpdateType)
export class RoundsUpdateResolver {
  constructor(private readonly identity: IdentityService) {}

  @FieldResolver(() => UserType)
  author(@Root() update: RoundsUpdateType, @Ctx() ctx: RequestContext): Promise<User> {
    return userNamedBy(this.identity, ctx, update.authorId);
  }
}

@Resolver(() => RoundsDecisionType)
export class RoundsDecisionResolver {
  constructor(private readonly identity: IdentityService) {}

  @FieldResolver(() => UserType)
  author(@Root() decision: RoundsDecisionType, @Ctx() ctx: RequestContext): Promise<User> {
    return userNamedBy(this.identity, ctx, decision.authorId);
  }
}
