import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { Delivery } from '../../platform/events/event-feed.js';
import type { SubscribeData } from '../../platform/graphql/container.js';
import type { RequestContext } from '../../platform/graphql/context.js';
import { FamilyShareScope } from '../family/family.types.js';
import type { PatientView } from '../patient/patient.entity.js';
import { PatientType } from '../patient/patient.types.js';
import type { FamilyQuestionView } from './family-question.entity.js';
import type { FamilySharingService } from './family-sharing.service.js';
import type { FamilyUpdateView } from './family-update.entity.js';
import type { PortalItemView } from './portal.projections.js';
import type { PortalEventView, PortalPatientView, PortalService } from './portal.service.js';
import {
  AnswerFamilyQuestionInput,
  AskCareTeamInput,
  FamilyQuestionType,
  FamilySharingType,
  FamilyUpdateType,
  PortalEventType,
  PortalItemType,
  PortalPatientType,
  PortalType,
  SetFamilySharingInput,
  WriteFamilyUpdateInput,
} from './portal.types.js';

type PortalStreamArgs = SubscribeData<{ patientId?: string; after?: string | null }>;

/** The family member's side: their portal, its live events, and questions to the team. */
@Resolver(() => PortalType)
export class PortalResolver {
  constructor(readonly portals: PortalService) {}

  @Query(() => PortalType, { description: 'The family view: what the team shares about each linked patient.' })
  async portal(@Ctx() ctx: RequestContext): Promise<{ patients: PortalPatientView[] }> {
    return { patients: await this.portals.portal(ctx) };
  }

  @FieldResolver(() => PortalPatientType, { description: 'One linked patient; FORBIDDEN for any other.' })
  patient(@Arg('patientId', () => ID) patientId: string, @Ctx() ctx: RequestContext): Promise<PortalPatientView> {
    return this.portals.patient(ctx, patientId);
  }

  @Subscription(() => PortalEventType, {
    description:
      'What the team shares about the patient, live: missed events after `after` first. An entry taken back arrives as `removed`.',
    subscribe: ({ args, context }: PortalStreamArgs) =>
      context.container.get(PortalResolver).portals.follow(context, args.patientId ?? '', args.after),
  })
  portalEvents(
    @Arg('patientId', () => ID) _patientId: string,
    @Arg('after', () => ID, { nullable: true }) _after: string | null,
    @Root() event: Delivery,
  ): PortalEventView {
    return this.portals.eventOf(event);
  }

  @Mutation(() => PortalItemType, {
    description: "A family member's question to the team (the lead case manager, or the discipline chosen).",
  })
  askCareTeam(@Arg('input') input: AskCareTeamInput, @Ctx() ctx: RequestContext): Promise<PortalItemView> {
    return this.portals.ask(ctx, input);
  }
}

/** The team's side: sharing, updates for the family, answers to their questions. */
@Resolver()
export class FamilySharingResolver {
  constructor(private readonly sharing: FamilySharingService) {}

  @Mutation(() => FamilySharingType, { description: 'Shares an item with the family, or takes it back.' })
  setFamilySharing(@Arg('input') input: SetFamilySharingInput, @Ctx() ctx: RequestContext): Promise<FamilySharingType> {
    return this.sharing.setSharing(ctx, input);
  }

  @Mutation(() => FamilyUpdateType, { description: 'Writes a plain-language update for the family, shared at once.' })
  writeFamilyUpdate(
    @Arg('input') input: WriteFamilyUpdateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<FamilyUpdateView> {
    return this.sharing.writeUpdate(ctx, input);
  }

  @Mutation(() => FamilyQuestionType, { description: "Answers a family member's question; they see it at once." })
  answerFamilyQuestion(
    @Arg('input') input: AnswerFamilyQuestionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<FamilyQuestionView> {
    return this.sharing.answer(ctx, input);
  }
}

@Resolver(() => PatientType)
export class PatientPortalResolver {
  constructor(private readonly sharing: FamilySharingService) {}

  @FieldResolver(() => [FamilyUpdateType], { description: 'Updates written for the family, newest first.' })
  familyUpdates(@Root() patient: PatientView, @Ctx() ctx: RequestContext): Promise<FamilyUpdateView[]> {
    return this.sharing.updatesOf(ctx, patient.id);
  }

  @FieldResolver(() => [FamilyQuestionType], { description: "The family's questions, open ones first." })
  familyQuestions(@Root() patient: PatientView, @Ctx() ctx: RequestContext): Promise<FamilyQuestionView[]> {
    return this.sharing.questionsOf(ctx, patient.id);
  }

  @FieldResolver(() => [FamilyShareScope], {
    description: "What the patient's consent lets the team share with family now (any link not revoked).",
  })
  familySharing(@Root() patient: PatientView, @Ctx() ctx: RequestContext): Promise<string[]> {
    return this.sharing.consentedScopes(ctx, patient.id);
  }
}
