import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';
import { badInput } from '../../platform/errors.js';

/** Something kept in order by a fractional key, ties broken by id. */
export interface Keyed {
  id: string;
  position: string;
}

/**
 * The board's one order: by position, then by id. Compared by code unit in JavaScript, not by the
 * database's collation (PostgreSQL's en_US collation sorts `a` before `B`, fractional keys need
 * byte order), so every reader — SQLite, PostgreSQL, an event replay — agrees.
 */
export function compareKeyed(a: Keyed, b: Keyed): number {
  if (a.position !== b.position) return a.position < b.position ? -1 : 1;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return 0;
}

/**
 * The key that puts an item right after sibling `afterId` (first when null). `siblings` are in
 * board order and leave out the item being moved. Two concurrent moves into one gap may have left
 * equal keys; no key lies strictly between equal keys, so the item then goes after that whole run
 * of equal keys (next to where it was asked to go, and never failing).
 */
export function keyAfter(siblings: readonly Keyed[], afterId: string | null | undefined, field = 'afterId'): string {
  let index = 0;
  if (afterId) {
    index = siblings.findIndex((s) => s.id === afterId) + 1;
    if (index === 0) throw badInput(`${field} must be another card in the target column.`, field);
  }
  const low = siblings[index - 1]?.position ?? null;
  let next = index;
  while (low !== null && next < siblings.length && (siblings[next]?.position ?? '') <= low) next++;
  return generateKeyBetween(low, siblings[next]?.position ?? null);
}

/** `count` keys after the last of `siblings` (in board order), for items added at the end. */
export function keysAtEnd(siblings: readonly Keyed[], count: number): string[] {
  const last = siblings.reduce<string | null>((max, s) => (max === null || s.position > max ? s.position : max), null);
  return generateNKeysBetween(last, null, count);
}
