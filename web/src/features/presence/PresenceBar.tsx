import { useViewer } from '../identity/viewer.js';
import { usePresence } from './usePresence.js';

const initials = (name: string) =>
  name
    .replace(/^Dr\.\s*/, '')
    .split(/\s+/)
    .map((p) => p[0])
    .join('')
    .slice(0, 2)
    .toUpperCase();

/** Avatars of the others who have this patient open now. */
export function PresenceBar({ patientId }: { patientId: string }) {
  const me = useViewer();
  const others = usePresence(patientId).filter((v) => v.userId !== me.id);
  if (others.length === 0) return null;
  return (
    <section className="row small" aria-label="Also viewing">
      <span className="muted">Also here:</span>
      {others.map((v) => (
        <span key={v.userId} className="avatar" title={`${v.name}${v.discipline ? ` (${v.discipline})` : ''}`}>
          {initials(v.name)}
          <span className="sr">
            {v.name}
            {v.discipline ? ` (${v.discipline})` : ''}
          </span>
        </span>
      ))}
    </section>
  );
}
