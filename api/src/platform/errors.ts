import { GraphQLError } from 'graphql';

/** Every code the API returns to clients in `extensions.code`. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  RATE_LIMITED: 'RATE_LIMITED',
  /** A family invitation code past its expiry: the team links the family member again. */
  INVITATION_EXPIRED: 'INVITATION_EXPIRED',
  /** A family invitation code already accepted: the family member signs in instead. */
  INVITATION_USED: 'INVITATION_USED',
  /** A family invitation whose link was revoked: it no longer gives access. */
  INVITATION_REVOKED: 'INVITATION_REVOKED',
  /**
   * A status change the item's status machine does not allow from where it is (an authorization
   * denied → approved without an appeal); `extensions.from`, `.to` and `.allowed` say what is possible.
   */
  INVALID_STATUS_TRANSITION: 'INVALID_STATUS_TRANSITION',
  /**
   * A subscriber fell too far behind the stream (its client reads slower than events arrive): it
   * resubscribes with `after` set to `extensions.after`, the last event it was sent, and misses nothing.
   */
  RESYNC_REQUIRED: 'RESYNC_REQUIRED',
  /**
   * The hub cannot reach its database at the moment (stopped, restarting, unreachable): nothing was
   * written, and the same request may be sent again once `/readyz` answers ready.
   */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** A user-facing failure with a code; never masked, always safe to show. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

export const badInput = (message: string, field?: string) =>
  new AppError(ErrorCode.BAD_USER_INPUT, message, field ? { field } : {});

export const unauthenticated = (message = 'Sign in to continue.') => new AppError(ErrorCode.UNAUTHENTICATED, message);

export const forbidden = (message = 'You do not have access to this.') => new AppError(ErrorCode.FORBIDDEN, message);

export const notFound = (what: string, id: string) =>
  new AppError(ErrorCode.NOT_FOUND, `${what} ${id} was not found.`, { entityType: what, id });

/**
 * A stale `expectedVersion`: carries the item as it is now, so the client can show the other
 * person's change instead of overwriting it.
 */
export const conflict = (entityType: string, current: unknown) =>
  new AppError(
    ErrorCode.CONFLICT,
    `This ${entityType.toLowerCase()} was changed by someone else. Review their version and try again.`,
    { entityType, current },
  );

/** A status change its machine does not allow from the current status; `allowed` lists where it may go. */
export const invalidTransition = (what: string, from: string, to: string, allowed: readonly string[]) =>
  new AppError(
    ErrorCode.INVALID_STATUS_TRANSITION,
    `${what} cannot go from ${from} to ${to}${allowed.length ? ` (from ${from}: ${allowed.join(', ')})` : ` (${from} is final)`}.`,
    { from, to, allowed: [...allowed] },
  );

export const rateLimited = (retryAfterSeconds: number) =>
  new AppError(ErrorCode.RATE_LIMITED, `Too many attempts. Try again in ${retryAfterSeconds} s.`, {
    retryAfterSeconds,
  });

export const resyncRequired = (after: string) =>
  new AppError(
    ErrorCode.RESYNC_REQUIRED,
    'This subscription fell behind the stream. Subscribe again with `after` to receive what it missed.',
    { after },
  );

export const serviceUnavailable = () =>
  new AppError(
    ErrorCode.SERVICE_UNAVAILABLE,
    'CareHub cannot reach its database right now. Nothing was changed; try again in a moment.',
  );

/** True for errors raised on purpose with a code clients understand. */
export function isCoded(error: unknown): error is GraphQLError {
  return error instanceof GraphQLError && typeof error.extensions?.code === 'string';
}
