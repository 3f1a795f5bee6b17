import type { FailureKind } from './errors.js';
import type { Placement } from './placement.js';
import { createStore } from './store.js';

/**
 * The offline queue: every care-plan and record edit is written here first (IndexedDB, so it
 * survives a reload), shown at once through an optimistic cache layer, and sent in order, one at a
 * time, whenever the hub can be reached. Linear's sync engine is the model.
 *
 * Guarantees:
 * - order: changes are sent in the order they were made; a change waits for the ones before it;
 * - nothing twice: one sender at a time across tabs (a Web Lock), creates carry their
 *   clientMutationId (the hub returns the first result again) and an update whose answer was lost
 *   is recognised when the hub reports it as already applied;
 * - nothing lost: a change leaves the queue only when the hub accepted it, or when the user has
 *   seen why it was refused (conflict or failure) and dismissed it;
 * - no stall, no loop: a refused change is set aside with its reason and the next one goes; a hub
 *   that fails (HTTP 5xx) is retried a few times with a growing pause, then the change is set aside.
 */

export type ChangeStatus = 'waiting' | 'sending' | 'conflict' | 'failed';

/** Copies `fields` of the mutation's answer onto the cached item `typename:id`. */
export interface Mirror {
  typename: string;
  id: string;
  fields: string[];
}

export interface QueuedChange {
  /** Also the id of the change's optimistic cache layer. */
  id: string;
  /** Order of making. */
  seq: number;
  /** Whose change it is: sent only while that user is signed in. */
  userId: string;
  operation: string;
  /** The mutation's document, as JSON. */
  document: string;
  variables: Record<string, unknown>;
  /** The mutation's root field, under which the hub's answer comes. */
  resultField: string;
  /** The answer the hub is expected to give, shown until it does (null: nothing to show). */
  optimistic: Record<string, unknown> | null;
  placement: Placement | null;
  /**
   * Fields of the answer that belong to another cached item (an answer that names the item it
   * changed without being it, e.g. `setFamilySharing`). Absent in changes kept before it existed.
   */
  mirror?: Mirror | null;
  /** The item the change is about (for a create, its temporary id until the hub gives the real one). */
  entity: { typename: string; id: string };
  /** For people: which change, e.g. `Goal “Walk 50 m”: target date`. */
  label: string;
  /** Where the change was made (the page's address), to go back to it from the header. */
  returnTo: string;
  /** The item as the edit started from (an update's conflict view compares against it). */
  base: Record<string, unknown> | null;
  status: ChangeStatus;
  /** Attempts that reached a failing hub (5xx). Unreachable attempts do not count. */
  attempts: number;
  error: { code: string; message: string } | null;
  /** Their version, when the hub answered CONFLICT. */
  current: Record<string, unknown> | null;
  createdAt: string;
}

/** What a caller gives; the queue adds the rest. */
export type NewChange = Omit<QueuedChange, 'id' | 'seq' | 'status' | 'attempts' | 'error' | 'current' | 'createdAt'>;

export type SendResult =
  | { ok: true; data: Record<string, unknown> }
  | {
      ok: false;
      kind: FailureKind;
      error: { code: string; message: string };
      current?: Record<string, unknown> | null;
    };

/** Where changes are kept between page loads. */
export interface QueueStore {
  all(): Promise<QueuedChange[]>;
  put(change: QueuedChange): Promise<void>;
  delete(id: string): Promise<void>;
}

export interface QueueParts {
  store: QueueStore;
  /** Sends one change to the hub and writes the hub's answer into the cache. */
  send(change: QueuedChange): Promise<SendResult>;
  /** Shows a change's optimistic result (again, replacing an earlier layer of the same id). */
  show(change: QueuedChange): void;
  /** Removes a change's optimistic result. */
  hide(id: string): void;
  /** The signed-in user, or null. */
  userId(): string | null;
  /** A change the hub refused or could not take: tell the user which and why. */
  onSetAside(change: QueuedChange): void;
  /** Runs `work` while no other tab sends (Web Locks); defaults to running it at once. */
  exclusive?(work: () => Promise<void>): Promise<void>;
  /** Arranges a later retry; returns a cancel function. */
  later?(run: () => void, ms: number): () => void;
  /** Attempts against a failing hub before a change is set aside. */
  maxServerAttempts?: number;
  newId?(): string;
}

