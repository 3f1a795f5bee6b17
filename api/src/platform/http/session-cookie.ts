import { parse } from 'cookie';
import type { Response } from 'express';

export const SESSION_COOKIE = 'carehub_session';

/** Reads the session token from a bearer header or the session cookie (bearer wins). */
export function tokenFromHeaders(headers: {
  authorization?: string | undefined;
  cookie?: string | undefined;
}): string | null {
  const auth = headers.authorization;
  if (auth?.toLowerCase().startsWith('bearer ')) return auth.slice(7).trim() || null;
  if (headers.cookie) return parse(headers.cookie)[SESSION_COOKIE] ?? null;
  return null;
}

/** HttpOnly, SameSite=Lax: script cannot read it and other sites cannot send it with a POST. */
export function setSessionCookie(res: Response, token: string, expiresAt: Date, secure: boolean): void {
  res.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, path: '/', expires: expiresAt });
}

export function clearSessionCookie(res: Response, secure: boolean): void {
  res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
}
