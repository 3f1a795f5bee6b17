import { NativeSelect, Paper, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { apiError } from '../platform/errors.js';
import { ConflictPanel } from './ConflictPanel.js';
import { DateField } from './DateField.js';
import { ErrorBanner } from './ErrorBanner.js';
import { FormActions } from './FormActions.js';

export interface FormField {
  key: string;
  label: string;
  type?: 'text' | 'date' | 'select';
  options?: { value: string; label: string }[];
  /** Blank is sent as-is (and refused by the server) instead of clearing the field. */
  required?: boolean;
}

type Values = Record<string, string>;

const valuesOf = (fields: FormField[], item: Record<string, unknown>): Values =>
  Object.fromEntries(fields.map((f) => [f.key, item[f.key] == null ? '' : String(item[f.key])]));

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
  const [base, setBase] = useState({ version: item.version, values: valuesOf(fields, item) });
  const [draft, setDraft] = useState(base.values);
  const [theirs, setTheirs] = useState<{ version: number; values: Values } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ReturnType<typeof apiError>>(null);
  const changed = fields.filter((f) => draft[f.key] !== base.values[f.key]);

  /** Saves the given fields (by default, those you changed) against `expectedVersion`. */
  async function save(expectedVersion: number, only: FormField[] = changed) {
    if (only.length === 0) return onDone();
    const patch = Object.fromEntries(
      only.map((f) => [f.key, draft[f.key] === '' && !f.required ? null : (draft[f.key] ?? null)]),
    );
    setBusy(true);
    try {
      await onSave(patch, expectedVersion);
      setError(null);
      onDone();
    } catch (failure) {
      const problem = apiError(failure);
      if (problem?.code === 'CONFLICT') {
        const current = problem.extensions.current as Record<string, unknown> & { version: number };
        setTheirs({ version: current.version, values: valuesOf(fields, current) });
        setError(null);
      } else {
        setError(problem);
      }
    } finally {
      setBusy(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void save(base.version);
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
            busy={busy}
            rows={fields.map((f) => ({
              label: f.label,
              theirs: theirs.values[f.key] ?? '',
              mine: draft[f.key] ?? '',
              theyChanged: theirs.values[f.key] !== base.values[f.key],
              youChanged: changed.includes(f),
            }))}
            onMerge={() => {
              setBase({ version: theirs.version, values: theirs.values });
              setTheirs(null);
              void save(theirs.version);
            }}
            onKeepMine={() => {
              // Every field that differs from their version, including ones only they changed.
              const differing = fields.filter((f) => draft[f.key] !== theirs.values[f.key]);
              setBase({ version: theirs.version, values: theirs.values });
              setTheirs(null);
              void save(theirs.version, differing);
            }}
            onTakeTheirs={() => {
              setBase({ version: theirs.version, values: theirs.values });
              setDraft(theirs.values);
              setTheirs(null);
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
        {theirs ? null : <FormActions submit={submitLabel} busy={busy} onCancel={onDone} />}
      </Stack>
    </Paper>
  );
}

/** Options for a select from enum values, labelled in sentence case. */
export const enumOptions = (values: readonly string[]) =>
  values.map((value) => ({ value, label: value.charAt(0) + value.slice(1).toLowerCase().replaceAll('_', ' ') }));