export interface QueueSummary {
  /** Changes not yet accepted by the hub (waiting or being sent). */
  waiting: number;
  /** Every change still in the queue, in order, for the header's list. */
  changes: QueuedChange[];
}

const PENDING = 'pending-';
/** The temporary id of an item created with `clientMutationId` until the hub answers. */
export const pendingId = (clientMutationId: string) => `${PENDING}${clientMutationId}`;
const PENDING_PATTERN = /pending-[0-9a-zA-Z-]{8,100}/g;

const RETRY_MS = [1_000, 3_000, 10_000, 30_000];
const retryDelay = (n: number) => RETRY_MS[Math.min(n, RETRY_MS.length - 1)] ?? 30_000;

const defaultLater = (run: () => void, ms: number) => {
  const timer = setTimeout(run, ms);
  return () => clearTimeout(timer);
};

export class OfflineQueue {
  readonly summary = createStore<QueueSummary>({ waiting: 0, changes: [] });
  private changes: QueuedChange[] = [];
  private flushing: Promise<void> | null = null;
  private again = false;
  private retry: (() => void) | null = null;
  private unreachableRetries = 0;
  private persisting: Promise<unknown> = Promise.resolve();
  /**
   * Changes known to be in the store. One missing from the store but in here was sent by another
   * tab; one never stored (just made, or no IndexedDB) stays in memory and is still sent.
   */
  private readonly stored = new Set<string>();
  /** A retry is scheduled: calls that arrive during the pass do not send again before it. */
  private paused = false;

  constructor(private readonly parts: QueueParts) {}

  /** Reads what an earlier page (or session) left, shows the signed-in user's part of it, and sends it. */
  async load(): Promise<void> {
    await this.syncFromStore();
    this.reshow();
    void this.flush();
  }

  /** Adds a change and shows it at once (synchronously); resolves once it is stored. */
  add(draft: NewChange): Promise<QueuedChange> {
    const change: QueuedChange = {
      ...draft,
      id: this.parts.newId?.() ?? crypto.randomUUID(),
      seq: Math.max(Date.now(), (this.changes.at(-1)?.seq ?? 0) + 1),
      status: 'waiting',
      attempts: 0,
      error: null,
      current: null,
      createdAt: new Date().toISOString(),
    };
    this.changes.push(change);
    this.parts.show(change);
    this.publish();
    const stored = this.persist(change).then(() => change);
    void stored.then(() => this.flush());
    return stored;
  }

  /** Takes a conflicted or failed change out of the queue once the user has dealt with it. */
  async dismiss(id: string): Promise<void> {
    const change = this.changes.find((c) => c.id === id);
    if (!change || change.status === 'waiting' || change.status === 'sending') return;
    this.changes = this.changes.filter((c) => c.id !== id);
    this.publish();
    await this.remove(id);
  }

