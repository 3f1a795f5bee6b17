import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { ChangeEventPayload } from '../../platform/bus/bus.js';
import { ChangeEvent, toChangeEvent } from '../../platform/events/change-event.types.js';
import type { RequestContext } from '../../platform/graphql/context.js';
import { UnitType } from '../unit/unit.types.js';
import type { PatientView } from './patient.entity.js';
import { CreatePatientInput, PatientFilterInput, PatientType, UpdatePatientInput } from './patient.types.js';

interface SubscribeData {
  args: { patientId?: string; unitId?: string; after?: string | null };
  context: RequestContext;
}

@Resolver(() => PatientType)
export class PatientResolver {
  @Query(() => [PatientType], { description: "Patients on the viewer's units (or one unit), by name." })
  patients(
    @Arg('filter', () => PatientFilterInput, { nullable: true }) filter: PatientFilterInput | null,
    @Ctx() ctx: RequestContext,
  ): Promise<PatientView[]> {
    return ctx.services.patients.list(ctx.viewer, filter ?? {});
  }

  @Query(() => PatientType)
  patient(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<PatientView> {
    return ctx.services.patients.get(ctx.viewer, id);
  }

  @Mutation(() => PatientType)
  createPatient(@Arg('input') input: CreatePatientInput, @Ctx() ctx: RequestContext): Promise<PatientView> {
    return ctx.services.patients.create(ctx.viewer, input);
  }

  @Mutation(() => PatientType)
  updatePatient(@Arg('input') input: UpdatePatientInput, @Ctx() ctx: RequestContext): Promise<PatientView> {
    return ctx.services.patients.update(ctx.viewer, input);
  }

  @Subscription(() => ChangeEvent, {
    description: "Every change on the patient's stream: missed events after `after` first, then live.",
    subscribe: ({ args, context }: SubscribeData) =>
      context.services.patients.follow(context.viewer, args.patientId ?? '', args.after),
  })
  patientEvents(
    @Arg('patientId', () => ID) _patientId: string,
    @Arg('after', () => ID, { nullable: true }) _after: string | null,
    @Root() event: ChangeEventPayload,
  ): ChangeEvent {
    return toChangeEvent(event);
  }

  @Subscription(() => ChangeEvent, {
    description:
      'Every patient change on a unit (the live patient list): missed events after `after` first, then live.',
    subscribe: ({ args, context }: SubscribeData) =>
      context.services.patients.followUnit(context.viewer, args.unitId ?? '', args.after),
  })
  unitEvents(
    @Arg('unitId', () => ID) _unitId: string,
    @Arg('after', () => ID, { nullable: true }) _after: string | null,
    @Root() event: ChangeEventPayload,
  ): ChangeEvent {
    return toChangeEvent(event);
  }

  @FieldResolver(() => UnitType)
  async unit(@Root() patient: PatientView, @Ctx() ctx: RequestContext): Promise<UnitType> {
    const unit = await ctx.loaders.unit.load(patient.unitId);
    if (!unit) throw new Error(`Unit ${patient.unitId} of patient ${patient.id} is missing`);
    return unit;
  }
}
