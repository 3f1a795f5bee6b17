import { useLazyQuery, useQuery } from '@apollo/client/react';
import { type AuditAccess, AuditTrailDocument, VerifyAuditChainDocument } from '@carehub/schema/graphql';
import { useState } from 'react';
import { apiError } from '../../platform/errors.js';
import { href } from '../../platform/router.js';
import { ErrorBanner, formatDateTime, SelectField, TableNotice } from '../../ui/controls.js';

const PAGE = 50;

/** Every read and write of one patient's data, newest first; for the lead case manager and admins. */
export function AuditPage({ patientId }: { patientId: string }) {
  const [access, setAccess] = useState<AuditAccess | ''>('');
  const [breakGlassOnly, setBreakGlassOnly] = useState(false);
  const filter = { access: access || null, breakGlassOnly };
  const { data, loading, error, fetchMore } = useQuery(AuditTrailDocument, {
    variables: { patientId, filter, page: { first: PAGE } },
    fetchPolicy: 'network-only',
  });
  const [verify, verification] = useLazyQuery(VerifyAuditChainDocument, { fetchPolicy: 'network-only' });
  const trail = data?.auditTrail;

  return (
    <div className="stack">
      <div className="spread">
        <div>
          <a href={href({ name: 'patient', id: patientId })}>← Patient</a>
          <h1>Audit trail</h1>
        </div>
        <div className="row">
          <SelectField label="Access" value={access} onChange={(e) => setAccess(e.target.value as AuditAccess | '')}>
            <option value="">Everything</option>
            <option value="READ">Reads</option>
            <option value="WRITE">Writes</option>
            <option value="DENIED">Refused attempts</option>
          </SelectField>
          <label className="row small">
            <input type="checkbox" checked={breakGlassOnly} onChange={(e) => setBreakGlassOnly(e.target.checked)} />{' '}
            Break-the-glass only
          </label>
          <button type="button" className="secondary" onClick={() => void verify({ variables: { patientId } })}>
            Verify chain
          </button>
        </div>
      </div>
      {verification.data ? (
        <div className={`banner ${verification.data.verifyAuditChain.intact ? 'info' : 'error'}`} role="status">
          {verification.data.verifyAuditChain.intact
            ? `Intact: ${verification.data.verifyAuditChain.checked} entries checked.`
            : `Broken at entry ${verification.data.verifyAuditChain.firstBrokenId}: the trail was altered after it was written.`}
        </div>
      ) : null}
      <ErrorBanner error={apiError(error ?? verification.error)} />
      <div className="card">
        <table className="list" aria-label="Audit trail">
          <thead>
            <tr>
              <th>When</th>
              <th>Who</th>
              <th>What</th>
              <th className="wide">Fields</th>
              <th className="wide">From</th>
            </tr>
          </thead>
          <tbody>
            {loading && !trail ? <TableNotice columns={5}>Loading…</TableNotice> : null}
            {trail?.entries.map((e) => (
              <tr key={e.id}>
                <td className="small">{formatDateTime(e.at)}</td>
                <td>{e.actorName ?? 'CareHub'}</td>
                <td>
                  <span className={e.access === 'WRITE' ? 'badge' : 'badge muted'}>{e.access.toLowerCase()}</span>{' '}
                  {e.operation}
                  {e.breakGlass ? <span className="badge danger"> break-the-glass</span> : null}
                </td>
                <td className="wide small">{e.fields?.join(', ') ?? ''}</td>
                <td className="wide small muted">{e.ip ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {trail?.nextCursor ? (
          <button
            type="button"
            className="secondary"
            onClick={() =>
              void fetchMore({
                variables: { page: { first: PAGE, before: trail.nextCursor } },
                updateQuery: (previous, { fetchMoreResult }) => ({
                  auditTrail: {
                    ...fetchMoreResult.auditTrail,
                    entries: [...previous.auditTrail.entries, ...fetchMoreResult.auditTrail.entries],
                  },
                }),
              })
            }
          >
            Older entries
          </button>
        ) : null}
      </div>
    </div>
  );
}