  /** Sends what waits, in order; a call while sending makes the running pass look again. */
  flush(): Promise<void> {
    if (this.flushing) {
      this.again = true;
      return this.flushing;
    }
    this.retry?.();
    this.retry = null;
    this.paused = false;
    const exclusive = this.parts.exclusive ?? ((work) => work());
    this.flushing = exclusive(async () => {
      do {
        this.again = false;
        await this.syncFromStore();
        await this.sendAll();
      } while (this.again && !this.paused);
    }).finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  /** Shows every queued change again, in order, over what the cache now holds (after a fresh read). */
  reshow(): void {
    const open = this.changes.filter((c) => c.status === 'waiting' || c.status === 'sending');
    for (const change of [...open].reverse()) this.parts.hide(change.id);
    for (const change of open) if (this.isMine(change)) this.parts.show(change);
  }

  /** Only the signed-in user's own waiting changes are shown (a shared workstation shows no one else's). */
  private isMine(change: QueuedChange): boolean {
    return change.userId === this.parts.userId();
  }

  /** Whether anything waits to be sent (so the cache's optimistic layers matter). */
  get hasOpenChanges(): boolean {
    return this.changes.some((c) => c.status === 'waiting' || c.status === 'sending');
  }

  private async sendAll(): Promise<void> {
    for (;;) {
      const user = this.parts.userId();
      if (!user) return;
      const next = this.changes.find((c) => c.userId === user && (c.status === 'waiting' || c.status === 'sending'));
      if (!next) return;
      const blocked = this.blockedBy(next);
      if (blocked) {
        await this.setAside(next, 'failed', { code: 'NOT_SENT', message: blocked }, null);
        continue;
      }
      next.status = 'sending';
      await this.persist(next);
      const result = await this.parts.send(next);
      if (result.ok) {
        this.unreachableRetries = 0;
        await this.accepted(next, result.data);
        continue;
      }
      switch (result.kind) {
        case 'unreachable':
        case 'signed-out':
          // Not the change's fault: it waits, in place, for the hub or the next sign-in.
          next.status = 'waiting';
          await this.persist(next);
          if (result.kind === 'unreachable') this.retryIn(retryDelay(this.unreachableRetries++));
          return;
        case 'server':
          next.attempts += 1;
          if (next.attempts >= (this.parts.maxServerAttempts ?? 3)) {
            await this.setAside(next, 'failed', result.error, null);
            continue;
          }
          next.status = 'waiting';
          next.error = result.error;
          await this.persist(next);
          this.publish();
          this.retryIn(retryDelay(next.attempts - 1));
          return;
        case 'conflict':
          if (result.current && alreadyApplied(next, result.current)) {
            await this.accepted(next, { [rootField(next)]: result.current });
            continue;
          }
          await this.setAside(next, 'conflict', result.error, result.current ?? null);
          continue;
        case 'refused':
          await this.setAside(next, 'failed', result.error, null);
          continue;
      }
    }
  }

  /** Why a change cannot be sent now that an earlier one was set aside, or null. */
  private blockedBy(change: QueuedChange): string | null {
    const before = this.changes.filter((c) => c.seq < change.seq && c.userId === change.userId);
    const key = entityKey(change.entity);
    const earlier = before.find(
      (c) => (c.status === 'conflict' || c.status === 'failed') && entityKey(c.entity) === key,
    );
    // Its expectedVersion counted on the earlier change: sending it could overwrite someone else's.
    if (earlier) return `Not sent: an earlier change to this item (${earlier.label}) was not saved.`;
    for (const temp of JSON.stringify(change.variables).match(PENDING_PATTERN) ?? []) {
      const parent = before.find((c) => c.entity.id === temp && (c.status === 'waiting' || c.status === 'sending'));
      if (!parent) return 'Not sent: the item it belongs to was not saved.';
    }
    return null;
  }

  private async accepted(change: QueuedChange, data: Record<string, unknown>): Promise<void> {
    this.changes = this.changes.filter((c) => c.id !== change.id);
    this.parts.hide(change.id);
    const created = (data[rootField(change)] as { id?: unknown } | undefined)?.id;
    if (change.entity.id.startsWith(PENDING) && typeof created === 'string') {
      await this.replaceId(change.entity.id, created);
    }
    this.publish();
    await this.remove(change.id);
  }

  /** Later changes that named a created item by its temporary id now name it by the hub's id. */
  private async replaceId(temp: string, real: string): Promise<void> {
    for (const [index, change] of this.changes.entries()) {
      const text = JSON.stringify(change);
      if (!text.includes(temp)) continue;
      const updated = JSON.parse(text.replaceAll(temp, real)) as QueuedChange;
      this.changes[index] = updated;
      if (updated.status === 'waiting' || updated.status === 'sending') {
        this.parts.hide(updated.id);
        this.parts.show(updated);
      }
      await this.persist(updated);
    }
  }

  private async setAside(
    change: QueuedChange,
    status: 'conflict' | 'failed',
    error: { code: string; message: string },
    current: Record<string, unknown> | null,
  ): Promise<void> {
    change.status = status;
    change.error = error;
    change.current = current;
    this.parts.hide(change.id);
    await this.persist(change);
    this.publish();
    this.parts.onSetAside(change);
  }

  private retryIn(ms: number): void {
    this.paused = true;
    this.retry?.();
    this.retry = (this.parts.later ?? defaultLater)(() => {
      this.retry = null;
      void this.flush();
    }, ms);
  }

  /** Takes in changes another tab stored, and drops the ones another tab already sent. */
  private async syncFromStore(): Promise<void> {
    await this.persisting;
    let stored: QueuedChange[];
    try {
      stored = await this.parts.store.all();
    } catch {
      return; // Storage unavailable: the in-memory list stands.
    }
    const known = new Map(this.changes.map((c) => [c.id, c]));
    const inStore = new Set(stored.map((c) => c.id));
    const kept = this.changes.filter((c) => !inStore.has(c.id) && !this.stored.has(c.id));
    for (const change of this.changes) {
      if (!inStore.has(change.id) && this.stored.has(change.id)) {
        this.parts.hide(change.id);
        this.stored.delete(change.id);
      }
    }
    for (const id of inStore) this.stored.add(id);
    this.changes = [...stored, ...kept]
      .map((c) => known.get(c.id) ?? c)
      .sort((a, b) => a.seq - b.seq)
      .map((c) => {
        if (!known.has(c.id) && (c.status === 'waiting' || c.status === 'sending') && this.isMine(c))
          this.parts.show(c);
        return c;
      });
    this.publish();
  }

  private persist(change: QueuedChange): Promise<void> {
    const snapshot = structuredClone(change);
    const write = this.persisting.then(() => this.parts.store.put(snapshot));
    this.persisting = write.catch(() => undefined);
    return write.then(
      () => {
        this.stored.add(change.id);
      },
      () => {
        // Kept in memory: it is still sent, but would not survive a reload.
      },
    );
  }

  private remove(id: string): Promise<void> {
    this.stored.delete(id);
    const write = this.persisting.then(() => this.parts.store.delete(id));
    this.persisting = write.catch(() => undefined);
    return write.catch(() => undefined);
  }

  private publish(): void {
    const mine = this.changes.filter((c) => this.isMine(c));
    this.summary.set({
      waiting: mine.filter((c) => c.status === 'waiting' || c.status === 'sending').length,
      changes: mine,
    });
  }
}

const entityKey = (entity: { typename: string; id: string }) => `${entity.typename}:${entity.id}`;

const rootField = (change: QueuedChange) => change.resultField;

/**
 * Whether the hub's current item already carries this update: the version right after the one it
 * expected, and every field it set. Only an update whose answer was lost comes back this way.
 */
export function alreadyApplied(change: QueuedChange, current: Record<string, unknown>): boolean {
  const input = change.variables.input as Record<string, unknown> | undefined;
  if (!input || typeof input.expectedVersion !== 'number') return false;
  if (current.version !== input.expectedVersion + 1) return false;
  const { id: _id, expectedVersion: _v, clientMutationId: _c, ...patch } = input;
  if (Object.keys(patch).length === 0) return false;
  return Object.entries(patch).every(
    ([field, value]) => field in current && (current[field] ?? null) === (value ?? null),
  );
}
