import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../platform/graphql/context.js';
import type { IdentityService } from '../identity/identity.service.js';
import { UserType } from '../identity/identity.types.js';
import type { User } from '../identity/user.entity.js';
import type { PatientView } from '../patient/patient.entity.js';
import { PatientType } from '../patient/patient.types.js';
import { TaskForItemInput } from '../task-board/task-board.types.js';
import type { DischargeService } from './discharge.service.js';
import {
  AddDischargeBarrierInput,
  AddDischargeChecklistItemInput,
  BarrierType,
  ChecklistItemType,
  CreateDischargePlanInput,
  DischargePlanType,
  EducationRecordType,
  RecordEducationInput,
  UpdateDischargeBarrierInput,
  UpdateDischargeChecklistItemInput,
  UpdateDischargePlanInput,
} from './discharge.types.js';

@Resolver(() => DischargePlanType)
export class DischargeResolver {
  constructor(private readonly discharge: DischargeService) {}

  @Mutation(() => DischargePlanType, { description: 'Starts the discharge plan of the patient’s current stay.' })
  createDischargePlan(@Arg('input') input: CreateDischargePlanInput, @Ctx() ctx: RequestContext) {
    return this.discharge.createPlan(ctx, input);
  }

  @Mutation(() => DischargePlanType)
  updateDischargePlan(@Arg('input') input: UpdateDischargePlanInput, @Ctx() ctx: RequestContext) {
    return this.discharge.updatePlan(ctx, input);
  }

  @Mutation(() => ChecklistItemType)
  addDischargeChecklistItem(@Arg('input') input: AddDischargeChecklistItemInput, @Ctx() ctx: RequestContext) {
    return this.discharge.addChecklistItem(ctx, input);
  }

  @Mutation(() => ChecklistItemType)
  updateDischargeChecklistItem(@Arg('input') input: UpdateDischargeChecklistItemInput, @Ctx() ctx: RequestContext) {
    return this.discharge.updateChecklistItem(ctx, input);
  }

  @Mutation(() => ChecklistItemType, {
    description:
      "Makes a checklist item a card on the patient's task board, linked from the item (one card per item); completing the card leaves the item's status to the team.",
  })
  createTaskForDischargeChecklistItem(@Arg('input') input: TaskForItemInput, @Ctx() ctx: RequestContext) {
    return this.discharge.createTaskForChecklistItem(ctx, input);
  }

  @Mutation(() => BarrierType)
  addDischargeBarrier(@Arg('input') input: AddDischargeBarrierInput, @Ctx() ctx: RequestContext) {
    return this.discharge.addBarrier(ctx, input);
  }

  @Mutation(() => BarrierType)
  updateDischargeBarrier(@Arg('input') input: UpdateDischargeBarrierInput, @Ctx() ctx: RequestContext) {
    return this.discharge.updateBarrier(ctx, input);
  }

  @Mutation(() => EducationRecordType, { description: 'Records teaching and its teach-back result.' })
  recordEducation(@Arg('input') input: RecordEducationInput, @Ctx() ctx: RequestContext) {
    return this.discharge.recordEducation(ctx, input);
  }

  @FieldResolver(() => [ChecklistItemType], { description: 'In the order added.' })
  async checklist(@Root() plan: DischargePlanType, @Ctx() ctx: RequestContext) {
    return (await this.discharge.checklistOf(ctx, plan)).items;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Percent of the applicable checklist items done (NOT_NEEDED ones left out); null when empty.',
  })
  async readiness(@Root() plan: DischargePlanType, @Ctx() ctx: RequestContext) {
    return (await this.discharge.checklistOf(ctx, plan)).readiness;
  }

  @FieldResolver(() => [BarrierType])
  barriers(@Root() plan: DischargePlanType, @Ctx() ctx: RequestContext) {
    return this.discharge.barriersOf(ctx, plan);
  }
}

@Resolver(() => BarrierType)
export class BarrierResolver {
  constructor(private readonly identity: IdentityService) {}

  @FieldResolver(() => UserType, { nullable: true, description: 'Who resolves it.' })
  owner(@Root() barrier: BarrierType, @Ctx() ctx: RequestContext): Promise<User | null> | null {
    return barrier.ownerId ? ctx.loaders.load(this.identity.usersByIds, barrier.ownerId) : null;
  }
}

@Resolver(() => EducationRecordType)
export class EducationResolver {
  constructor(private readonly identity: IdentityService) {}

  @FieldResolver(() => UserType)
  async taughtBy(@Root() record: EducationRecordType, @Ctx() ctx: RequestContext): Promise<User> {
    const user = await ctx.loaders.load(this.identity.usersByIds, record.taughtById);
    if (!user) throw new Error(`User ${record.taughtById} is missing`);
    return user;
  }
}

@Resolver(() => PatientType)
export class PatientDischargeResolver {
  constructor(private readonly discharge: DischargeService) {}

  @FieldResolver(() => DischargePlanType, { nullable: true, description: 'The discharge plan of the latest stay.' })
  dischargePlan(@Root() patient: PatientView, @Ctx() ctx: RequestContext) {
    return this.discharge.currentPlan(ctx, patient.id);
  }

  @FieldResolver(() => [EducationRecordType], { description: 'Teaching given, newest first.' })
  educationRecords(@Root() patient: PatientView, @Ctx() ctx: RequestContext) {
    return this.discharge.education(ctx, patient.id);
  }
}
