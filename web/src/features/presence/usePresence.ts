import { useEffect, useState } from 'react';
import { io, type Socket } from 'socket.io-client';

export interface PresentViewer {
  userId: string;
  name: string;
  discipline: string | null;
}

let socket: Socket | null = null;

/** One socket.io connection per signed-in page (patient rooms and rounds share it); it carries the session cookie. */
export function presenceSocket(): Socket {
  socket ??= io({ path: '/socket.io', transports: ['websocket'], withCredentials: true });
  return socket;
}

/** Closes the presence socket (on sign-out), so the next session opens its own. */
export function closePresence(): void {
  socket?.disconnect();
  socket = null;
}

/** Who has this patient open right now, on any instance; you are in the list too. */
export function usePresence(patientId: string): PresentViewer[] {
  const [viewers, setViewers] = useState<PresentViewer[]>([]);
  useEffect(() => {
    const s = presenceSocket();
    const onUpdate = (update: { patientId: string; viewers: PresentViewer[] }) => {
      if (update.patientId === patientId) setViewers(update.viewers);
    };
    // Taken out of the room because access to the patient ended: nobody is shown any more.
    const onRemoved = (removed: { patientId: string }) => {
      if (removed.patientId === patientId) setViewers([]);
    };
    const join = () => s.emit('presence:join', { patientId });
    s.on('presence:update', onUpdate);
    s.on('presence:removed', onRemoved);
    // Rooms do not survive a reconnect: join again whenever the socket (re)connects.
    s.on('connect', join);
    if (s.connected) join();
    return () => {
      s.emit('presence:leave', { patientId });
      s.off('presence:update', onUpdate);
      s.off('presence:removed', onRemoved);
      s.off('connect', join);
    };
  }, [patientId]);
  return viewers;
}
