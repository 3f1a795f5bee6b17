import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { keepsChanges } from './offline-status.js';
import { indexedDbStore } from './offline-store.js';

const databases = async () => (await indexedDB.databases()).map((d) => d.name);

describe('whether this browser keeps offline changes, asked before the queue is loaded', () => {
  it('says no for a browser that never kept one, and does not create the database by asking', async () => {
    await expect(keepsChanges('never-used')).resolves.toBe(false);
    await expect(databases()).resolves.not.toContain('never-used');
  });

  it('says no once the queue’s store is empty, and yes while it holds a change', async () => {
    const store = indexedDbStore('kept');
    const change = { id: 'c1', seq: 1 } as Parameters<typeof store.put>[0];
    await store.put(change);
    await expect(keepsChanges('kept')).resolves.toBe(true);
    await store.delete('c1');
    await expect(keepsChanges('kept')).resolves.toBe(false);
  });
});
