import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { EventFeed } from '../../platform/events/event-feed.js';
import { positionOf, stampPosition } from '../../platform/events/stream-position.js';
import { Streams } from '../../platform/events/streams.js';
import type { RequestContext } from '../../platform/graphql/context.js';
import { UserType } from '../identity/identity.types.js';
import type { User } from '../identity/user.entity.js';
import type { UnitService } from './unit.service.js';
import { UnitMemberInput, UnitType } from './unit.types.js';

@Resolver(() => UnitType)
export class UnitResolver {
  constructor(
    private readonly unitService: UnitService,
    private readonly feed: EventFeed,
  ) {}

  @Query(() => [UnitType], { description: "Units: all of them for admins, the viewer's own for staff." })
  units(@Ctx() ctx: RequestContext): Promise<UnitType[]> {
    return this.unitService.visibleUnits(ctx);
  }

  @Query(() => UnitType, { description: 'One unit: for those on its staff list, and for admins.' })
  async unit(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<UnitType> {
    // The stream position first, then the unit and its patients: see stream-position.ts.
    const position = await this.feed.position(Streams.unit(id));
    return stampPosition(await this.unitService.unit(ctx, id), position);
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description:
      "The unit stream's last event id when this unit was read by `unit(id)` (null when reached another way): subscribe to unitEvents `after` it and no change to its patient list is missed.",
  })
  lastEventId(@Root() unit: UnitType): string | null {
    return positionOf(unit);
  }

  @FieldResolver(() => [UserType], { description: "The unit's staff list." })
  staff(@Root() unit: UnitType, @Ctx() ctx: RequestContext): Promise<User[]> {
    return this.unitService.staffOf(ctx, unit.id);
  }

  @FieldResolver(() => String, {
    description:
      'IANA time zone of the unit\'s clock (e.g. America/New_York): dates on its screens, "today" and "overdue" follow it.',
  })
  timeZone(@Root() unit: UnitType): string {
    return this.unitService.timeZoneOf(unit.id);
  }

  @Mutation(() => UnitType, { description: "Admins: adds a staff member to the unit's staff list." })
  addUnitMember(@Arg('input') input: UnitMemberInput, @Ctx() ctx: RequestContext): Promise<UnitType> {
    return this.unitService.addMember(ctx, input);
  }

  @Mutation(() => UnitType, { description: "Admins: removes a staff member from the unit's staff list." })
  removeUnitMember(@Arg('input') input: UnitMemberInput, @Ctx() ctx: RequestContext): Promise<UnitType> {
    return this.unitService.removeMember(ctx, input);
  }
}

@Resolver(() => UserType)
export class UserUnitsResolver {
  constructor(private readonly unitService: UnitService) {}

  @FieldResolver(() => [UnitType], { description: 'Units whose staff list includes this user.' })
  async units(@Root() user: UserType): Promise<UnitType[]> {
    if (user.kind !== 'STAFF') return [];
    return this.unitService.unitsOf(user.id);
  }
}
