import type { LiveViewer } from './live-mutation.js';
import type { QueueSummary } from './offline-queue.js';
import { createStore, type Store } from './store.js';

type Viewer = LiveViewer | null;

/** The live layer as the frame uses it. */
export interface LiveLayer {
  signedInAs(user: Viewer): void;
  /** Takes a change the hub did not take out of the queue. */
  dismiss(id: string): Promise<void>;
}

/**
 * The offline queue's summary for the header (changes waiting, changes not taken). It lives here,
 * apart from the queue, so the frame and the first screen download no queue (nor IndexedDB's
 * wrapper) until this browser holds a change or the user makes one.
 */
export const queueSummary: Store<QueueSummary> = createStore<QueueSummary>({ waiting: 0, changes: [] });

let viewer: Viewer = null;
let layer: Promise<LiveLayer> | null = null;

/** The live layer (optimistic edits and the offline queue), loaded once; it follows who is signed in. */
export function liveLayer(): Promise<LiveLayer> {
  layer ??= import('./live-mutation.js').then((loaded) => loaded.liveLayerHandle);
  return layer;
}

/** Called by the live layer as it loads (through `liveLayer` or a screen that edits): it takes the current user. */
export function attachLiveLayer(loaded: LiveLayer): Viewer {
  layer ??= Promise.resolve(loaded);
  return viewer;
}

/**
 * Who is signed in (null when signed out). The queue is loaded now only if this browser keeps
 * changes (made offline before a reload, or in a tab since closed): they are shown and sent.
 */
export function signedInAs(user: Viewer): void {
  viewer = user;
  if (layer) {
    void layer.then((loaded) => loaded.signedInAs(user));
    return;
  }
  if (user) void keepsChanges().then((any) => (any ? liveLayer().then((loaded) => loaded.signedInAs(viewer)) : null));
}

/**
 * Whether the queue's IndexedDB store holds anything, without creating the database (an open that
 * would create it is aborted) and without the queue's code. When it cannot tell, it says yes.
 */
export function keepsChanges(database = 'carehub', store = 'queued-changes'): Promise<boolean> {
  if (typeof indexedDB === 'undefined') return Promise.resolve(false);
  return new Promise((resolve) => {
    const request = indexedDB.open(database);
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => resolve(request.error?.name !== 'AbortError');
    request.onsuccess = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(store)) {
        db.close();
        resolve(false);
        return;
      }
      const count = db.transaction(store, 'readonly').objectStore(store).count();
      count.onsuccess = () => {
        db.close();
        resolve(count.result > 0);
      };
      count.onerror = () => {
        db.close();
        resolve(true);
      };
    };
  });
}
