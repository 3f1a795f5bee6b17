import type { Response } from 'express';
import type { Viewer } from '../auth/viewer.js';
import { unauthenticated } from '../errors.js';
import type { ResolverContainer } from './container.js';
import type { RequestLoaders } from './loaders.js';

/** What every resolver receives: who is asking and from where. Services come by injection, not from here. */
export interface RequestContext {
  requestId: string;
  viewer: Viewer | null;
  ip: string | null;
  userAgent: string | null;
  /** Per-request batching loaders, so a list of patients asks for its units once. */
  loaders: RequestLoaders;
  /** The hub's resolvers, each built once with its services (type-graphql's `container`). */
  container: ResolverContainer;
  /** Present on HTTP requests only (not on websocket operations): lets sign-in set the cookie. */
  response?: Response;
}

/** What HTTP and graphql-ws know of a request before the composition root completes its context. */
export type RequestBasics = Omit<RequestContext, 'loaders' | 'container'>;

/** Resolves a session token to its viewer, or null (unknown, revoked, idle or expired). */
export type Authenticate = (token: string | null) => Promise<Viewer | null>;

/** Completes a request's context; the composition root adds the loaders and the resolver container. */
export type ContextFor = (request: RequestBasics) => RequestContext;

/** The signed-in viewer, or UNAUTHENTICATED. */
export function requireViewer(ctx: RequestContext): Viewer {
  if (!ctx.viewer) throw unauthenticated();
  return ctx.viewer;
}
