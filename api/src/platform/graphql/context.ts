import type { Response } from 'express';
import type { Loaders, Services } from '../../services.js';
import type { Viewer } from '../auth/viewer.js';
import { unauthenticated } from '../errors.js';

/** What every resolver receives: who is asking, from where, and the hub's services. */
export interface RequestContext {
  requestId: string;
  viewer: Viewer | null;
  ip: string | null;
  userAgent: string | null;
  services: Services;
  /** Per-request batching loaders, so a list of patients asks for its units once. */
  loaders: Loaders;
  /** Present on HTTP requests only (not on websocket operations): lets sign-in set the cookie. */
  response?: Response;
}

/** The signed-in viewer, or UNAUTHENTICATED. */
export function requireViewer(ctx: RequestContext): Viewer {
  if (!ctx.viewer) throw unauthenticated();
  return ctx.viewer;
}
