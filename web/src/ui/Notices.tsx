import { dismissNotice, notices } from '../platform/notices.js';
import { useStore } from '../platform/store.js';

/** Messages about changes that did not go through, until the user dismisses them. */
export function Notices() {
  const list = useStore(notices);
  if (list.length === 0) return null;
  return (
    <section className="stack" aria-label="Notices">
      {list.map((n) => (
        <div key={n.id} className={`banner ${n.tone === 'error' ? 'error' : 'info'} spread`} role="alert">
          <span>{n.text}</span>
          <button type="button" className="link" onClick={() => dismissNotice(n.id)}>
            Dismiss
          </button>
        </div>
      ))}
    </section>
  );
}
