import { Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type RequestContext, requireViewer } from '../../platform/graphql/context.js';
import { clearSessionCookie, setSessionCookie } from '../../platform/http/session-cookie.js';
import { UnitType } from '../unit/unit.types.js';
import { AuthPayload, LoginArgs, UserType } from './identity.types.js';

@Resolver(() => UserType)
export class IdentityResolver {
  @Query(() => UserType, { nullable: true, description: 'The signed-in user, or null.' })
  async me(@Ctx() ctx: RequestContext): Promise<UserType | null> {
    if (!ctx.viewer) return null;
    return ctx.services.identity.userById(ctx.viewer.userId);
  }

  @Mutation(() => AuthPayload, { description: 'Signs in; sets the session cookie on HTTP requests.' })
  async login(@Args() { email, password }: LoginArgs, @Ctx() ctx: RequestContext): Promise<AuthPayload> {
    const signIn = await ctx.services.identity.login(email, password, { ip: ctx.ip, userAgent: ctx.userAgent });
    if (ctx.response) {
      setSessionCookie(ctx.response, signIn.token, signIn.expiresAt, ctx.services.config.session.cookieSecure);
    }
    return signIn;
  }

  @Mutation(() => Boolean, { description: 'Ends the current session everywhere, including open sockets.' })
  async logout(@Ctx() ctx: RequestContext): Promise<boolean> {
    const viewer = requireViewer(ctx);
    await ctx.services.identity.logout(viewer.sessionId);
    if (ctx.response) clearSessionCookie(ctx.response, ctx.services.config.session.cookieSecure);
    return true;
  }

  @FieldResolver(() => [UnitType], { description: 'Units whose staff list includes this user.' })
  async units(@Root() user: UserType, @Ctx() ctx: RequestContext): Promise<UnitType[]> {
    if (user.kind !== 'STAFF') return [];
    return ctx.services.units.unitsOf(user.id);
  }
}
