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

/** A LIKE pattern matching `search` anywhere, with LIKE's wildcards escaped. */
export function containsPattern(search: string | undefined): string | null {
  const trimmed = search?.trim();
  return trimmed ? `%${trimmed.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
}
