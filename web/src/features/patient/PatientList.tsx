import { useQuery } from '@apollo/client/react';
import { UnitPatientsDocument } from '@carehub/schema/graphql';
import { useEffect, useState } from 'react';
import { apiError } from '../../platform/errors.js';
import { href } from '../../platform/router.js';
import { ErrorBanner, formatDate, LiveIndicator, TableNotice } from '../../ui/controls.js';
import { useViewer } from '../identity/viewer.js';
import { NewPatientForm } from './NewPatientForm.js';
import { useUnitLive } from './patient.live.js';

/** The unit's patients, live: a change anyone makes appears here within a second, without reloading. */
export function PatientList() {
  const viewer = useViewer();
  const unit = viewer.units[0] ?? null;
  const [search, setSearch] = useState('');
  const [adding, setAdding] = useState(false);
  const [flash, setFlash] = useState<Set<string>>(new Set());
  const { data, loading, error } = useQuery(UnitPatientsDocument, {
    variables: { unitId: unit?.id ?? '' },
    skip: !unit,
  });
  const live = useUnitLive(unit?.id ?? null, data?.unit.lastEventId, (id) => setFlash((s) => new Set(s).add(id)));
  useEffect(() => {
    if (flash.size === 0) return;
    const t = setTimeout(() => setFlash(new Set()), 1600);
    return () => clearTimeout(t);
  }, [flash]);

  if (!unit) return <p className="muted">You are not on a unit's staff list yet.</p>;
  const term = search.trim().toLowerCase();
  const patients = (data?.unit.patients ?? []).filter(
    (p) =>
      !term ||
      p.name.toLowerCase().includes(term) ||
      p.mrn.toLowerCase().includes(term) ||
      (p.bed ?? '').toLowerCase().includes(term),
  );

  return (
    <div className="stack">
      <div className="spread">
        <div>
          <h1>
            {unit.code} · {unit.name}
          </h1>
          <span className="muted">{data ? `${data.unit.patients.length} patients` : ''}</span>{' '}
          <LiveIndicator state={live} />
        </div>
        <div className="row">
          <label className="field">
            <span className="sr">Search</span>
            <input
              aria-label="Search patients"
              placeholder="Search name, MRN or bed"
              value={search}
              onChange={(e) => setSearch(e.target.value)}
            />
          </label>
          <button type="button" onClick={() => setAdding(true)}>
            New patient
          </button>
        </div>
      </div>
      {adding ? <NewPatientForm unitId={unit.id} onDone={() => setAdding(false)} /> : null}
      <ErrorBanner error={apiError(error)} />
      <div className="card">
        <table className="list" aria-label="Patients">
          <thead>
            <tr>
              <th>Bed</th>
              <th>Patient</th>
              <th className="wide">MRN</th>
              <th className="wide">Born</th>
              <th>Day</th>
              <th className="wide">Expected discharge</th>
            </tr>
          </thead>
          <tbody>
            {loading && !data ? <TableNotice columns={6}>Loading…</TableNotice> : null}
            {patients.map((p) => (
              <tr key={p.id} className={flash.has(p.id) ? 'flash' : undefined} data-patient-id={p.id}>
                <td>
                  <strong>{p.bed ?? '—'}</strong>
                </td>
                <td>
                  <a href={href({ name: 'patient', id: p.id })}>{p.name}</a>
                </td>
                <td className="wide">{p.mrn}</td>
                <td className="wide">{formatDate(p.dateOfBirth)}</td>
                <td>{p.lengthOfStayDays + 1}</td>
                <td className="wide">
                  {p.expectedDischargeDate ? (
                    <span
                      className={
                        p.expectedDischargeDate < new Date().toISOString().slice(0, 10) ? 'badge warn' : undefined
                      }
                    >
                      {formatDate(p.expectedDischargeDate)}
                    </span>
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
