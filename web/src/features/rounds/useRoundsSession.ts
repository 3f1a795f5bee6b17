import { useQuery } from '@apollo/client/react';
import { RoundsSessionDocument, type RoundsSessionQuery } from '@carehub/schema/graphql';
import { useEffect, useMemo, useState } from 'react';
import { useRoundsLive } from './rounds.live.js';
import { clockOffset } from './rounds-clock.js';

export type RoundsSessionData = NonNullable<RoundsSessionQuery['roundsSession']>;
export type AgendaItem = NonNullable<RoundsSessionData['agenda']>[number];

/** The server's clock now, read from this device's clock and the offset; ticks every second. */
function useServerNow(offset: number): number {
  const [now, setNow] = useState(() => Date.now() + offset);
  useEffect(() => {
    setNow(Date.now() + offset);
    const timer = setInterval(() => setNow(Date.now() + offset), 1_000);
    return () => clearInterval(timer);
  }, [offset]);
  return now;
}

/**
 * A rounds session as every screen in the room sees it: read once (with the stream position and
 * the server's clock), then kept live from the session's events; `serverNow` ticks on the
 * server's clock, so timers agree across screens.
 */
export function useRoundsSession(sessionId: string) {
  const { data, loading, error, refetch } = useQuery(RoundsSessionDocument, { variables: { id: sessionId } });
  const session = data?.roundsSession ?? null;
  const serverTime = session?.serverTime;
  const offset = useMemo(() => (serverTime ? clockOffset(serverTime, Date.now()) : 0), [serverTime]);
  const serverNow = useServerNow(offset);
  const live = useRoundsLive(sessionId, data ? (session?.lastEventId ?? null) : undefined, () => void refetch());
  const agenda = session?.agenda ?? [];
  return { session, agenda, loading, error, live, serverNow };
}
