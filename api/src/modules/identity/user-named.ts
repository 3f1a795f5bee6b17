import type { RequestContext } from '../../platform/graphql/context.js';
import type { IdentityService } from './identity.service.js';
import type { User } from './user.entity.js';

/**
 * The user an item names (its author, owner, organizer), loaded in the request's batch. Accounts
 * are switched off, never deleted, so a missing one is a broken reference, not bad input.
 */
export async function userNamedBy(identity: IdentityService, ctx: RequestContext, id: string): Promise<User> {
  const user = await ctx.loaders.load(identity.usersByIds, id);
  if (!user) throw new Error(`User ${id} is missing`);
  return user;
}
