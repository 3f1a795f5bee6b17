import { randomUUID } from 'node:crypto';
import type { Server, Socket } from 'socket.io';
import { isCoded } from '../../platform/errors.js';
import { isUuid } from '../../platform/ids.js';
import type { Logger } from '../../platform/logging/logger.js';
import type { SocketData } from '../../platform/realtime/socket-io.js';
import type { IdentityService } from '../identity/identity.service.js';
import type { TaskBoardService } from '../task-board/task-board.service.js';

/** socket.io event names of board presence, shared with the web client. */
export const BoardPresenceEvents = {
  join: 'presence:board:join',
  leave: 'presence:board:leave',
  /** `{ boardId, taskId }` while the sender drags that card; `taskId: null` when the drag ends. */
  drag: 'presence:board:drag',
  update: 'presence:board:update',
  /** Sent to a socket taken out of a board's room because its viewer may no longer see the board. */
  removed: 'presence:board:removed',
} as const;

export interface BoardViewer {
  userId: string;
  name: string;
  discipline: string | null;
  /** The card this viewer is dragging now, or null. */
  draggingTaskId: string | null;
}

export interface BoardPresenceUpdate {
  boardId: string;
  viewers: BoardViewer[];
}

export interface BoardPresenceRemoved {
  boardId: string;
  code: string;
}

type Ack = (reply: { ok: true } | { ok: false; code: string }) => void;

export interface BoardPresenceParts {
  taskBoards: TaskBoardService;
  identity: IdentityService;
  logger: Logger;
  recheckMs: number;
}

/** Per socket: the card it drags on each board it is in. Kept in `socket.data`, so other instances see it too. */
type BoardSocketData = SocketData & { dragging?: Record<string, string> };

const roomOf = (boardId: string) => `presence:board:${boardId}`;
const boardOf = (room: string) => (room.startsWith('presence:board:') ? room.slice('presence:board:'.length) : null);

/**
 * Who is looking at a task board and who is dragging which card. A socket joins a board's room
 * only when the policy lets its viewer see the board (the unit's staff; the patient's team for a
 * patient board); the room's list, with each viewer's current drag, goes to the room on every
 * join, leave and drag. Members are re-checked every period (session ended, access ended): those
 * refused leave the room and are told why. Returns the function that stops the re-checks.
 */
export function attachBoardPresence(io: Server, parts: BoardPresenceParts): () => void {
  const { taskBoards, identity, logger } = parts;
  const sockets = io.of('/');

  const broadcast = async (boardId: string) => {
    const inRoom = await io.in(roomOf(boardId)).fetchSockets();
    const viewers = new Map<string, BoardViewer>();
    for (const s of inRoom) {
      const data = s.data as BoardSocketData;
      const viewer = data.viewer;
      if (!viewer) continue;
      const dragging = data.dragging?.[boardId] ?? viewers.get(viewer.userId)?.draggingTaskId ?? null;
      viewers.set(viewer.userId, {
        userId: viewer.userId,
        name: viewer.name,
        discipline: viewer.discipline,
        draggingTaskId: dragging,
      });
    }
    io.to(roomOf(boardId)).emit(BoardPresenceEvents.update, {
      boardId,
      viewers: [...viewers.values()].sort((a, b) => a.name.localeCompare(b.name)),
    } satisfies BoardPresenceUpdate);
  };

  /** The policy's answer for this socket's viewer on the board; shows no patient data, so not audited. */
  const accessOf = async (
    socket: Socket,
    boardId: string,
  ): Promise<{ allowed: true } | { allowed: false; code: string }> => {
    const { viewer, ip } = socket.data as SocketData;
    try {
      await taskBoards.assertMayView({ viewer, requestId: randomUUID(), ip }, boardId);
      return { allowed: true };
    } catch (error) {
      if (isCoded(error)) return { allowed: false, code: String(error.extensions.code) };
      throw error;
    }
  };

  const stopDragging = (socket: Socket, boardId: string) => {
    const data = socket.data as BoardSocketData;
    if (data.dragging) delete data.dragging[boardId];
  };

  const recheckRooms = async () => {
    for (const [room, ids] of [...sockets.adapter.rooms]) {
      const boardId = boardOf(room);
      if (!boardId) continue;
      let removed = false;
      for (const id of [...ids]) {
        const socket = sockets.sockets.get(id);
        if (!socket) continue;
        const viewer = (socket.data as SocketData).viewer;
        if (!(await identity.sessionIsLive(viewer.sessionId))) {
          socket.disconnect(true);
          continue;
        }
        const access = await accessOf(socket, boardId);
        if (access.allowed || !socket.rooms.has(room)) continue;
        await socket.leave(room);
        stopDragging(socket, boardId);
        socket.emit(BoardPresenceEvents.removed, { boardId, code: access.code } satisfies BoardPresenceRemoved);
        removed = true;
      }
      if (removed) await broadcast(boardId);
    }
  };

  io.on('connection', (socket: Socket) => {
    socket.on(BoardPresenceEvents.join, async (payload: { boardId?: unknown }, ack?: Ack) => {
      const reply: Ack = typeof ack === 'function' ? ack : () => {};
      const boardId = typeof payload?.boardId === 'string' ? payload.boardId : '';
      if (!isUuid(boardId)) return reply({ ok: false, code: 'BAD_USER_INPUT' });
      let access: Awaited<ReturnType<typeof accessOf>>;
      try {
        access = await accessOf(socket, boardId);
      } catch {
        return reply({ ok: false, code: 'INTERNAL_SERVER_ERROR' });
      }
      if (!access.allowed) return reply({ ok: false, code: access.code });
      await socket.join(roomOf(boardId));
      reply({ ok: true });
      await broadcast(boardId);
    });
    socket.on(BoardPresenceEvents.drag, async (payload: { boardId?: unknown; taskId?: unknown }, ack?: Ack) => {
      const reply: Ack = typeof ack === 'function' ? ack : () => {};
      const boardId = typeof payload?.boardId === 'string' ? payload.boardId : '';
      const taskId = payload?.taskId;
      if (!socket.rooms.has(roomOf(boardId))) return reply({ ok: false, code: 'FORBIDDEN' });
      if (taskId !== null && (typeof taskId !== 'string' || !isUuid(taskId))) {
        return reply({ ok: false, code: 'BAD_USER_INPUT' });
      }
      const data = socket.data as BoardSocketData;
      if (taskId === null) stopDragging(socket, boardId);
      else data.dragging = { ...data.dragging, [boardId]: taskId };
      reply({ ok: true });
      await broadcast(boardId);
    });
    socket.on(BoardPresenceEvents.leave, async (payload: { boardId?: unknown }) => {
      const boardId = typeof payload?.boardId === 'string' ? payload.boardId : '';
      if (!socket.rooms.has(roomOf(boardId))) return;
      await socket.leave(roomOf(boardId));
      stopDragging(socket, boardId);
      await broadcast(boardId);
    });
    socket.on('disconnecting', () => {
      const boardIds = [...socket.rooms].map(boardOf).filter((id): id is string => id !== null);
      setImmediate(() => {
        for (const boardId of boardIds) void broadcast(boardId).catch(() => undefined);
      });
    });
  });

  let sweeping = false;
  const timer = setInterval(() => {
    if (sweeping) return;
    sweeping = true;
    void recheckRooms()
      .catch((error: Error) => logger.warn({ err: error.message }, 'board presence re-check failed'))
      .finally(() => {
        sweeping = false;
      });
  }, parts.recheckMs);
  timer.unref();
  return () => clearInterval(timer);
}
