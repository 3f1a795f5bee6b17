import { useCallback } from 'react';
import { createStore, useStore } from './store.js';

/**
 * Which item editors are open, and what became of a save the editor no longer waits for. An edit
 * is shown at once and the editor closes; when the hub later answers CONFLICT or refuses, the
 * outcome is filed here under the item's key and its editor opens again with both versions (or
 * the reason), wherever that item is on screen — now, or when the user comes back to it.
 */
export type EditOutcome =
  | {
      kind: 'conflict';
      /** The item as the edit started from. */
      base: Record<string, unknown> & { version: number };
      /** The fields the edit set. */
      patch: Record<string, unknown>;
      /** Their version, now saved. */
      current: Record<string, unknown> & { version: number };
      /** The queued change this came from, dismissed once the user decides. */
      changeId?: string;
    }
  | {
      kind: 'refused';
      base: Record<string, unknown> & { version: number };
      patch: Record<string, unknown>;
      message: string;
      changeId?: string;
    };

interface Sessions {
  open: ReadonlySet<string>;
  outcomes: ReadonlyMap<string, EditOutcome>;
}

export const editSessions = createStore<Sessions>({ open: new Set(), outcomes: new Map() });

/** `Goal:…`: the key of an item's editor. */
export const editKey = (item: Record<string, unknown>) => `${String(item.__typename ?? 'Item')}:${String(item.id)}`;

function setOpen(key: string, open: boolean) {
  editSessions.set((s) => {
    if (s.open.has(key) === open) return s;
    const next = new Set(s.open);
    if (open) next.add(key);
    else next.delete(key);
    return { ...s, open: next };
  });
}

/** Whether the item's editor is open; it opens by itself when a save of that item comes back refused. */
export function useEditSession(key: string): [boolean, (open: boolean) => void] {
  const sessions = useStore(editSessions);
  const set = useCallback((open: boolean) => setOpen(key, open), [key]);
  return [sessions.open.has(key) || sessions.outcomes.has(key), set];
}

/** Files what became of a save and opens the item's editor. */
export function reportOutcome(key: string, outcome: EditOutcome): void {
  editSessions.set((s) => ({ open: new Set(s.open).add(key), outcomes: new Map(s.outcomes).set(key, outcome) }));
}

/** The outcome waiting for an item's editor, if any. */
export function useOutcome(key: string): EditOutcome | undefined {
  return useStore(editSessions).outcomes.get(key);
}

/** The editor has taken the outcome into its own state. */
export function clearOutcome(key: string): void {
  editSessions.set((s) => {
    if (!s.outcomes.has(key)) return s;
    const outcomes = new Map(s.outcomes);
    outcomes.delete(key);
    return { ...s, outcomes };
  });
}

/**
 * The version an editor started from, noted just before it saves: a queued update keeps it, so a
 * conflict found later compares against what the user actually saw, not what the cache holds by then.
 */
const bases = new Map<string, Record<string, unknown> & { version: number }>();
export function noteEditBase(key: string, base: Record<string, unknown> & { version: number }): void {
  bases.set(key, base);
}
export function takeEditBase(key: string): (Record<string, unknown> & { version: number }) | undefined {
  const base = bases.get(key);
  bases.delete(key);
  return base;
}
