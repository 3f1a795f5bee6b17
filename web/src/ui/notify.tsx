import { lazy, Suspense, useSyncExternalStore } from 'react';

let requested = false;
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/**
 * A short confirmation in the corner ("Ada Browser admitted"). Mantine's notifications (and
 * their transitions) load with the first one, not with every first screen.
 */
export function notify(message: string, color: 'ok' | 'danger' | 'brand' = 'ok'): void {
  if (!requested) {
    requested = true;
    for (const listener of listeners) listener();
  }
  void import('@mantine/notifications').then(({ notifications }) => notifications.show({ message, color }));
}

const Notifications = lazy(() => import('@mantine/notifications').then((m) => ({ default: m.Notifications })));

/** Where notifications appear; mounted once something has been notified. */
export function NotificationsHost() {
  const shown = useSyncExternalStore(subscribe, () => requested);
  return shown ? (
    <Suspense fallback={null}>
      <Notifications position="bottom-right" />
    </Suspense>
  ) : null;
}
