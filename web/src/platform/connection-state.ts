import { createStore, useStore } from './store.js';

/**
 * Whether CareHub can be reached: `online`, `reconnecting` (the network is there but the hub did not
 * answer, or the live socket is retrying) or `offline` (the browser has no network).
 */
export type ConnectionState = 'online' | 'reconnecting' | 'offline';

export const connection = createStore<ConnectionState>(
  typeof navigator !== 'undefined' && navigator.onLine === false ? 'offline' : 'online',
);

const reachable = new Set<() => void>();

/** A request reached the hub (any answer, even a refusal). */
export function reportReachable(): void {
  const was = connection.get();
  connection.set('online');
  if (was !== 'online') for (const listener of [...reachable]) listener();
}

/** A request did not reach the hub. */
export function reportUnreachable(): void {
  connection.set(typeof navigator !== 'undefined' && navigator.onLine === false ? 'offline' : 'reconnecting');
}

/** Called each time the hub becomes reachable again (for the offline queue to send what waits). */
export function whenReachable(listener: () => void): () => void {
  reachable.add(listener);
  return () => reachable.delete(listener);
}

if (typeof window !== 'undefined') {
  window.addEventListener('offline', () => connection.set('offline'));
  // The network is back; whether the hub answers is known after the next request.
  window.addEventListener('online', () => {
    connection.set('reconnecting');
    for (const listener of [...reachable]) listener();
  });
}

export const useConnectionState = () => useStore(connection);
