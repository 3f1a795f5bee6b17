/**
 * The rounds timer runs on the server's clock, so every screen in the room shows the same time:
 * the session says when the pointer reached the current patient (`currentSince`, server time) and
 * each answer carries `serverTime`; a screen keeps the difference to its own clock and adds it.
 */

/** Milliseconds to add to this device's clock to read the server's. */
export function clockOffset(serverTime: string, receivedAt: number): number {
  const server = Date.parse(serverTime);
  return Number.isNaN(server) ? 0 : server - receivedAt;
}

/** Whole seconds spent on an agenda item: what was spent before, plus the running part while it is current. */
export function secondsOnItem(
  item: { id: string; spentSeconds: number },
  session: { currentItemId?: string | null; currentSince?: string | null },
  serverNow: number,
): number {
  if (session.currentItemId !== item.id || !session.currentSince) return item.spentSeconds;
  const since = Date.parse(session.currentSince);
  return item.spentSeconds + Math.max(0, Math.floor((serverNow - since) / 1000));
}

/** `m:ss`, e.g. 2:05; past an hour `h:mm:ss`. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}
