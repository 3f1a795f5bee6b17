import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../platform/graphql/context.js';
import { UserType } from './identity.types.js';
import { CreateStaffUserInput, SetUserActiveInput, StaffFilterInput } from './staff.types.js';
import type { User } from './user.entity.js';

@Resolver()
export class StaffResolver {
  @Query(() => [UserType], { description: 'Active staff, by name (to add someone to a care team).' })
  staff(
    @Arg('filter', () => StaffFilterInput, { nullable: true }) filter: StaffFilterInput | null,
    @Ctx() ctx: RequestContext,
  ): Promise<User[]> {
    return ctx.services.staff.directory(ctx, filter ?? {});
  }

  @Mutation(() => UserType, { description: 'Admins: creates a staff account.' })
  createStaffUser(@Arg('input') input: CreateStaffUserInput, @Ctx() ctx: RequestContext): Promise<User> {
    return ctx.services.staff.create(ctx, input);
  }

  @Mutation(() => UserType, { description: 'Admins: activates or deactivates an account (ends its sessions).' })
  setUserActive(@Arg('input') input: SetUserActiveInput, @Ctx() ctx: RequestContext): Promise<User> {
    return ctx.services.staff.setActive(ctx, input);
  }
}
