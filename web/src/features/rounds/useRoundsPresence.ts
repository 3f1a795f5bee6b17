import { useCallback, useEffect, useRef, useState } from 'react';
import { presenceSocket } from '../presence/usePresence.js';

/** One person in the session, as the hub reports them (api: modules/presence/rounds-presence.ts). */
export interface RoundsParticipant {
  userId: string;
  name: string;
  discipline: string | null;
  itemId: string | null;
  following: boolean;
  handRaised: boolean;
  typing: { itemId: string; field: string } | null;
}

/** Where I am in the session: the patient I look at, whether I follow the pointer, my hand. */
export interface RoundsPlace {
  itemId: string | null;
  following: boolean;
  handRaised: boolean;
}

/** How often a typing indicator is refreshed while someone keeps typing (the hub shows it for 4 s). */
const TYPING_EVERY_MS = 1_500;
const storageKey = (sessionId: string) => `carehub:rounds-place:${sessionId}`;

/** The place this tab had in the session before a reload, or following the pointer. */
function savedPlace(sessionId: string): RoundsPlace {
  try {
    const saved = JSON.parse(sessionStorage.getItem(storageKey(sessionId)) ?? 'null') as Partial<RoundsPlace> | null;
    return {
      itemId: typeof saved?.itemId === 'string' ? saved.itemId : null,
      following: saved?.following !== false,
      handRaised: saved?.handRaised === true,
    };
  } catch {
    return { itemId: null, following: true, handRaised: false };
  }
}

/**
 * Presence in a rounds session: who is here, on which patient, following or browsing, hands and
 * typing. The room is joined again (with this tab's place) whenever the socket reconnects, and
 * the place survives a reload of the tab. `ended` says why the hub took this tab out (FINISHED…).
 */
export function useRoundsPresence(sessionId: string) {
  const [participants, setParticipants] = useState<RoundsParticipant[]>([]);
  const [place, setPlaceState] = useState<RoundsPlace>(() => savedPlace(sessionId));
  const [ended, setEnded] = useState<string | null>(null);
  const current = useRef(place);
  current.current = place;
  const lastTyping = useRef<{ key: string; at: number }>({ key: '', at: 0 });

  useEffect(() => {
    const socket = presenceSocket();
    const onUpdate = (update: { sessionId: string; participants: RoundsParticipant[] }) => {
      if (update.sessionId === sessionId) setParticipants(update.participants);
    };
    const onRemoved = (removed: { sessionId: string; code: string }) => {
      if (removed.sessionId !== sessionId) return;
      setParticipants([]);
      setEnded(removed.code);
    };
    const join = () =>
      socket.emit('rounds:join', { sessionId, ...current.current }, (reply: { ok: boolean; code?: string }) => {
        if (!reply.ok) setEnded(reply.code ?? 'FORBIDDEN');
      });
    socket.on('rounds:presence', onUpdate);
    socket.on('rounds:removed', onRemoved);
    socket.on('connect', join);
    if (socket.connected) join();
    return () => {
      socket.emit('rounds:leave', { sessionId });
      socket.off('rounds:presence', onUpdate);
      socket.off('rounds:removed', onRemoved);
      socket.off('connect', join);
    };
  }, [sessionId]);

  const setPlace = useCallback(
    (change: Partial<RoundsPlace>) => {
      const next = { ...current.current, ...change };
      if (
        next.itemId === current.current.itemId &&
        next.following === current.current.following &&
        next.handRaised === current.current.handRaised
      )
        return;
      current.current = next;
      setPlaceState(next);
      try {
        sessionStorage.setItem(storageKey(sessionId), JSON.stringify(next));
      } catch {
        // Private mode: the place is simply not kept across a reload.
      }
      presenceSocket().emit('rounds:state', { sessionId, ...change });
    },
    [sessionId],
  );

  /** Tells the room I am typing in `field` of a patient; sent at most every 1.5 s per field. */
  const typing = useCallback(
    (itemId: string, field: string) => {
      const key = `${itemId}:${field}`;
      const now = Date.now();
      if (lastTyping.current.key === key && now - lastTyping.current.at < TYPING_EVERY_MS) return;
      lastTyping.current = { key, at: now };
      presenceSocket().emit('rounds:typing', { sessionId, itemId, field });
    },
    [sessionId],
  );

  return { participants, place, setPlace, typing, ended };
}
