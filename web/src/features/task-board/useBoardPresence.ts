import { useCallback, useEffect, useMemo, useState } from 'react';
import { presenceSocket } from '../presence/usePresence.js';

/** One person with the board open, and the card they are dragging (if any). */
export interface BoardViewer {
  userId: string;
  name: string;
  discipline: string | null;
  draggingTaskId: string | null;
}

export interface BoardPresence {
  viewers: BoardViewer[];
  /** The name of whoever else is dragging `taskId` now, or null. */
  draggedBy(taskId: string): string | null;
  /** Tells the others which card the viewer picked up (null: put down). */
  dragging(taskId: string | null): void;
}

/** Socket events of board presence, as api/src/modules/presence/board-presence.ts names them. */
export const BoardPresenceEvents = {
  join: 'presence:board:join',
  leave: 'presence:board:leave',
  drag: 'presence:board:drag',
  update: 'presence:board:update',
  removed: 'presence:board:removed',
} as const;

/**
 * Who has this board open, on any instance, and which card each is dragging — over the same
 * socket.io connection as patient presence. Rooms do not survive a reconnect, so it joins again
 * on every connect; a card being dragged when the socket drops is let go by the hub.
 */
export function useBoardPresence(boardId: string, viewerId: string): BoardPresence {
  const [viewers, setViewers] = useState<BoardViewer[]>([]);
  useEffect(() => {
    const socket = presenceSocket();
    const onUpdate = (update: { boardId: string; viewers: BoardViewer[] }) => {
      if (update.boardId === boardId) setViewers(update.viewers);
    };
    const onRemoved = (removed: { boardId: string }) => {
      if (removed.boardId === boardId) setViewers([]);
    };
    const join = () => socket.emit(BoardPresenceEvents.join, { boardId });
    socket.on(BoardPresenceEvents.update, onUpdate);
    socket.on(BoardPresenceEvents.removed, onRemoved);
    socket.on('connect', join);
    if (socket.connected) join();
    return () => {
      socket.emit(BoardPresenceEvents.leave, { boardId });
      socket.off(BoardPresenceEvents.update, onUpdate);
      socket.off(BoardPresenceEvents.removed, onRemoved);
      socket.off('connect', join);
    };
  }, [boardId]);
  const dragging = useCallback(
    (taskId: string | null) => presenceSocket().emit(BoardPresenceEvents.drag, { boardId, taskId }),
    [boardId],
  );
  // The viewer's own drag (in this tab or another) is not marked: they know.
  const draggers = useMemo(
    () => new Map(viewers.filter((v) => v.draggingTaskId && v.userId !== viewerId).map((v) => [v.draggingTaskId, v])),
    [viewers, viewerId],
  );
  const draggedBy = useCallback((taskId: string) => draggers.get(taskId)?.name ?? null, [draggers]);
  return { viewers, draggedBy, dragging };
}
