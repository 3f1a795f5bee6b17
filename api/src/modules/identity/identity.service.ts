import { createHash, randomBytes } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/core';
import type { Viewer } from '../../platform/auth/viewer.js';
import type { Bus } from '../../platform/bus/bus.js';
import { AppError, ErrorCode } from '../../platform/errors.js';
import { isUuid } from '../../platform/ids.js';
import type { LoginThrottle } from './login-throttle.js';
import { DECOY_HASH, verifyPassword } from './password.js';
import { Session } from './session.entity.js';
import { User } from './user.entity.js';

/** Bus topic on which ended sessions are announced, so every instance closes their sockets. */
export const SESSION_ENDED_TOPIC = 'carehub:session-ended';
export interface SessionEnded {
  sessionId: string;
}

/** How sessions last and how their cookie is sent; read from the environment by config.ts. */
export interface SessionSettings {
  idleMs: number;
  absoluteMs: number;
  cookieSecure: boolean;
}

export interface SignIn {
  token: string;
  expiresAt: Date;
  user: User;
}

const INVALID_CREDENTIALS = 'The email or password is not correct.';
/** Writing lastSeenAt on every request would turn reads into writes; once a minute is enough for idle expiry. */
const TOUCH_INTERVAL_MS = 60_000;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Sign-in, sign-out and resolving a session token to a viewer. */
export class IdentityService {
  constructor(
    private readonly orm: MikroORM,
    private readonly bus: Bus,
    private readonly throttle: LoginThrottle,
    private readonly session: SessionSettings,
  ) {}

  /**
   * Checks the password and opens a session. An unknown email and a wrong password get the
   * same answer in the same time. The attempt is counted before the password is checked and
   * handed back when it was right, so concurrent guesses cannot slip past the throttle.
   */
  async login(
    email: string,
    password: string,
    client: { ip: string | null; userAgent: string | null },
  ): Promise<SignIn> {
    const normalized = email.trim().toLowerCase();
    const attempt = await this.throttle.begin(normalized, client.ip ?? 'unknown');
    const em = this.orm.em.fork();
    const user = await em.findOne(User, { email: normalized });
    const matches = await verifyPassword(password, user?.passwordHash ?? DECOY_HASH);
    if (!user || !matches || !user.active) throw new AppError(ErrorCode.UNAUTHENTICATED, INVALID_CREDENTIALS);
    await attempt.succeeded();
    return this.openSession(user, client);
  }

  /** Opens a session for a user who has just proven who they are. */
  async openSession(user: User, client: { ip: string | null; userAgent: string | null }): Promise<SignIn> {
    const token = randomBytes(32).toString('base64url');
    const em = this.orm.em.fork();
    const session = em.create(Session, {
      tokenHash: hashToken(token),
      userId: user.id,
      expiresAt: new Date(Date.now() + this.session.absoluteMs),
      ip: client.ip,
      userAgent: client.userAgent?.slice(0, 300) ?? null,
    });
    await em.persistAndFlush(session);
    return { token, expiresAt: session.expiresAt, user };
  }

  /** Ends every session of the user (e.g. access revoked) and closes their sockets on every instance. */
  async endAllSessions(userId: string): Promise<void> {
    const em = this.orm.em.fork();
    const live = await em.find(Session, { userId, revokedAt: null }, { fields: ['id'] });
    if (live.length === 0) return;
    await em.nativeUpdate(Session, { userId, revokedAt: null }, { revokedAt: new Date() });
    for (const { id } of live) await this.bus.publish(SESSION_ENDED_TOPIC, { sessionId: id } satisfies SessionEnded);
  }

  /** Revokes the session and tells every instance to close its sockets. */
  async logout(sessionId: string): Promise<void> {
    const em = this.orm.em.fork();
    await em.nativeUpdate(Session, { id: sessionId, revokedAt: null }, { revokedAt: new Date() });
    await this.bus.publish(SESSION_ENDED_TOPIC, { sessionId } satisfies SessionEnded);
  }

  /**
   * The viewer behind a token, or null when the token is unknown, revoked, idle too long or past
   * its absolute expiry. `touch` extends the idle window (HTTP requests do; socket checks don't).
   */
  async authenticate(token: string | undefined | null, touch = true): Promise<Viewer | null> {
    if (!token || token.length > 200) return null;
    const em = this.orm.em.fork();
    const session = await em.findOne(Session, { tokenHash: hashToken(token) });
    if (!session || !this.isLive(session)) return null;
    const user = await em.findOne(User, { id: session.userId });
    if (!user?.active) return null;
    const now = Date.now();
    if (touch && now - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      await em.nativeUpdate(Session, { id: session.id }, { lastSeenAt: new Date(now) });
    }
    return {
      userId: user.id,
      name: user.name,
      kind: user.kind,
      discipline: user.discipline,
      role: user.role,
      sessionId: session.id,
    };
  }

  /** Whether a session is still usable, without extending it. */
  async sessionIsLive(sessionId: string): Promise<boolean> {
    const session = await this.orm.em.fork().findOne(Session, { id: sessionId });
    return !!session && this.isLive(session);
  }

  async userById(id: string): Promise<User | null> {
    if (!isUuid(id)) return null;
    return this.orm.em.fork().findOne(User, { id });
  }

  /** The active staff member with this email (any case), or null: for matching people named by records from elsewhere. */
  async activeStaffByEmail(email: string): Promise<User | null> {
    const user = await this.orm.em.fork().findOne(User, { email: email.trim().toLowerCase() });
    return user?.kind === 'STAFF' && user.active ? user : null;
  }

  /** Users by id, in the ids' order (null for an unknown one): the batch behind per-request user loading. */
  readonly usersByIds = async (ids: readonly string[]): Promise<(User | null)[]> => {
    const users = await this.orm.em.fork().find(User, { id: { $in: [...ids] } });
    const byId = new Map(users.map((u) => [u.id, u]));
    return ids.map((id) => byId.get(id) ?? null);
  };

  private isLive(session: Session): boolean {
    const now = Date.now();
    return (
      session.revokedAt === null &&
      session.expiresAt.getTime() > now &&
      session.lastSeenAt.getTime() + this.session.idleMs > now
    );
  }
}
