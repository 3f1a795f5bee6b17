import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { ChangeEvent, toChangeEvent } from '../../platform/events/change-event.types.js';
import type { Delivery, EventFeed } from '../../platform/events/event-feed.js';
import { positionOf, stampPosition } from '../../platform/events/stream-position.js';
import type { SubscribeData } from '../../platform/graphql/container.js';
import type { RequestContext } from '../../platform/graphql/context.js';
import type { IdentityService } from '../identity/identity.service.js';
import { UserType } from '../identity/identity.types.js';
import type { User } from '../identity/user.entity.js';
import { userNamedBy } from '../identity/user-named.js';
import type { PatientView } from '../patient/patient.entity.js';
import type { PatientService } from '../patient/patient.service.js';
import { PatientType } from '../patient/patient.types.js';
import type { CareConferenceService } from './care-conference.service.js';
import {
  AddConferenceAttendeeInput,
  CareConferenceType,
  ConferenceAttendeeType,
  ConferenceDecisionType,
  ConferenceSummaryType,
  CreateConferenceFollowUpInput,
  PublishConferenceSummaryInput,
  RecordConferenceDecisionInput,
  RemoveConferenceAttendeeInput,
  ScheduleCareConferenceInput,
  UpdateCareConferenceInput,
} from './care-conference.types.js';

type StreamArgs = SubscribeData<{ conferenceId?: string; after?: string | null }>;

@Resolver(() => CareConferenceType)
export class CareConferenceResolver {
  constructor(
    private readonly conferences: CareConferenceService,
    private readonly patients: PatientService,
    private readonly identity: IdentityService,
    private readonly feed: EventFeed,
  ) {}

  @Query(() => CareConferenceType, { description: 'A care conference, for those who may read its patient.' })
  async careConference(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<CareConferenceType> {
    const position = await this.feed.position(await this.conferences.streamOf(id));
    return stampPosition(await this.conferences.conference(ctx, id), position);
  }

  @Query(() => [ConferenceSummaryType], {
    description:
      "Conference summaries published to the family, newest first: for the patient's team and for linked family (the portal).",
  })
  conferenceSummaries(@Arg('patientId', () => ID) patientId: string, @Ctx() ctx: RequestContext) {
    return this.conferences.publishedSummaries(ctx, patientId);
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description:
      "The conference stream's last event id when read by `careConference(id)` (null otherwise): subscribe to conferenceEvents `after` it.",
  })
  lastEventId(@Root() conference: CareConferenceType): string | null {
    return positionOf(conference);
  }

  @FieldResolver(() => PatientType)
  patient(@Root() conference: CareConferenceType, @Ctx() ctx: RequestContext): Promise<PatientView> {
    return this.patients.get(ctx, conference.patientId);
  }

  @FieldResolver(() => UserType, { description: 'Who called the conference.' })
  organizer(@Root() conference: CareConferenceType, @Ctx() ctx: RequestContext): Promise<User> {
    return userNamedBy(this.identity, ctx, conference.organizerId);
  }

  @Subscription(() => ChangeEvent, {
    description: 'Every change to a care conference: missed events after `after` first, then live.',
    subscribe: ({ args, context }: StreamArgs) =>
      context.container.get(CareConferenceResolver).conferences.follow(context, args.conferenceId ?? '', args.after),
  })
  conferenceEvents(
    @Arg('conferenceId', () => ID) _conferenceId: string,
    @Arg('after', () => ID, { nullable: true }) _after: string | null,
    @Root() event: Delivery,
  ): ChangeEvent {
    return toChangeEvent(event);
  }

  @Mutation(() => CareConferenceType)
  scheduleCareConference(@Arg('input') input: ScheduleCareConferenceInput, @Ctx() ctx: RequestContext) {
    return this.conferences.schedule(ctx, input);
  }

  @Mutation(() => CareConferenceType, { description: 'Time, place, status, agenda and notes.' })
  updateCareConference(@Arg('input') input: UpdateCareConferenceInput, @Ctx() ctx: RequestContext) {
    return this.conferences.update(ctx, input);
  }

  @Mutation(() => ConferenceAttendeeType)
  addConferenceAttendee(@Arg('input') input: AddConferenceAttendeeInput, @Ctx() ctx: RequestContext) {
    return this.conferences.addAttendee(ctx, input);
  }

  @Mutation(() => ConferenceAttendeeType)
  removeConferenceAttendee(@Arg('input') input: RemoveConferenceAttendeeInput, @Ctx() ctx: RequestContext) {
    return this.conferences.removeAttendee(ctx, input);
  }

  @Mutation(() => ConferenceDecisionType)
  recordConferenceDecision(@Arg('input') input: RecordConferenceDecisionInput, @Ctx() ctx: RequestContext) {
    return this.conferences.recordDecision(ctx, input);
  }

  @Mutation(() => ConferenceDecisionType, {
    description: "A follow-up in one step: a task on the patient's board, recorded as a decision naming it.",
  })
  createConferenceFollowUp(@Arg('input') input: CreateConferenceFollowUpInput, @Ctx() ctx: RequestContext) {
    return this.conferences.createFollowUp(ctx, input);
  }

  @Mutation(() => CareConferenceType, {
    description: "The patient's lead case manager publishes the summary to the family (shown in the portal).",
  })
  publishConferenceSummary(@Arg('input') input: PublishConferenceSummaryInput, @Ctx() ctx: RequestContext) {
    return this.conferences.publishSummary(ctx, input);
  }
}

@Resolver(() => ConferenceDecisionType)
export class ConferenceDecisionResolver {
  constructor(private readonly identity: IdentityService) {}

  @FieldResolver(() => UserType)
  author(@Root() decision: ConferenceDecisionType, @Ctx() ctx: RequestContext): Promise<User> {
    return userNamedBy(this.identity, ctx, decision.authorId);
  }
}

@Resolver(() => PatientType)
export class PatientConferencesResolver {
  constructor(private readonly conferences: CareConferenceService) {}

  @FieldResolver(() => [CareConferenceType], { description: "The patient's care conferences, latest first." })
  careConferences(@Root() patient: PatientView, @Ctx() ctx: RequestContext): Promise<CareConferenceType[]> {
    return this.conferences.conferencesOf(ctx, patient.id);
  }
}
