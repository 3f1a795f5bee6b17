import { RedisBus } from '../../platform/bus/redis-bus.js';
import { entityView } from '../../platform/events/entity-views.js';
import { Streams } from '../../platform/events/streams.js';
import { defineModule } from '../../platform/feature-module.js';
import { IdentityResolver } from './identity.resolver.js';
import { IdentityService, type SessionSettings } from './identity.service.js';
import { type LoginSettings, LoginThrottle } from './login-throttle.js';
import { Session } from './session.entity.js';
import { SessionCookies } from './session-cookies.js';
import { StaffResolver } from './staff.resolver.js';
import { StaffService, userView } from './staff.service.js';
import { User } from './user.entity.js';

/** Accounts, sign-in and sessions, and the staff directory. */
export const identityModule = defineModule({
  name: 'identity',
  entities: [User, Session],
  views: [entityView(User, 'User', userView, { route: () => ({ streams: [Streams.directory()] }) })],
  services(
    { orm, bus, writes, policy, logger },
    _needs: object,
    settings: { session: SessionSettings; login: LoginSettings },
  ) {
    const throttle = new LoginThrottle({
      ...settings.login,
      redis: bus instanceof RedisBus ? bus.client : undefined,
      logger,
    });
    const identity = new IdentityService(orm, bus, throttle, settings.session);
    return {
      identity,
      staff: new StaffService(orm, writes, policy, identity),
      sessionCookies: new SessionCookies(settings.session.cookieSecure),
    };
  },
  resolvers: [
    [IdentityResolver, (s) => new IdentityResolver(s.identity, s.sessionCookies)],
    [StaffResolver, (s) => new StaffResolver(s.staff)],
  ],
});
