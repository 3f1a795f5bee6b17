import { openDB } from 'idb';
import type { QueuedChange, QueueStore } from './offline-queue.js';

const CHANGES = 'queued-changes';

/** The offline queue's IndexedDB store: one row per change, kept until the hub has it. */
export function indexedDbStore(database = 'carehub'): QueueStore {
  let db: ReturnType<typeof openDB> | null = null;
  // Opened on first use, so a browser without IndexedDB fails a write (kept in memory), not the page.
  const open = () => {
    db ??= openDB(database, 1, {
      upgrade(upgrading) {
        upgrading.createObjectStore(CHANGES, { keyPath: 'id' });
      },
    });
    return db;
  };
  return {
    async all() {
      const rows = (await (await open()).getAll(CHANGES)) as QueuedChange[];
      return rows.sort((a, b) => a.seq - b.seq);
    },
    async put(change) {
      await (await open()).put(CHANGES, change);
    },
    async delete(id) {
      await (await open()).delete(CHANGES, id);
    },
  };
}
