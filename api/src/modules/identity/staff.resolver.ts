import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../platform/graphql/context.js';
import { UserType } from './identity.types.js';
import type { StaffService } from './staff.service.js';
import { CreateStaffUserInput, SetUserActiveInput, StaffFilterInput } from './staff.types.js';
import type { User } from './user.entity.js';

@Resolver()
export class StaffResolver {
  constructor(private readonly directory: StaffService) {}

  @Query(() => [UserType], { description: 'Active staff, by name (to add someone to a care team).' })
  staff(
    @Arg('filter', () => StaffFilterInput, { nullable: true }) filter: StaffFilterInput | null,
    @Ctx() ctx: RequestContext,
  ): Promise<User[]> {
    return this.directory.directory(ctx, filter ?? {});
  }

  @Mutation(() => UserType, { description: 'Admins: creates a staff account.' })
  createStaffUser(@Arg('input') input: CreateStaffUserInput, @Ctx() ctx: RequestContext): Promise<User> {
    return this.directory.create(ctx, input);
  }

  @Mutation(() => UserType, { description: 'Admins: activates or deactivates an account (ends its sessions).' })
  setUserActive(@Arg('input') input: SetUserActiveInput, @Ctx() ctx: RequestContext): Promise<User> {
    return this.directory.setActive(ctx, input);
  }
}
