import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { positionOf, stampPosition } from '../../platform/events/stream-position.js';
import { Streams } from '../../platform/events/streams.js';
import type { RequestContext } from '../../platform/graphql/context.js';
import { UserType } from '../identity/identity.types.js';
import type { User } from '../identity/user.entity.js';
import type { PatientView } from '../patient/patient.entity.js';
import { PatientFilterInput, PatientType } from '../patient/patient.types.js';
import { UnitMemberInput, UnitType } from './unit.types.js';

@Resolver(() => UnitType)
export class UnitResolver {
  @Query(() => [UnitType], { description: "Units: all of them for admins, the viewer's own for staff." })
  units(@Ctx() ctx: RequestContext): Promise<UnitType[]> {
    return ctx.services.units.visibleUnits(ctx);
  }

  @Query(() => UnitType, { description: 'One unit: for those on its staff list, and for admins.' })
  async unit(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<UnitType> {
    // The stream position first, then the unit and its patients: see stream-position.ts.
    const position = await ctx.services.feed.position(Streams.unit(id));
    return stampPosition(await ctx.services.units.unit(ctx, id), position);
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description:
      "The unit stream's last event id when this unit was read by `unit(id)` (null when reached another way): subscribe to unitEvents `after` it and no change to its patient list is missed.",
  })
  lastEventId(@Root() unit: UnitType): string | null {
    return positionOf(unit);
  }

  @FieldResolver(() => [PatientType], {
    description: "The unit's patients (admitted unless the filter says otherwise), by name; for its staff.",
  })
  patients(
    @Root() unit: UnitType,
    @Arg('filter', () => PatientFilterInput, { nullable: true }) filter: PatientFilterInput | null,
    @Ctx() ctx: RequestContext,
  ): Promise<PatientView[]> {
    return ctx.services.patients.list(ctx, { ...filter, unitId: unit.id });
  }

  @FieldResolver(() => [UserType], { description: "The unit's staff list." })
  staff(@Root() unit: UnitType, @Ctx() ctx: RequestContext): Promise<User[]> {
    return ctx.services.units.staffOf(ctx, unit.id);
  }

  @FieldResolver(() => String, {
    description:
      'IANA time zone of the unit\'s clock (e.g. America/New_York): dates on its screens, "today" and "overdue" follow it.',
  })
  timeZone(@Ctx() ctx: RequestContext): string {
    return ctx.services.config.unitTimeZone;
  }

  @Mutation(() => UnitType, { description: "Admins: adds a staff member to the unit's staff list." })
  addUnitMember(@Arg('input') input: UnitMemberInput, @Ctx() ctx: RequestContext): Promise<UnitType> {
    return ctx.services.units.addMember(ctx, input);
  }

  @Mutation(() => UnitType, { description: "Admins: removes a staff member from the unit's staff list." })
  removeUnitMember(@Arg('input') input: UnitMemberInput, @Ctx() ctx: RequestContext): Promise<UnitType> {
    return ctx.services.units.removeMember(ctx, input);
  }
}
