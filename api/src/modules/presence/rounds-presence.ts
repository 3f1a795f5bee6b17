import type { Server, Socket } from 'socket.io';
import type { Bus, BusMessage } from '../../platform/bus/bus.js';
import { Streams, streamTopic } from '../../platform/events/streams.js';
import { isUuid } from '../../platform/ids.js';
import type { Logger } from '../../platform/logging/logger.js';
import type { SocketData } from '../../platform/realtime/socket-io.js';
import type { IdentityService } from '../identity/identity.service.js';
import type { RoundsService } from '../rounds/rounds.service.js';

/** socket.io event names of rounds presence, shared with the web client. */
export const RoundsPresenceEvents = {
  /** Client → server, with an ack: `{ sessionId, itemId?, following?, handRaised? }`. */
  join: 'rounds:join',
  /** Client → server: `{ sessionId }`. */
  leave: 'rounds:leave',
  /** Client → server: `{ sessionId, itemId?, following?, handRaised? }` — where I am, whether I follow the pointer, my hand. */
  state: 'rounds:state',
  /** Client → server: `{ sessionId, itemId, field }` while typing in a field (repeat at most every second or two). */
  typing: 'rounds:typing',
  /** Server → room: `{ sessionId, participants }`. */
  update: 'rounds:presence',
  /** Server → one socket taken out of the room: `{ sessionId, code }` (FORBIDDEN, NOT_FOUND, FINISHED, UNAUTHENTICATED). */
  removed: 'rounds:removed',
} as const;

/** How long a typing indicator shows after the last keystroke message. */
export const TYPING_SHOWS_MS = 4_000;
/** Messages one socket may send in a window; more are ignored (with one logged warning per window). */
export const ROUNDS_MESSAGE_LIMIT = { messages: 20, windowMs: 5_000 } as const;
/** The largest payload taken (serialized); larger ones are ignored. */
export const ROUNDS_PAYLOAD_LIMIT_CHARS = 1_024;
const FIELD = /^[A-Za-z][A-Za-z0-9_.:-]{0,63}$/;
const isId = (value: unknown): value is string => typeof value === 'string' && isUuid(value);

/** One person in a rounds session, as every screen shows them. */
export interface RoundsParticipant {
  userId: string;
  name: string;
  discipline: string | null;
  /** The agenda item they are looking at (null: none yet). */
  itemId: string | null;
  /** Following the facilitator's pointer (true), or browsing on their own. */
  following: boolean;
  handRaised: boolean;
  /** The field they are typing in, while they type. */
  typing: { itemId: string; field: string } | null;
}

export interface RoundsPresenceUpdate {
  sessionId: string;
  participants: RoundsParticipant[];
}

/** One socket's place in one session (kept in `socket.data`, so every instance sees it through the adapter). */
interface Place {
  itemId: string | null;
  following: boolean;
  handRaised: boolean;
  typing: { itemId: string; field: string; until: number } | null;
  /** When this socket last changed its place: the newest of a person's tabs speaks for them. */
  at: number;
}

type RoundsSocketData = SocketData & { rounds?: Record<string, Place> };
type Ack = (reply: { ok: true } | { ok: false; code: string }) => void;

export interface RoundsPresenceParts {
  bus: Bus;
  rounds: RoundsService;
  identity: IdentityService;
  logger: Logger;
  recheckMs: number;
}

const roomOf = (sessionId: string) => `presence:rounds:${sessionId}`;
const sessionOf = (room: string) =>
  room.startsWith('presence:rounds:') ? room.slice('presence:rounds:'.length) : null;

/** A checked client message, or the reason it is refused. */
type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

/** `{ sessionId, itemId?, following?, handRaised? }`, each of the right type, small. */
export function parsePlace(
  payload: unknown,
): Parsed<{ sessionId: string; itemId?: string | null; following?: boolean; handRaised?: boolean }> {
  const base = parseBase(payload);
  if (!base.ok) return base;
  const p = base.value;
  if (p.itemId !== undefined && p.itemId !== null && !isId(p.itemId)) return { ok: false, reason: 'itemId' };
  if (p.following !== undefined && typeof p.following !== 'boolean') return { ok: false, reason: 'following' };
  if (p.handRaised !== undefined && typeof p.handRaised !== 'boolean') return { ok: false, reason: 'handRaised' };
  return {
    ok: true,
    value: {
      sessionId: p.sessionId as string,
      ...(p.itemId !== undefined && { itemId: p.itemId as string | null }),
      ...(p.following !== undefined && { following: p.following as boolean }),
      ...(p.handRaised !== undefined && { handRaised: p.handRaised as boolean }),
    },
  };
}

