import { randomUUID } from 'node:crypto';
import type { Server, Socket } from 'socket.io';
import type { BusMessage } from '../../platform/bus/bus.js';
import { isCoded } from '../../platform/errors.js';
import { Streams, streamTopic } from '../../platform/events/streams.js';
import { isUuid } from '../../platform/ids.js';
import type { SocketData } from '../../platform/realtime/socket-io.js';
import type { Services } from '../../services.js';

/** socket.io event names of presence, shared with the web client. */
export const PresenceEvents = {
  join: 'presence:join',
  leave: 'presence:leave',
  update: 'presence:update',
  /** Sent to a socket taken out of a room because its viewer may no longer read the patient. */
  removed: 'presence:removed',
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

export interface PresenceRemoved {
  patientId: string;
  /** Why: FORBIDDEN (access ended), NOT_FOUND or UNAUTHENTICATED. */
  code: string;
}

type Ack = (reply: { ok: true } | { ok: false; code: string }) => void;

/** The policy's answer for a socket in a patient's room: allowed (on the patient's current unit) or refused with a code. */
type RoomAccess = { allowed: true; unitId: string } | { allowed: false; code: string };

/** One answer per key within one re-check sweep (several tabs of one viewer, several sockets of one session). */
function once<T>(answers: Map<string, Promise<T>>, key: string, ask: () => Promise<T>): Promise<T> {
  let answer = answers.get(key);
  if (!answer) {
    answer = ask();
    answers.set(key, answer);
  }
  return answer;
}

const roomOf = (patientId: string) => `presence:patient:${patientId}`;
const patientOf = (room: string) =>
  room.startsWith('presence:patient:') ? room.slice('presence:patient:'.length) : null;

/**
 * Who else has a patient open (patient page, care plan, rounds later). A socket joins a
 * patient's room only when the policy lets its viewer read that patient; the room's list is
 * gathered across every instance (Redis adapter) and sent to the room on each join and leave.
 *
 * Membership is re-checked like open subscriptions: every socket in a room on this instance at
 * least once per re-check period (a break-the-glass that expired, a unit staff list change, an
 * ended session), and at once when the patient's stream carries a change to who may see the
 * patient (care team, family links, a transfer). A socket whose viewer lost access leaves the
 * room, is told why (`presence:removed`), and the others get the list without them.
 * Returns the function that stops the re-checks (at shutdown).
 */
export function attachPresence(io: Server, services: Services): () => void {
  const { bus, policy, patients, identity, logger } = services;
  const sockets = io.of('/');
  /** Per patient with a room on this instance: the unit its access was decided on, and the bus listener. */
  const watched = new Map<string, { unitId: string; stop: () => void }>();

  const broadcast = async (patientId: string) => {
    const inRoom = await io.in(roomOf(patientId)).fetchSockets();
    const viewers = new Map<string, PresentViewer>();
    for (const s of inRoom) {
      const viewer = (s.data as SocketData).viewer;
      if (viewer)
        viewers.set(viewer.userId, { userId: viewer.userId, name: viewer.name, discipline: viewer.discipline });
    }
    io.to(roomOf(patientId)).emit(PresenceEvents.update, {
      patientId,
      viewers: [...viewers.values()].sort((a, b) => a.name.localeCompare(b.name)),
    } satisfies PresenceUpdate);
  };

  /** The one access check of presence, for joining and for re-checks; shows no patient data, so not audited. */
  const accessOf = async (socket: Socket, patientId: string): Promise<RoomAccess> => {
    const { viewer, ip } = socket.data as SocketData;
    const caller = { viewer, requestId: randomUUID(), ip };
    try {
      const { patient } = await patients.authorize(caller, patientId, 'patient.read', 'presence', { audit: false });
      return { allowed: true, unitId: patient.unitId };
    } catch (error) {
      if (isCoded(error)) return { allowed: false, code: String(error.extensions.code) };
      throw error;
    }
  };

  /** Follows the patient's stream while this instance has sockets in its room, to re-check at once on access changes. */
  const watch = (patientId: string, unitId: string) => {
    const known = watched.get(patientId);
    if (known) {
      known.unitId = unitId;
      return;
    }
    const stop = bus.subscribe<BusMessage>(streamTopic(Streams.patient(patientId)), (message) => {
      const entry = watched.get(patientId);
      // A resync (null) may hide a missed change: re-check then too.
      if (!message || (entry && policy.changesAccess(message.event, entry.unitId))) void recheck(patientId);
    });
    watched.set(patientId, { unitId, stop });
  };
  const unwatchIfEmpty = (patientId: string) => {
    if (sockets.adapter.rooms.get(roomOf(patientId))?.size) return;
    watched.get(patientId)?.stop();
    watched.delete(patientId);
  };

  /** Re-checks the sockets in the rooms of this instance (one patient's, or all); those refused leave. */
  const recheckRooms = async (only?: string) => {
    const rooms = [...sockets.adapter.rooms]
      .map(([room, ids]) => ({ patientId: patientOf(room), ids: [...ids] }))
      .filter(
        (r): r is { patientId: string; ids: string[] } => r.patientId !== null && (!only || r.patientId === only),
      );
    const sessions = new Map<string, Promise<boolean>>();
    const decisions = new Map<string, Promise<RoomAccess>>();
    for (const { patientId, ids } of rooms) {
      let removed = false;
      for (const id of ids) {
        const socket = sockets.sockets.get(id);
        if (!socket) continue;
        const viewer = (socket.data as SocketData).viewer;
        if (!(await once(sessions, viewer.sessionId, () => identity.sessionIsLive(viewer.sessionId)))) {
          // The socket's own disconnect handler tells its rooms.
          socket.disconnect(true);
          continue;
        }
        const access = await once(decisions, `${viewer.userId}:${patientId}`, () => accessOf(socket, patientId));
        if (access.allowed) {
          if (watched.has(patientId)) watch(patientId, access.unitId);
          continue;
        }
        if (!socket.rooms.has(roomOf(patientId))) continue;
        await socket.leave(roomOf(patientId));
        socket.emit(PresenceEvents.removed, { patientId, code: access.code } satisfies PresenceRemoved);
        removed = true;
      }
      if (removed) {
        await broadcast(patientId);
        unwatchIfEmpty(patientId);
      }
    }
  };
  const recheck = (only?: string) =>
    recheckRooms(only).catch((error: Error) => {
      // A failed check (database unreachable) removes no one; the next period tries again.
      logger.warn({ err: error.message }, 'presence access re-check failed');
    });

  io.on('connection', (socket: Socket) => {
    socket.on(PresenceEvents.join, async (payload: { patientId?: unknown }, ack?: Ack) => {
      const reply: Ack = typeof ack === 'function' ? ack : () => {};
      const patientId = typeof payload?.patientId === 'string' ? payload.patientId : '';
      if (!isUuid(patientId)) return reply({ ok: false, code: 'BAD_USER_INPUT' });
      let access: RoomAccess;
      try {
        access = await accessOf(socket, patientId);
      } catch {
        return reply({ ok: false, code: 'INTERNAL_SERVER_ERROR' });
      }
      if (!access.allowed) return reply({ ok: false, code: access.code });
      await socket.join(roomOf(patientId));
      watch(patientId, access.unitId);
      reply({ ok: true });
      await broadcast(patientId);
    });
    socket.on(PresenceEvents.leave, async (payload: { patientId?: unknown }) => {
      const patientId = typeof payload?.patientId === 'string' ? payload.patientId : '';
      if (!socket.rooms.has(roomOf(patientId))) return;
      await socket.leave(roomOf(patientId));
      unwatchIfEmpty(patientId);
      await broadcast(patientId);
    });
    socket.on('disconnecting', () => {
      const patientIds = [...socket.rooms].map(patientOf).filter((id): id is string => id !== null);
      // After the socket has left its rooms, tell each room who is still there.
      setImmediate(() => {
        for (const patientId of patientIds) {
          unwatchIfEmpty(patientId);
          void broadcast(patientId).catch(() => undefined);
        }
      });
    });
  });

  let sweeping = false;
  const timer = setInterval(() => {
    // A sweep slower than the period is not started twice.
    if (sweeping) return;
    sweeping = true;
    void recheck().finally(() => {
      sweeping = false;
    });
  }, services.readAccess.recheckMs);
  timer.unref();
  return () => {
    clearInterval(timer);
    for (const { stop } of watched.values()) stop();
    watched.clear();
  };
}
