import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import type { ApiError } from '../platform/errors.js';

/** A labelled input: tests and screen readers find it by its label. */
export function Field({
  label,
  error,
  ...input
}: { label: string; error?: string | null } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <label className="field">
      {label}
      <input {...input} aria-invalid={error ? true : undefined} />
      {error ? <span className="field-error">{error}</span> : null}
    </label>
  );
}

export function SelectField({
  label,
  children,
  ...select
}: { label: string; children: ReactNode } & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <label className="field">
      {label}
      <select {...select}>{children}</select>
    </label>
  );
}

export function TextArea({ label, ...area }: { label: string } & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <label className="field">
      {label}
      <textarea {...area} />
    </label>
  );
}

/** The server's message for a failed operation, with its code for support. */
export function ErrorBanner({ error }: { error: ApiError | null }) {
  if (!error) return null;
  return (
    <div className="banner error" role="alert">
      {error.message}
    </div>
  );
}

/** Whether live updates are flowing. */
export function LiveIndicator({ state }: { state: string }) {
  const live = state === 'live';
  return (
    <span className={live ? 'live' : 'live off'}>
      {live ? 'Live' : state === 'closed' ? 'Not live' : 'Reconnecting…'}
    </span>
  );
}

export const formatDate = (iso: string | null | undefined) =>
  iso
    ? new Date(iso.length === 10 ? `${iso}T12:00:00` : iso).toLocaleDateString(undefined, { dateStyle: 'medium' })
    : '—';

export const formatDateTime = (iso: string | null | undefined) =>
  iso ? new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }) : '—';

/** A full-width row in a table for "Loading…" or "Nothing here" messages. */
export function TableNotice({ columns, children }: { columns: number; children: ReactNode }) {
  return (
    <tr>
      <td colSpan={columns} className="muted">
        {children}
      </td>
    </tr>
  );
}
