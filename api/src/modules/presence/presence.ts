import { randomUUID } from 'node:crypto';
import type { Server, Socket } from 'socket.io';
import { isCoded } from '../../platform/errors.js';
import { isUuid } from '../../platform/ids.js';
import type { SocketData } from '../../platform/realtime/socket-io.js';
import type { Services } from '../../services.js';

/** socket.io event names of presence, shared with the web client. */
export const PresenceEvents = {
  join: 'presence:join',
  leave: 'presence:leave',
  update: 'presence:update',
} as const;

export interface PresentViewer {
  userId: string;
  name: string;
  discipline: string | null;
}

export interface PresenceUpdate {
  patientId: string;
  viewers: PresentViewer[];
}

type Ack = (reply: { ok: true } | { ok: false; code: string }) => void;

const roomOf = (patientId: string) => `presence:patient:${patientId}`;
const patientOf = (room: string) =>
  room.startsWith('presence:patient:') ? room.slice('presence:patient:'.length) : null;

/**
 * Who else has a patient open (patient page, care plan, rounds later). A socket joins a
 * patient's room only when the policy lets its viewer read that patient; the room's list is
 * gathered across every instance (Redis adapter) and sent to the room on each join and leave.
 */
export function attachPresence(io: Server, services: Services): void {
  const broadcast = async (patientId: string) => {
    const sockets = await io.in(roomOf(patientId)).fetchSockets();
    const viewers = new Map<string, PresentViewer>();
    for (const s of sockets) {
      const viewer = (s.data as SocketData).viewer;
      if (viewer)
        viewers.set(viewer.userId, { userId: viewer.userId, name: viewer.name, discipline: viewer.discipline });
    }
    io.to(roomOf(patientId)).emit(PresenceEvents.update, {
      patientId,
      viewers: [...viewers.values()].sort((a, b) => a.name.localeCompare(b.name)),
    } satisfies PresenceUpdate);
  };

  io.on('connection', (socket: Socket) => {
    const data = socket.data as SocketData;
    socket.on(PresenceEvents.join, async (payload: { patientId?: unknown }, ack?: Ack) => {
      const reply: Ack = typeof ack === 'function' ? ack : () => {};
      const patientId = typeof payload?.patientId === 'string' ? payload.patientId : '';
      if (!isUuid(patientId)) return reply({ ok: false, code: 'BAD_USER_INPUT' });
      try {
        const caller = { viewer: data.viewer, requestId: randomUUID(), ip: data.ip };
        await services.patients.authorize(caller, patientId, 'patient.read', 'presence', { audit: false });
      } catch (error) {
        return reply({ ok: false, code: isCoded(error) ? String(error.extensions.code) : 'INTERNAL_SERVER_ERROR' });
      }
      await socket.join(roomOf(patientId));
      reply({ ok: true });
      await broadcast(patientId);
    });
    socket.on(PresenceEvents.leave, async (payload: { patientId?: unknown }) => {
      const patientId = typeof payload?.patientId === 'string' ? payload.patientId : '';
      if (!socket.rooms.has(roomOf(patientId))) return;
      await socket.leave(roomOf(patientId));
      await broadcast(patientId);
    });
    socket.on('disconnecting', () => {
      const patients = [...socket.rooms].map(patientOf).filter((id): id is string => id !== null);
      // After the socket has left its rooms, tell each room who is still there.
      setImmediate(() => {
        for (const patientId of patients) void broadcast(patientId).catch(() => undefined);
      });
    });
  });
}
