import { raw } from '@mikro-orm/core';
import { badInput } from './errors.js';

/** Trims a required text input; blank is BAD_USER_INPUT naming the field. */
export function requireText(value: string, field: string): string {
  const trimmed = value.trim();
  if (!trimmed) throw badInput(`${field} must not be blank.`, field);
  return trimmed;
}

/** Trims an optional text input; blank becomes null (cleared). */
export function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** A LIKE pattern matching `search` anywhere, with LIKE's wildcards escaped (by a backslash). */
export function containsPattern(search: string | undefined): string | null {
  const trimmed = search?.trim();
  return trimmed ? `%${trimmed.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
}

/**
 * A query condition: any of `columns` contains `search`, ignoring case, with the same answer on
 * SQLite and PostgreSQL (PostgreSQL's LIKE is case-sensitive, SQLite's is not and has no default
 * escape character). Null when there is nothing to search for.
 */
export function containsIgnoringCase(columns: string[], search: string | undefined): { $or: object[] } | null {
  const pattern = containsPattern(search?.toLowerCase());
  if (!pattern) return null;
  return {
    $or: columns.map((column) => ({
      [raw((alias) => `lower(${alias}.${column}) like ? escape '\\'`, [pattern])]: [],
    })),
  };
}
