import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { badInput } from '../../platform/errors.js';
import type { RequestContext } from '../../platform/graphql/context.js';
import type { IdentityService } from '../identity/identity.service.js';
import { UserType } from '../identity/identity.types.js';
import type { User } from '../identity/user.entity.js';
import type { PatientView } from '../patient/patient.entity.js';
import type { PatientService } from '../patient/patient.service.js';
import { PatientType } from '../patient/patient.types.js';
import type { PatientAccessService } from '../patient/patient-access.service.js';
import type { AuthorizationStatus, AuthorizationView } from './authorization.entity.js';
import { type AuthorizationService, nextStatusesOf } from './authorization.service.js';
import {
  AuthorizationStatusEnum,
  AuthorizationType,
  ChangeAuthorizationStatusInput,
  CreateAuthorizationInput,
  PayerWorkItemType,
  PayerWorklistSortEnum,
  PeerToPeerType,
  ScheduleAuthorizationPeerToPeerInput,
  UpdateAuthorizationInput,
} from './authorization.types.js';
import type { PayerWorkItem, PayerWorklistService } from './payer-worklist.service.js';

/** How far ahead the payer worklist looks, at most. */
const MAX_WITHIN_DAYS = 60;

@Resolver(() => AuthorizationType)
export class AuthorizationResolver {
  constructor(private readonly authorizations: AuthorizationService) {}

  @Mutation(() => AuthorizationType, {
    description: "Starts an authorization (DRAFT) against one of the patient's coverages.",
  })
  createAuthorization(@Arg('input') input: CreateAuthorizationInput, @Ctx() ctx: RequestContext) {
    return this.authorizations.create(ctx, input);
  }

  @Mutation(() => AuthorizationType, {
    description: 'Changes the request (until the payer decides) or its references.',
  })
  updateAuthorization(@Arg('input') input: UpdateAuthorizationInput, @Ctx() ctx: RequestContext) {
    return this.authorizations.update(ctx, input);
  }

  @Mutation(() => AuthorizationType, {
    description:
      "One step of the status machine, added to the dated history; a step it does not allow is INVALID_STATUS_TRANSITION. A denial's appeal deadline puts a card on the patient's board; filing the appeal completes it.",
  })
  changeAuthorizationStatus(@Arg('input') input: ChangeAuthorizationStatusInput, @Ctx() ctx: RequestContext) {
    return this.authorizations.changeStatus(ctx, input);
  }

  @Mutation(() => AuthorizationType, { description: "Schedules a peer-to-peer with the payer's medical director." })
  scheduleAuthorizationPeerToPeer(
    @Arg('input') input: ScheduleAuthorizationPeerToPeerInput,
    @Ctx() ctx: RequestContext,
  ) {
    return this.authorizations.schedulePeerToPeer(ctx, input);
  }

  @FieldResolver(() => [AuthorizationStatusEnum], { description: 'Where the status may go next.' })
  nextStatuses(@Root() auth: AuthorizationView): readonly AuthorizationStatus[] {
    return nextStatusesOf(auth.status);
  }
}

@Resolver(() => PeerToPeerType)
export class PeerToPeerResolver {
  constructor(private readonly identity: IdentityService) {}

  @FieldResolver(() => UserType, { nullable: true })
  physician(@Root() call: PeerToPeerType, @Ctx() ctx: RequestContext): Promise<User | null> | null {
    return call.physicianId ? ctx.loaders.load(this.identity.usersByIds, call.physicianId) : null;
  }
}

@Resolver(() => PatientType)
export class PatientAuthorizationResolver {
  constructor(private readonly service: AuthorizationService) {}

  @FieldResolver(() => [AuthorizationType], { description: 'Payer authorizations, newest first.' })
  authorizations(@Root() patient: PatientView, @Ctx() ctx: RequestContext) {
    return this.service.authorizationsOf(ctx, patient.id);
  }
}

@Resolver(() => PayerWorkItemType)
export class PayerWorklistResolver {
  constructor(
    private readonly worklist: PayerWorklistService,
    private readonly patients: PatientService,
    private readonly access: PatientAccessService,
  ) {}

  @Query(() => [PayerWorkItemType], {
    description:
      'What is due with payers (next reviews, appeal deadlines, authorizations awaiting the payer, peer-to-peers) across my caseload, or one unit I work on: everything overdue and what falls due within `withinDays`.',
  })
  payerWorklist(
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null,
    @Arg('withinDays', () => Int, { defaultValue: 7 }) withinDays: number,
    @Arg('sort', () => PayerWorklistSortEnum, { defaultValue: 'DUE_DATE' }) sort: keyof typeof PayerWorklistSortEnum,
    @Ctx() ctx: RequestContext,
  ): Promise<PayerWorkItem[]> {
    if (withinDays < 0 || withinDays > MAX_WITHIN_DAYS) {
      throw badInput(`withinDays is 0–${MAX_WITHIN_DAYS}.`, 'withinDays');
    }
    return this.worklist.worklist(ctx, { unitId, withinDays, sort });
  }

  @FieldResolver(() => PatientType)
  async patient(@Root() item: PayerWorkItem, @Ctx() ctx: RequestContext): Promise<PatientView> {
    await this.access.assertMayRead(ctx, item.patientId, 'payerWorklist');
    const patient = await ctx.loaders.load(this.patients.byIds, item.patientId);
    if (!patient) throw new Error(`Patient ${item.patientId} is missing`);
    return patient;
  }
}
