import type { Server as HttpServer } from 'node:http';
import { createAdapter } from '@socket.io/redis-adapter';
import { Server } from 'socket.io';
import type { Services } from '../../services.js';
import type { LiveSockets } from '../auth/live-sockets.js';
import type { Viewer } from '../auth/viewer.js';
import { RedisBus } from '../bus/redis-bus.js';
import { clientAddress } from '../http/client-address.js';
import { originAllowed } from '../http/origin.js';
import { tokenFromHeaders } from '../http/session-cookie.js';

export interface SocketData {
  viewer: Viewer;
  /** The client's address, as HTTP and graphql-ws see it (behind trusted proxies too). */
  ip: string | null;
}

/**
 * socket.io on the hub's port, for presence. Every socket carries a live session (handshake
 * `auth.token`, a bearer header or the session cookie) and is closed when that session ends.
 * With Redis configured, rooms span every API instance through the Redis adapter.
 */
export async function createSocketServer(
  services: Services,
  httpServer: HttpServer,
  liveSockets: LiveSockets,
): Promise<Server> {
  const { config } = services;
  const io = new Server(httpServer, {
    path: '/socket.io',
    serveClient: false,
    // graphql-ws owns /graphql upgrades; socket.io must leave other paths' upgrades alone.
    destroyUpgrade: false,
    cors: config.allowedOrigins ? { origin: config.allowedOrigins, credentials: true } : undefined,
    allowRequest: (req, callback) => callback(null, originAllowed(req, config.allowedOrigins)),
  });
  if (services.bus instanceof RedisBus) {
    const pub = services.bus.client.duplicate({ disableOfflineQueue: false });
    const sub = services.bus.client.duplicate({ disableOfflineQueue: false });
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
    const viewer = await services.identity.authenticate(token);
    if (!viewer) return next(new Error('UNAUTHENTICATED'));
    const ip = clientAddress(socket.request, config.trustProxy);
    Object.assign(socket.data as SocketData, { viewer, ip } satisfies SocketData);
    services.logger.info({ transport: 'socket.io', ip, userId: viewer.userId }, 'socket opened');
    const forget = liveSockets.add(viewer.sessionId, () => socket.disconnect(true));
    socket.once('disconnect', forget);
    next();
  });
  return io;
}
