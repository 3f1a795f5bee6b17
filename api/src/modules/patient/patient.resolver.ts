import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { ChangeEvent, toChangeEvent } from '../../platform/events/change-event.types.js';
import type { Delivery, EventFeed } from '../../platform/events/event-feed.js';
import { positionOf, stampPosition } from '../../platform/events/stream-position.js';
import { Streams } from '../../platform/events/streams.js';
import type { SubscribeData } from '../../platform/graphql/container.js';
import type { RequestContext } from '../../platform/graphql/context.js';
import type { IdentityService } from '../identity/identity.service.js';
import { UserType } from '../identity/identity.types.js';
import type { User } from '../identity/user.entity.js';
import type { UnitService } from '../unit/unit.service.js';
import { UnitType } from '../unit/unit.types.js';
import type { PatientView } from './patient.entity.js';
import { lengthOfStayDays, type PatientService } from './patient.service.js';
import {
  CreatePatientInput,
  DischargePatientInput,
  EncounterType,
  PatientFilterInput,
  PatientType,
  ReadmitPatientInput,
  UpdatePatientInput,
} from './patient.types.js';

type StreamArgs = SubscribeData<{ patientId?: string; unitId?: string; after?: string | null }>;

@Resolver(() => PatientType)
export class PatientResolver {
  constructor(
    private readonly records: PatientService,
    private readonly units: UnitService,
    private readonly identity: IdentityService,
    private readonly feed: EventFeed,
  ) {}

  @Query(() => [PatientType], { description: "Patients on the viewer's units (or one unit), by name." })
  patients(
    @Arg('filter', () => PatientFilterInput, { nullable: true }) filter: PatientFilterInput | null,
    @Ctx() ctx: RequestContext,
  ): Promise<PatientView[]> {
    return this.records.list(ctx, filter ?? {});
  }

  @Query(() => PatientType)
  async patient(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<PatientView> {
    // The stream position first, then the data: see stream-position.ts.
    const position = await this.feed.position(Streams.patient(id));
    return stampPosition(await this.records.get(ctx, id), position);
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description:
      "The patient stream's last event id when this patient was read by `patient(id)` (null when reached another way): subscribe to patientEvents `after` it and no change is missed.",
  })
  lastEventId(@Root() patient: PatientView): string | null {
    return positionOf(patient);
  }

  @Mutation(() => PatientType)
  createPatient(@Arg('input') input: CreatePatientInput, @Ctx() ctx: RequestContext): Promise<PatientView> {
    return this.records.create(ctx, input);
  }

  @Mutation(() => PatientType)
  updatePatient(@Arg('input') input: UpdatePatientInput, @Ctx() ctx: RequestContext): Promise<PatientView> {
    return this.records.update(ctx, input);
  }

  @Mutation(() => PatientType, { description: 'Ends the current stay; it is kept as an encounter.' })
  dischargePatient(@Arg('input') input: DischargePatientInput, @Ctx() ctx: RequestContext): Promise<PatientView> {
    return this.records.discharge(ctx, input);
  }

  @Mutation(() => PatientType, { description: 'Starts a new stay for a discharged patient.' })
  readmitPatient(@Arg('input') input: ReadmitPatientInput, @Ctx() ctx: RequestContext): Promise<PatientView> {
    return this.records.readmit(ctx, input);
  }

  @Subscription(() => ChangeEvent, {
    description: "Every change on the patient's stream: missed events after `after` first, then live.",
    subscribe: ({ args, context }: StreamArgs) =>
      context.container.get(PatientResolver).records.follow(context, args.patientId ?? '', args.after),
  })
  patientEvents(
    @Arg('patientId', () => ID) _patientId: string,
    @Arg('after', () => ID, { nullable: true }) _after: string | null,
    @Root() event: Delivery,
  ): ChangeEvent {
    return toChangeEvent(event);
  }

  @Subscription(() => ChangeEvent, {
    description:
      'Every patient change on a unit (the live patient list): missed events after `after` first, then live.',
    subscribe: ({ args, context }: StreamArgs) =>
      context.container.get(PatientResolver).records.followUnit(context, args.unitId ?? '', args.after),
  })
  unitEvents(
    @Arg('unitId', () => ID) _unitId: string,
    @Arg('after', () => ID, { nullable: true }) _after: string | null,
    @Root() event: Delivery,
  ): ChangeEvent {
    return toChangeEvent(event);
  }

  @FieldResolver(() => UnitType)
  async unit(@Root() patient: PatientView, @Ctx() ctx: RequestContext): Promise<UnitType> {
    const unit = await ctx.loaders.load(this.units.byIds, patient.unitId);
    if (!unit) throw new Error(`Unit ${patient.unitId} of patient ${patient.id} is missing`);
    return unit;
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'The attending physician.' })
  async attending(@Root() patient: PatientView, @Ctx() ctx: RequestContext): Promise<User | null> {
    return patient.attendingId ? ctx.loaders.load(this.identity.usersByIds, patient.attendingId) : null;
  }

  @FieldResolver(() => Int, { description: 'Whole days since admission (to discharge, once discharged).' })
  lengthOfStayDays(@Root() patient: PatientView): number {
    return lengthOfStayDays(patient);
  }

  @FieldResolver(() => [EncounterType], { description: 'Earlier stays, newest first.' })
  encounters(@Root() patient: PatientView, @Ctx() ctx: RequestContext): Promise<EncounterType[]> {
    return this.records.encounters(ctx, patient.id);
  }
}

@Resolver(() => UnitType)
export class UnitPatientsResolver {
  constructor(private readonly records: PatientService) {}

  @FieldResolver(() => [PatientType], {
    description: "The unit's patients (admitted unless the filter says otherwise), by name; for its staff.",
  })
  patients(
    @Root() unit: UnitType,
    @Arg('filter', () => PatientFilterInput, { nullable: true }) filter: PatientFilterInput | null,
    @Ctx() ctx: RequestContext,
  ): Promise<PatientView[]> {
    return this.records.list(ctx, { ...filter, unitId: unit.id });
  }
}
