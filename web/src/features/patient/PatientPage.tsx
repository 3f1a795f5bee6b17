import { useQuery } from '@apollo/client/react';
import { PatientDocument } from '@carehub/schema/graphql';
import { editKey, useEditSession } from '../../platform/edit-sessions.js';
import { apiError } from '../../platform/errors.js';
import { href } from '../../platform/router.js';
import { ErrorBanner, formatDate, LiveIndicator } from '../../ui/controls.js';
import { BreakGlass } from '../audit/BreakGlass.js';
import { CarePlanView } from '../care-plan/CarePlanView.js';
import { CareTeamPanel } from '../care-team/CareTeamPanel.js';
import { FamilyPanel } from '../family/FamilyPanel.js';
import { PresenceBar } from '../presence/PresenceBar.js';
import { PatientEditor } from './PatientEditor.js';
import { usePatientLive } from './patient.live.js';
import { SinceLastLooked } from './SinceLastLooked.js';

/** One patient: header, record, care team and family, all live. */
export function PatientPage({ id }: { id: string }) {
  const { data, loading, error, refetch } = useQuery(PatientDocument, { variables: { id } });
  const live = usePatientLive(id, data?.patient.lastEventId);
  const [editing, setEditing] = useEditSession(editKey({ __typename: 'Patient', id }));
  const problem = apiError(error);

  if (problem?.code === 'FORBIDDEN') return <BreakGlass patientId={id} onGranted={() => void refetch()} />;
  if (loading && !data) return <p className="muted">Loading…</p>;
  const p = data?.patient;
  if (!p) return <ErrorBanner error={problem} />;

  return (
    <div className="stack">
      <header className="card spread">
        <div>
          <h1>
            {p.name} <span className="muted small">{p.mrn}</span>
          </h1>
          <div className="row small">
            <span className="badge">
              {p.unit.code} · Bed {p.bed ?? '—'}
            </span>
            {p.status === 'DISCHARGED' ? (
              <span className="badge muted">Discharged</span>
            ) : (
              <span>Day {p.lengthOfStayDays + 1}</span>
            )}
            <span>Born {formatDate(p.dateOfBirth)}</span>
            <span>Expected discharge {formatDate(p.expectedDischargeDate)}</span>
            {p.allergies ? <span className="badge danger">Allergies: {p.allergies}</span> : null}
            {p.interpreterNeeded ? (
              <span className="badge warn">Interpreter: {p.primaryLanguage ?? 'needed'}</span>
            ) : null}
          </div>
        </div>
        <div className="row">
          <PresenceBar patientId={p.id} />
          <LiveIndicator state={live} />
          <a href={href({ name: 'audit', patientId: p.id })}>Audit trail</a>
          {editing ? null : (
            <button type="button" onClick={() => setEditing(true)}>
              Edit record
            </button>
          )}
        </div>
      </header>
      <SinceLastLooked patientId={p.id} version={p.version} />
      {editing ? <PatientEditor patient={p} onDone={() => setEditing(false)} /> : null}
      <CarePlanView patientId={p.id} />
      <div className="grid2">
        <section className="card stack" aria-label="Record">
          <h2>Record</h2>
          <dl className="small">
            <dt className="muted">Admitting diagnosis</dt>
            <dd>{p.admittingDiagnosis ?? '—'}</dd>
            <dt className="muted">Attending</dt>
            <dd>{p.attending?.name ?? '—'}</dd>
            <dt className="muted">Problem list</dt>
            <dd>
              {p.conditions.length === 0 ? '—' : null}
              <ul>
                {p.conditions.map((c) => (
                  <li key={`${c.code}-${c.description}`}>
                    {c.description} {c.code ? <span className="muted">({c.code})</span> : null}
                  </li>
                ))}
              </ul>
            </dd>
            <dt className="muted">Coverage</dt>
            <dd>
              {p.coverages.map((c) => (
                <div key={`${c.payer}-${c.memberId}`}>
                  {c.payer} {c.plan ? `· ${c.plan}` : ''}{' '}
                  <span className="muted">({c.type.replace('_', ' ').toLowerCase()})</span>
                </div>
              ))}
            </dd>
            <dt className="muted">Emergency contacts</dt>
            <dd>
              {p.emergencyContacts.map((c) => (
                <div key={c.name}>
                  {c.name} ({c.relationship}) · {c.phone}{' '}
                  {c.isLegalRepresentative ? <span className="badge">Legal representative</span> : null}
                </div>
              ))}
            </dd>
          </dl>
        </section>
        <div className="stack">
          <CareTeamPanel patientId={p.id} members={p.careTeam} />
          <FamilyPanel patientId={p.id} links={p.familyLinks} />
        </div>
      </div>
    </div>
  );
}
