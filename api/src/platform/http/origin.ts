import type { IncomingMessage } from 'node:http';

/**
 * Whether a browser request comes from an origin the hub serves: its own host, or one listed in
 * ALLOWED_ORIGINS. Requests without an Origin header (API clients, not browsers) pass; they
 * still need a valid session token.
 */
export function originAllowed(req: IncomingMessage, allowed: string[] | undefined): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  if (allowed?.includes(origin)) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}
