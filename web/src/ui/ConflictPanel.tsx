export interface ConflictRow {
  label: string;
  theirs: string;
  mine: string;
  /** Changed by them since the version you started from. */
  theyChanged: boolean;
  /** Changed by you. */
  youChanged: boolean;
}

/**
 * Shown when someone else saved first: their saved version beside yours, and the choice of
 * merging (your changes on theirs), keeping yours as shown, or taking theirs. Nothing is
 * overwritten silently.
 */
export function ConflictPanel({
  who,
  rows,
  busy,
  onMerge,
  onKeepMine,
  onTakeTheirs,
}: {
  who: string;
  rows: ConflictRow[];
  busy: boolean;
  onMerge: () => void;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  return (
    <section className="stack" aria-label="Conflict">
      <div className="banner error" role="alert">
        {who} changed this while you were editing. Nothing of yours was saved yet — compare and choose.
      </div>
      <p className="small muted">
        Merge saves the fields you changed on top of their version, so their other changes stay. Keep mine saves your
        version as shown, undoing their changes. Take theirs discards your edit.
      </p>
      <div className="versions">
        <div>
          <h3>Their version (saved)</h3>
          <dl>
            {rows.map((r) => (
              <Row key={r.label} label={r.label} value={r.theirs} highlight={r.theyChanged} />
            ))}
          </dl>
        </div>
        <div>
          <h3>Your version (not saved)</h3>
          <dl>
            {rows.map((r) => (
              <Row key={r.label} label={r.label} value={r.mine} highlight={r.youChanged} />
            ))}
          </dl>
        </div>
      </div>
      <div className="row">
        <button type="button" onClick={onMerge} disabled={busy}>
          Merge
        </button>
        <button type="button" className="secondary" onClick={onKeepMine} disabled={busy}>
          Keep mine
        </button>
        <button type="button" className="secondary" onClick={onTakeTheirs}>
          Take theirs
        </button>
      </div>
    </section>
  );
}

function Row({ label, value, highlight }: { label: string; value: string; highlight: boolean }) {
  return (
    <>
      <dt>{label}</dt>
      <dd className={highlight ? 'changed' : undefined}>{value || '—'}</dd>
    </>
  );
}
