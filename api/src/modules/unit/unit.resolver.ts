import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../platform/graphql/context.js';
import { UserType } from '../identity/identity.types.js';
import type { User } from '../identity/user.entity.js';
import { UnitMemberInput, UnitType } from './unit.types.js';

@Resolver(() => UnitType)
export class UnitResolver {
  @Query(() => [UnitType], { description: "Units: all of them for admins, the viewer's own for staff." })
  units(@Ctx() ctx: RequestContext): Promise<UnitType[]> {
    return ctx.services.units.visibleUnits(ctx);
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
