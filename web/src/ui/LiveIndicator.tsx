import { Badge } from '@mantine/core';

/**
 * Whether live updates are flowing. A polite live region: a screen reader hears "Reconnecting…"
 * when the connection drops and "Live" when it is back, without losing its place.
 */
export function LiveIndicator({ state }: { state: string }) {
  const live = state === 'live';
  return (
    <Badge variant="dot" color={live ? 'ok' : 'warn'} role="status" aria-live="polite" tt="none">
      {live ? 'Live' : state === 'closed' ? 'Not live' : 'Reconnecting…'}
    </Badge>
  );
}
