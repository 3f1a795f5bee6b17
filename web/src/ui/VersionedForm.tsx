import { NativeSelect, Paper, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { clearOutcome, editKey, noteEditBase, reportOutcome, useOutcome } from '../platform/edit-sessions.js';
import { apiError } from '../platform/errors.js';
import { offlineQueue } from '../platform/live-mutation.js';
import { ConflictPanel } from './ConflictPanel.js';
import {
  changedFields,
  conflictRows,
  type FormField,
  keepMineFields,
  mergeFields,
  patchOf,
  type Values,
  valuesOf,
} from './conflict-merge.js';
import { DateField, DateTimeField } from './DateField.js';
import { ErrorBanner } from './ErrorBanner.js';
import { FormActions } from './FormActions.js';

export type { FormField };

/**
 * Edits an item from the version on screen and sends only the fields you changed, with that
 * version. If someone else saved first the server answers CONFLICT with their version; the form
 * then shows both and lets you merge (your changed fields on theirs), keep yours as shown, or take theirs. It never
 * overwrites silently. Used by every editor of a versioned item.
 */
export function VersionedForm({
  label,
  fields,
  item,
  onSave,
  onDone,
  submitLabel = 'Save',
}: {
  label: string;
  fields: FormField[];
  item: Record<string, unknown> & { version: number };
  onSave: (patch: Record<string, string | null>, expectedVersion: number) => Promise<unknown>;
  onDone: () => void;
  submitLabel?: string;
}) {
  const key = editKey(item);
  const outcome = useOutcome(key);
  const [base, setBase] = useState({ version: item.version, values: valuesOf(fields, item) });
  const [draft, setDraft] = useState(base.values);
  const [theirs, setTheirs] = useState<{ version: number; values: Values } | null>(null);
  const [error, setError] = useState<ReturnType<typeof apiError>>(null);
  /** The queued change this form is settling (a save that came back refused). */
  const [refusedChange, setRefusedChange] = useState<string | undefined>();
  const changed = changedFields(fields, base.values, draft);

  // A save the form no longer waited for came back refused: show it here, with the user's draft.
  useEffect(() => {
    if (!outcome) return;
    clearOutcome(key);
    const start = { version: outcome.base.version, values: valuesOf(fields, outcome.base) };
    setBase(start);
    setDraft({ ...start.values, ...valuesOf(fields, { ...outcome.base, ...outcome.patch }) });
    if (outcome.kind === 'conflict') {
      setTheirs({ version: outcome.current.version, values: valuesOf(fields, outcome.current) });
      setError(null);
    } else {
      setTheirs(null);
      setError({ code: 'REFUSED', message: outcome.message, extensions: {} });
    }
    setRefusedChange(outcome.changeId);
  }, [outcome, key, fields]);

  /** The refused change is dealt with: it leaves the queue. */
  function settle() {
    if (refusedChange) void offlineQueue.dismiss(refusedChange);
    setRefusedChange(undefined);
  }

  /**
   * Saves the given fields (by default, those you changed) against `from`'s version. The change
   * shows at once and the form closes; if the hub refuses it, the form opens again with the
   * reason or both versions (platform/edit-sessions.ts).
   */
  function save(from: { version: number; values: Values }, only: FormField[] = changed) {
    settle();
    if (only.length === 0) return onDone();
    const patch = patchOf(only, draft);
    const started = { ...from.values, version: from.version };
    noteEditBase(key, started);
    setError(null);
    onSave(patch, from.version).catch((failure) => {
      const problem = apiError(failure);
      const current = problem?.extensions.current as (Record<string, unknown> & { version: number }) | undefined;
      reportOutcome(
        key,
        problem?.code === 'CONFLICT' && current
          ? { kind: 'conflict', base: started, patch, current }
          : { kind: 'refused', base: started, patch, message: problem?.message ?? 'Not saved.' },
      );
    });
    onDone();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    save(base);
  }

  const set = (key: string) => (value: string) => setDraft({ ...draft, [key]: value });
  return (
    <Paper
      component="form"
      onSubmit={submit}
      aria-label={label}
      withBorder={!!theirs}
      shadow="none"
      p={theirs ? 'md' : 0}
      bd={theirs ? '2px solid var(--mantine-color-warn-6)' : undefined}
      bg="transparent"
    >
      <Stack>
        {theirs ? (
          <ConflictPanel
            who="Someone else"
            busy={false}
            rows={conflictRows(fields, base.values, draft, theirs.values)}
            onMerge={() => {
              setBase(theirs);
              setTheirs(null);
              save(theirs, mergeFields(fields, base.values, draft));
            }}
            onKeepMine={() => {
              setBase(theirs);
              setTheirs(null);
              save(theirs, keepMineFields(fields, draft, theirs.values));
            }}
            onTakeTheirs={() => {
              setBase(theirs);
              setDraft(theirs.values);
              setTheirs(null);
              settle();
              onDone();
            }}
          />
        ) : (
          <ErrorBanner error={error} />
        )}
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }}>
          {fields.map((f) =>
            f.type === 'select' ? (
              <NativeSelect
                key={f.key}
                label={f.label}
                value={draft[f.key]}
                data={f.options ?? []}
                onChange={(e) => set(f.key)(e.currentTarget.value)}
              />
            ) : f.type === 'date' ? (
              <DateField
                key={f.key}
                label={f.label}
                required={f.required}
                value={draft[f.key] ?? ''}
                onChange={set(f.key)}
              />
            ) : f.type === 'datetime' ? (
              <DateTimeField key={f.key} label={f.label} value={draft[f.key] ?? ''} onChange={set(f.key)} />
            ) : f.type === 'textarea' ? (
              <Textarea
                key={f.key}
                label={f.label}
                autosize
                minRows={2}
                value={draft[f.key]}
                onChange={(e) => set(f.key)(e.currentTarget.value)}
              />
            ) : (
              <TextInput
                key={f.key}
                label={f.label}
                value={draft[f.key]}
                onChange={(e) => set(f.key)(e.currentTarget.value)}
              />
            ),
          )}
        </SimpleGrid>
        {theirs ? null : (
          <FormActions
            submit={submitLabel}
            busy={false}
            onCancel={() => {
              settle();
              onDone();
            }}
          />
        )}
      </Stack>
    </Paper>
  );
}

/** Options for a select from enum values, labelled in sentence case. */
export const enumOptions = (values: readonly string[]) =>
  values.map((value) => ({ value, label: value.charAt(0) + value.slice(1).toLowerCase().replaceAll('_', ' ') }));
