import type { RequestContext } from '../../platform/graphql/context.js';
import { clearSessionCookie, setSessionCookie } from '../../platform/http/session-cookie.js';
import type { SignIn } from './identity.service.js';

/** Sets and clears the session cookie on HTTP requests (websocket operations have no response), with the hub's `secure` setting. */
export class SessionCookies {
  constructor(private readonly secure: boolean) {}

  set(ctx: RequestContext, signIn: SignIn): void {
    if (ctx.response) setSessionCookie(ctx.response, signIn.token, signIn.expiresAt, this.secure);
  }

  clear(ctx: RequestContext): void {
    if (ctx.response) clearSessionCookie(ctx.response, this.secure);
  }
}
