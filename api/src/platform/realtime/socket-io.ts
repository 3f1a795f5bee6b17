import type { Server as HttpServer } from 'node:http';
import { createAdapter } from '@socket.io/redis-adapter';
import { Server } from 'socket.io';
import type { LiveSockets } from '../auth/live-sockets.js';
import type { Viewer } from '../auth/viewer.js';
import type { Bus } from '../bus/bus.js';
import { RedisBus } from '../bus/redis-bus.js';
import type { Authenticate } from '../graphql/context.js';
import { clientAddress, type ProxyTrust } from '../http/client-address.js';
import { originAllowed } from '../http/origin.js';
import { tokenFromHeaders } from '../http/session-cookie.js';
import type { Logger } from '../logging/logger.js';

export interface SocketData {
  viewer: Viewer;
  /** The client's address, as HTTP and graphql-ws see it (behind trusted proxies too). */
  ip: string | null;
}

export interface SocketServerOptions {
  liveSockets: LiveSockets;
  /** Origins besides the hub's own that may connect; `undefined`: same-origin only. */
  allowedOrigins: string[] | undefined;
  /** With the Redis bus, rooms span every instance. */
  bus: Bus;
  /** Which proxies in front of the hub may name the client's address. */
  trustProxy: ProxyTrust;
  logger: Logger;
  authenticate: Authenticate;
}

/**
 * socket.io on the hub's port, for presence. Every socket carries a live session (handshake
 * `auth.token`, a bearer header or the session cookie) and is closed when that session ends.
 * With Redis configured, rooms span every API instance through the Redis adapter.
 */
export async function createSocketServer(httpServer: HttpServer, options: SocketServerOptions): Promise<Server> {
  const { liveSockets, bus, authenticate, allowedOrigins } = options;
  const io = new Server(httpServer, {
    path: '/socket.io',
    serveClient: false,
    // graphql-ws owns /graphql upgrades; socket.io must leave other paths' upgrades alone.
    destroyUpgrade: false,
    cors: allowedOrigins ? { origin: allowedOrigins, credentials: true } : undefined,
    allowRequest: (req, callback) => callback(null, originAllowed(req, allowedOrigins)),
  });
  if (bus instanceof RedisBus) {
    const pub = bus.client.duplicate({ disableOfflineQueue: false });
    const sub = bus.client.duplicate({ disableOfflineQueue: false });
    pub.on('error', () => undefined);
    sub.on('error', () => undefined);
    await Promise.all([pub.connect(), sub.connect()]);
    io.adapter(createAdapter(pub, sub));
    io.engine.on('close', () => {
      void pub.close().catch(() => undefined);
      void sub.close().catch(() => undefined);
    });
  }
  io.use(async (socket, next) => {
    const auth = socket.handshake.auth as { token?: unknown };
    const token = typeof auth.token === 'string' ? auth.token : tokenFromHeaders(socket.request.headers);
    const viewer = await authenticate(token);
    if (!viewer) return next(new Error('UNAUTHENTICATED'));
    const ip = clientAddress(socket.request, options.trustProxy);
    Object.assign(socket.data as SocketData, { viewer, ip } satisfies SocketData);
    options.logger.info({ transport: 'socket.io', ip, userId: viewer.userId }, 'socket opened');
    const forget = liveSockets.add(viewer.sessionId, () => socket.disconnect(true));
    socket.once('disconnect', forget);
    next();
  });
  return io;
}
