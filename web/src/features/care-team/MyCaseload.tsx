import { useQuery } from '@apollo/client/react';
import { MyCaseloadDocument } from '@carehub/schema/graphql';
import { apiError } from '../../platform/errors.js';
import { href } from '../../platform/router.js';
import { ErrorBanner, formatDate, LiveIndicator, TableNotice } from '../../ui/controls.js';
import { useViewer } from '../identity/viewer.js';
import { useUnitLive } from '../patient/patient.live.js';

/** The patients whose care team I am on, with what a case manager scans first. */
export function MyCaseload() {
  const viewer = useViewer();
  const { data, loading, error } = useQuery(MyCaseloadDocument, { fetchPolicy: 'cache-and-network' });
  // The caseload spans units: its first read carries no unit position, so the stream runs from now.
  const live = useUnitLive(viewer.units[0]?.id ?? null, null);
  const today = new Date().toISOString().slice(0, 10);
  return (
    <div className="stack">
      <div className="spread">
        <h1>My caseload</h1>
        <LiveIndicator state={live} />
      </div>
      <ErrorBanner error={apiError(error)} />
      <div className="card">
        <table className="list" aria-label="My caseload">
          <thead>
            <tr>
              <th>Patient</th>
              <th>Unit · bed</th>
              <th>Day</th>
              <th className="wide">Expected discharge</th>
              <th className="wide">Risk</th>
            </tr>
          </thead>
          <tbody>
            {loading && !data ? <TableNotice columns={5}>Loading…</TableNotice> : null}
            {data?.myCaseload.length === 0 ? (
              <TableNotice columns={5}>You are not on any patient's care team.</TableNotice>
            ) : null}
            {data?.myCaseload.map((p) => (
              <tr key={p.id}>
                <td>
                  <a href={href({ name: 'patient', id: p.id })}>{p.name}</a>
                  {p.status === 'DISCHARGED' ? <span className="badge muted"> discharged</span> : null}
                </td>
                <td>
                  {p.unit.code} · {p.bed ?? '—'}
                </td>
                <td>{p.lengthOfStayDays + 1}</td>
                <td className="wide">
                  <span
                    className={p.expectedDischargeDate && p.expectedDischargeDate < today ? 'badge warn' : undefined}
                  >
                    {formatDate(p.expectedDischargeDate)}
                  </span>
                </td>
                <td className="wide">
                  <span className="badge muted" title="Readmission risk scoring arrives with assessments">
                    not scored
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