/** `{ sessionId, itemId, field }`: a field name such as `update.concerns` or `decision`. */
export function parseTyping(payload: unknown): Parsed<{ sessionId: string; itemId: string; field: string }> {
  const base = parseBase(payload);
  if (!base.ok) return base;
  const { sessionId, itemId, field } = base.value;
  if (!isId(itemId)) return { ok: false, reason: 'itemId' };
  if (typeof field !== 'string' || !FIELD.test(field)) return { ok: false, reason: 'field' };
  return { ok: true, value: { sessionId: sessionId as string, itemId, field } };
}

function parseBase(payload: unknown): Parsed<Record<string, unknown>> {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return { ok: false, reason: 'shape' };
  let size: number;
  try {
    size = JSON.stringify(payload).length;
  } catch {
    return { ok: false, reason: 'shape' };
  }
  if (size > ROUNDS_PAYLOAD_LIMIT_CHARS) return { ok: false, reason: 'size' };
  const value = payload as Record<string, unknown>;
  if (!isId(value.sessionId)) return { ok: false, reason: 'sessionId' };
  return { ok: true, value };
}

/** A fixed-window message budget for one socket; says once per window when it is spent. */
class Budget {
  #windowStart = 0;
  #used = 0;
  #warned = false;

  /** 'ok', 'over' (ignore), or 'first-over' (ignore and warn once). */
  take(now: number): 'ok' | 'over' | 'first-over' {
    if (now - this.#windowStart >= ROUNDS_MESSAGE_LIMIT.windowMs) {
      this.#windowStart = now;
      this.#used = 0;
      this.#warned = false;
    }
    this.#used += 1;
    if (this.#used <= ROUNDS_MESSAGE_LIMIT.messages) return 'ok';
    if (this.#warned) return 'over';
    this.#warned = true;
    return 'first-over';
  }
}

/**
 * Who is in a rounds session, on which patient, whether they follow the facilitator's pointer,
 * who is typing in which field, and raised hands — over socket.io, across every instance (Redis
 * adapter: each socket's place lives in its `data`). Joining asks the rounds service (the unit's
 * staff list, the session not finished); the room is re-checked every period (ended sign-in,
 * staff list changes) and emptied when the session finishes. A client joins again after a
 * reconnect with its place, so presence survives it. Malformed, oversized or too frequent
 * messages are ignored with a logged warning. Returns what stops the re-checks.
 */
export function attachRoundsPresence(io: Server, parts: RoundsPresenceParts): () => void {
  const { bus, rounds, identity, logger } = parts;
  const sockets = io.of('/');
  /** Sessions with a room on this instance, and the bus listener that hears them finish. */
  const watched = new Map<string, () => void>();
  const budgets = new WeakMap<Socket, Budget>();
  const typingTimers = new Map<string, NodeJS.Timeout>();

  const participantsOf = async (sessionId: string): Promise<RoundsParticipant[]> => {
    const inRoom = await io.in(roomOf(sessionId)).fetchSockets();
    const now = Date.now();
    const byUser = new Map<string, RoundsParticipant & { at: number }>();
    for (const s of inRoom) {
      const data = s.data as RoundsSocketData;
      const place = data.rounds?.[sessionId];
      if (!data.viewer || !place) continue;
      const known = byUser.get(data.viewer.userId);
      const typing = place.typing && place.typing.until > now ? place.typing : null;
      if (known && known.at >= place.at) {
        // An older tab: it still counts for a raised hand or typing.
        known.handRaised ||= place.handRaised;
        known.typing ??= typing && { itemId: typing.itemId, field: typing.field };
        continue;
      }
      byUser.set(data.viewer.userId, {
        userId: data.viewer.userId,
        name: data.viewer.name,
        discipline: data.viewer.discipline,
        itemId: place.itemId,
        following: place.following,
        handRaised: place.handRaised || (known?.handRaised ?? false),
        typing: typing ? { itemId: typing.itemId, field: typing.field } : (known?.typing ?? null),
        at: place.at,
      });
    }
    return [...byUser.values()]
      .map(({ at: _at, ...participant }) => participant)
      .sort((a, b) => a.name.localeCompare(b.name));
  };

  const broadcast = async (sessionId: string) => {
    try {
      const participants = await participantsOf(sessionId);
      io.to(roomOf(sessionId)).emit(RoundsPresenceEvents.update, {
        sessionId,
        participants,
      } satisfies RoundsPresenceUpdate);
    } catch (error) {
      logger.warn({ err: (error as Error).message, sessionId }, 'rounds presence could not be gathered');
    }
  };

  const placeOf = (socket: Socket, sessionId: string): Place | undefined =>
    (socket.data as RoundsSocketData).rounds?.[sessionId];

  const leave = async (socket: Socket, sessionId: string, code?: string) => {
    const data = socket.data as RoundsSocketData;
    if (data.rounds) delete data.rounds[sessionId];
    clearTimeout(typingTimers.get(`${socket.id}:${sessionId}`));
    typingTimers.delete(`${socket.id}:${sessionId}`);
    await socket.leave(roomOf(sessionId));
    if (code) socket.emit(RoundsPresenceEvents.removed, { sessionId, code });
  };

  /** Empties this instance's part of a room (the session finished); every instance does its own. */
  const endSession = async (sessionId: string) => {
    const local = [...(sockets.adapter.rooms.get(roomOf(sessionId)) ?? [])];
    for (const id of local) {
      const socket = sockets.sockets.get(id);
      if (socket) await leave(socket, sessionId, 'FINISHED');
    }
    unwatchIfEmpty(sessionId);
  };

  const watch = (sessionId: string) => {
    if (watched.has(sessionId)) return;
    const stop = bus.subscribe<BusMessage>(streamTopic(Streams.rounds(sessionId)), (message) => {
      // A resync (null) may hide the end: the next re-check finds it.
      if (message?.event.entityType === 'RoundsSession' && message.event.snapshot.status === 'FINISHED') {
        void endSession(sessionId);
      }
    });
    watched.set(sessionId, stop);
  };
  const unwatchIfEmpty = (sessionId: string) => {
    if (sockets.adapter.rooms.get(roomOf(sessionId))?.size) return;
    watched.get(sessionId)?.();
    watched.delete(sessionId);
  };

  /** Ignores a message with a warning; answers an ack with BAD_USER_INPUT or RATE_LIMITED when there is one. */
  const refuse = (socket: Socket, event: string, reason: string, ack?: unknown, code = 'BAD_USER_INPUT') => {
    const viewer = (socket.data as SocketData).viewer;
    logger.warn({ event, reason, userId: viewer?.userId, socket: socket.id }, 'rounds presence message ignored');
    if (typeof ack === 'function') (ack as Ack)({ ok: false, code });
  };
  /** Whether the socket may send another message now; the first message over the budget in a window is logged. */
  const withinBudget = (socket: Socket, event: string, ack?: unknown) => {
    let budget = budgets.get(socket);
    if (!budget) {
      budget = new Budget();
      budgets.set(socket, budget);
    }
    const verdict = budget.take(Date.now());
    if (verdict === 'ok') return true;
    if (verdict === 'first-over') refuse(socket, event, 'rate', ack, 'RATE_LIMITED');
    else if (typeof ack === 'function') (ack as Ack)({ ok: false, code: 'RATE_LIMITED' });
    return false;
  };

  io.on('connection', (socket: Socket) => {
    socket.on(RoundsPresenceEvents.join, async (payload: unknown, ack?: unknown) => {
      if (!withinBudget(socket, RoundsPresenceEvents.join, ack)) return;
      const parsed = parsePlace(payload);
      if (!parsed.ok) return refuse(socket, RoundsPresenceEvents.join, parsed.reason, ack);
      const { sessionId } = parsed.value;
      const reply: Ack = typeof ack === 'function' ? (ack as Ack) : () => {};
      let access: Awaited<ReturnType<RoundsService['mayJoin']>>;
      try {
        access = await rounds.mayJoin((socket.data as SocketData).viewer, sessionId);
      } catch {
        return reply({ ok: false, code: 'INTERNAL_SERVER_ERROR' });
      }
      if (!access.allowed) return reply({ ok: false, code: access.code });
      const data = socket.data as RoundsSocketData;
      data.rounds = {
        ...data.rounds,
        [sessionId]: {
          itemId: parsed.value.itemId ?? null,
          following: parsed.value.following ?? true,
          handRaised: parsed.value.handRaised ?? false,
          typing: null,
          at: Date.now(),
        },
      };
      await socket.join(roomOf(sessionId));
      watch(sessionId);
      reply({ ok: true });
      await broadcast(sessionId);
    });

    socket.on(RoundsPresenceEvents.state, async (payload: unknown) => {
      if (!withinBudget(socket, RoundsPresenceEvents.state)) return;
      const parsed = parsePlace(payload);
      if (!parsed.ok) return refuse(socket, RoundsPresenceEvents.state, parsed.reason);
      const { sessionId, ...change } = parsed.value;
      const place = placeOf(socket, sessionId);
      if (!place) return refuse(socket, RoundsPresenceEvents.state, 'not joined');
      Object.assign(place, change, { at: Date.now() });
      await broadcast(sessionId);
    });

    socket.on(RoundsPresenceEvents.typing, async (payload: unknown) => {
      if (!withinBudget(socket, RoundsPresenceEvents.typing)) return;
      const parsed = parseTyping(payload);
      if (!parsed.ok) return refuse(socket, RoundsPresenceEvents.typing, parsed.reason);
      const { sessionId, itemId, field } = parsed.value;
      const place = placeOf(socket, sessionId);
      if (!place) return refuse(socket, RoundsPresenceEvents.typing, 'not joined');
      const already =
        place.typing?.itemId === itemId && place.typing.field === field && place.typing.until > Date.now();
      place.typing = { itemId, field, until: Date.now() + TYPING_SHOWS_MS };
      const key = `${socket.id}:${sessionId}`;
      clearTimeout(typingTimers.get(key));
      typingTimers.set(
        key,
        setTimeout(() => {
          typingTimers.delete(key);
          const current = placeOf(socket, sessionId);
          if (current?.typing && current.typing.until <= Date.now()) {
            current.typing = null;
            void broadcast(sessionId);
          }
        }, TYPING_SHOWS_MS + 50),
      );
      // Still typing in the same field: everyone already shows it.
      if (!already) await broadcast(sessionId);
    });

    socket.on(RoundsPresenceEvents.leave, async (payload: unknown) => {
      if (!withinBudget(socket, RoundsPresenceEvents.leave)) return;
      const parsed = parseBase(payload);
      if (!parsed.ok) return refuse(socket, RoundsPresenceEvents.leave, parsed.reason);
      const sessionId = parsed.value.sessionId as string;
      if (!socket.rooms.has(roomOf(sessionId))) return;
      await leave(socket, sessionId);
      unwatchIfEmpty(sessionId);
      await broadcast(sessionId);
    });

    socket.on('disconnecting', () => {
      const sessionIds = [...socket.rooms].map(sessionOf).filter((id): id is string => id !== null);
      for (const sessionId of sessionIds) {
        clearTimeout(typingTimers.get(`${socket.id}:${sessionId}`));
        typingTimers.delete(`${socket.id}:${sessionId}`);
      }
      // After the socket has left its rooms, tell each room who is still there.
      setImmediate(() => {
        for (const sessionId of sessionIds) {
          unwatchIfEmpty(sessionId);
          void broadcast(sessionId);
        }
      });
    });
  });

  /** Every period: sockets whose sign-in ended disconnect; those who may no longer join (or whose session finished) leave. */
  const recheck = async () => {
    const rooms = [...sockets.adapter.rooms]
      .map(([room, ids]) => ({ sessionId: sessionOf(room), ids: [...ids] }))
      .filter((r): r is { sessionId: string; ids: string[] } => r.sessionId !== null);
    for (const { sessionId, ids } of rooms) {
      let removed = false;
      for (const id of ids) {
        const socket = sockets.sockets.get(id);
        if (!socket) continue;
        const viewer = (socket.data as SocketData).viewer;
        if (!(await identity.sessionIsLive(viewer.sessionId))) {
          socket.disconnect(true);
          continue;
        }
        const access = await rounds.mayJoin(viewer, sessionId);
        if (access.allowed) continue;
        await leave(socket, sessionId, access.code === 'BAD_USER_INPUT' ? 'FINISHED' : access.code);
        removed = true;
      }
      if (removed) {
        unwatchIfEmpty(sessionId);
        await broadcast(sessionId);
      }
    }
  };
  let sweeping = false;
  const timer = setInterval(() => {
    if (sweeping) return;
    sweeping = true;
    recheck()
      .catch((error: Error) => logger.warn({ err: error.message }, 'rounds presence re-check failed'))
      .finally(() => {
        sweeping = false;
      });
  }, parts.recheckMs);
  timer.unref();
  return () => {
    clearInterval(timer);
    for (const t of typingTimers.values()) clearTimeout(t);
    typingTimers.clear();
    for (const stop of watched.values()) stop();
    watched.clear();
  };
}
