import { Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { type RequestContext, requireViewer } from '../../platform/graphql/context.js';
import type { IdentityService } from './identity.service.js';
import { AuthPayload, LoginArgs, UserType } from './identity.types.js';
import type { SessionCookies } from './session-cookies.js';

@Resolver(() => UserType)
export class IdentityResolver {
  constructor(
    private readonly identity: IdentityService,
    private readonly cookies: SessionCookies,
  ) {}

  @Query(() => UserType, { nullable: true, description: 'The signed-in user, or null.' })
  async me(@Ctx() ctx: RequestContext): Promise<UserType | null> {
    if (!ctx.viewer) return null;
    return this.identity.userById(ctx.viewer.userId);
  }

  @Mutation(() => AuthPayload, { description: 'Signs in; sets the session cookie on HTTP requests.' })
  async login(@Args() { email, password }: LoginArgs, @Ctx() ctx: RequestContext): Promise<AuthPayload> {
    const signIn = await this.identity.login(email, password, { ip: ctx.ip, userAgent: ctx.userAgent });
    this.cookies.set(ctx, signIn);
    return signIn;
  }

  @Mutation(() => Boolean, { description: 'Ends the current session everywhere, including open sockets.' })
  async logout(@Ctx() ctx: RequestContext): Promise<boolean> {
    const viewer = requireViewer(ctx);
    await this.identity.logout(viewer.sessionId);
    this.cookies.clear(ctx);
    return true;
  }
}
