import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client';

export interface ApiError {
  code: string;
  message: string;
  extensions: Record<string, unknown>;
}

/** The first coded error of a failed operation, in a form screens can show. */
export function apiError(error: unknown): ApiError | null {
  if (!error) return null;
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    return {
      code: String(first?.extensions?.code ?? 'ERROR'),
      message: first?.message ?? 'Something went wrong.',
      extensions: (first?.extensions ?? {}) as Record<string, unknown>,
    };
  }
  if (ServerError.is(error)) {
    return {
      code: `HTTP_${error.statusCode}`,
      message: `CareHub could not take this (server error ${error.statusCode}).`,
      extensions: {},
    };
  }
  if (ServerParseError.is(error)) {
    return { code: 'BAD_RESPONSE', message: 'CareHub sent an answer that could not be read.', extensions: {} };
  }
  return {
    code: 'NETWORK',
    message: 'Cannot reach CareHub. Changes are not saved until the connection is back.',
    extensions: {},
  };
}

/**
 * How a failed request ended, which decides what happens to the change it carried:
 * - `unreachable`: it never reached the hub (no network, hub down): keep the change and send it later;
 * - `server`: the hub failed (HTTP 5xx, an unreadable answer, INTERNAL_SERVER_ERROR): try again, a few times;
 * - `conflict`: someone saved first: show both versions;
 * - `signed-out`: the session ended: keep the change for after sign-in;
 * - `refused`: the hub said no (bad input, not found, forbidden…): roll back and say why.
 */
export type FailureKind = 'unreachable' | 'server' | 'conflict' | 'signed-out' | 'refused';

export function failureKind(error: unknown): FailureKind {
  if (CombinedGraphQLErrors.is(error)) {
    const code = error.errors[0]?.extensions?.code;
    if (code === 'CONFLICT') return 'conflict';
    if (code === 'UNAUTHENTICATED') return 'signed-out';
    if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) return 'server';
    return 'refused';
  }
  if (ServerError.is(error)) return error.statusCode >= 500 ? 'server' : 'refused';
  if (ServerParseError.is(error)) return 'server';
  return 'unreachable';
}
