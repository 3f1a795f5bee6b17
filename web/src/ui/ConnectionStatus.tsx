import { useState } from 'react';
import { useConnectionState } from '../platform/connection-state.js';
import { offlineQueue } from '../platform/live-mutation.js';
import { useStore } from '../platform/store.js';

const STATE_LABEL = { online: 'Online', reconnecting: 'Reconnecting…', offline: 'Offline' } as const;

/**
 * The header's connection line: online / reconnecting / offline, how many changes wait to be sent,
 * and the changes the hub did not take — each with why, and a way back to it.
 */
export function ConnectionStatus() {
  const state = useConnectionState();
  const { waiting, changes } = useStore(offlineQueue.summary);
  const [open, setOpen] = useState(false);
  const attention = changes.filter((c) => c.status === 'conflict' || c.status === 'failed');
  const summary = [
    STATE_LABEL[state],
    waiting > 0 ? `${waiting} ${waiting === 1 ? 'change' : 'changes'} waiting` : null,
    attention.length > 0 ? `${attention.length} not saved` : null,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <div className="connection">
      <span role="status" aria-live="polite" className={`badge${state === 'online' ? '' : ' warn'}`}>
        {summary}
      </span>
      {changes.length > 0 ? (
        <button type="button" className="link small" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'Hide changes' : 'Show changes'}
        </button>
      ) : null}
      {open && changes.length > 0 ? (
        <ul className="card small changes" aria-label="Changes not yet saved">
          {changes.map((c) => (
            <li key={c.id}>
              <a href={c.returnTo || '#/'}>{c.label}</a> —{' '}
              {c.status === 'conflict'
                ? 'someone else changed it first: open it to choose'
                : c.status === 'failed'
                  ? `not saved: ${c.error?.message ?? 'refused'}`
                  : c.status === 'sending'
                    ? 'sending'
                    : 'waiting'}
              {c.status === 'conflict' || c.status === 'failed' ? (
                <button type="button" className="link" onClick={() => void offlineQueue.dismiss(c.id)}>
                  Discard
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
