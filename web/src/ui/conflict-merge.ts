/**
 * The arithmetic of a conflict: given the version an edit started from, the user's draft and the
 * version someone else saved, which fields each choice sends, and with what values.
 */

export interface FormField {
  key: string;
  label: string;
  type?: 'text' | 'date' | 'datetime' | 'select' | 'textarea';
  options?: { value: string; label: string }[];
  /** Blank is sent as-is (and refused by the server) instead of clearing the field. */
  required?: boolean;
}

export type Values = Record<string, string>;

/** An item's fields as form text ('' for none). */
export const valuesOf = (fields: FormField[], item: Record<string, unknown>): Values =>
  Object.fromEntries(fields.map((f) => [f.key, item[f.key] == null ? '' : String(item[f.key])]));

/** The fields the user changed from the version they started from. */
export const changedFields = (fields: FormField[], base: Values, draft: Values) =>
  fields.filter((f) => draft[f.key] !== base[f.key]);

/** Merge: the user's changed fields, saved on top of their version — their other changes stay. */
export const mergeFields = changedFields;

/** Keep mine: every field where the user's version differs from theirs, including ones only they changed. */
export const keepMineFields = (fields: FormField[], draft: Values, theirs: Values) =>
  fields.filter((f) => draft[f.key] !== theirs[f.key]);

/** What is sent for the chosen fields: a blank optional field clears it (null); a blank required one is sent as is. */
export const patchOf = (only: FormField[], draft: Values): Record<string, string | null> =>
  Object.fromEntries(only.map((f) => [f.key, draft[f.key] === '' && !f.required ? null : (draft[f.key] ?? null)]));

/** Per field: whether they changed it since the user's version, and whether the user did. */
export const conflictRows = (fields: FormField[], base: Values, draft: Values, theirs: Values) =>
  fields.map((f) => ({
    label: f.label,
    theirs: theirs[f.key] ?? '',
    mine: draft[f.key] ?? '',
    theyChanged: theirs[f.key] !== base[f.key],
    youChanged: draft[f.key] !== base[f.key],
  }));
