import { useQuery } from '@apollo/client/react';
import {
  AddCareTeamMemberDocument,
  type CareTeamMemberFieldsFragment,
  type CareTeamRole,
  RemoveCareTeamMemberDocument,
  StaffDocument,
} from '@carehub/schema/graphql';
import { type FormEvent, useState } from 'react';
import { apiError } from '../../platform/errors.js';
import { useLiveMutation } from '../../platform/live-mutation.js';
import { ErrorBanner, SelectField } from '../../ui/controls.js';
import { addCareTeamMemberLive, removeCareTeamMemberLive } from './care-team.optimistic.js';

const ROLES: CareTeamRole[] = [
  'LEAD_CASE_MANAGER',
  'ATTENDING',
  'PRIMARY_NURSE',
  'NURSE',
  'SOCIAL_WORKER',
  'THERAPIST',
  'PHARMACIST',
  'DIETITIAN',
  'CONSULTING',
  'OTHER',
];
const roleLabel = (role: string) => role.charAt(0) + role.slice(1).toLowerCase().replaceAll('_', ' ');

/** Who is on the patient's team; members are added and removed live for everyone viewing. */
export function CareTeamPanel({ patientId, members }: { patientId: string; members: CareTeamMemberFieldsFragment[] }) {
  const [adding, setAdding] = useState(false);
  const [remove, removal] = useLiveMutation(RemoveCareTeamMemberDocument, removeCareTeamMemberLive);
  return (
    <section className="card stack" aria-label="Care team">
      <div className="spread">
        <h2>Care team</h2>
        {adding ? null : (
          <button type="button" className="secondary" onClick={() => setAdding(true)}>
            Add member
          </button>
        )}
      </div>
      <ErrorBanner error={apiError(removal.error)} />
      {adding ? <AddMember patientId={patientId} onDone={() => setAdding(false)} /> : null}
      <table className="list">
        <tbody>
          {members.map((m) => (
            <tr key={m.id}>
              <td>
                <strong>{m.user.name}</strong> <span className="muted small">{m.user.discipline}</span>
              </td>
              <td className="small">{roleLabel(m.role)}</td>
              <td>
                <button
                  type="button"
                  className="link"
                  aria-label={`Remove ${m.user.name}`}
                  onClick={() => {
                    if (confirm(`Remove ${m.user.name} from the care team?`)) {
                      void remove({ variables: { input: { id: m.id, expectedVersion: m.version } } }).catch(() => null);
                    }
                  }}
                >
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function AddMember({ patientId, onDone }: { patientId: string; onDone: () => void }) {
  const staff = useQuery(StaffDocument);
  const [userId, setUserId] = useState('');
  const [role, setRole] = useState<CareTeamRole>('CONSULTING');
  const [clientMutationId] = useState(() => crypto.randomUUID());
  const [add, { loading, error }] = useLiveMutation(AddCareTeamMemberDocument, addCareTeamMemberLive);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!userId) return;
    const result = await add({ variables: { input: { clientMutationId, patientId, userId, role } } }).catch(() => null);
    if (result?.data) onDone();
  }

  return (
    <form className="stack" onSubmit={submit} aria-label="Add care team member">
      <ErrorBanner error={apiError(error)} />
      <div className="form-grid">
        <SelectField label="Staff member" value={userId} onChange={(e) => setUserId(e.target.value)} required>
          <option value="">Choose…</option>
          {staff.data?.staff.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name} {s.discipline ? `(${s.discipline})` : ''}
            </option>
          ))}
        </SelectField>
        <SelectField label="Role" value={role} onChange={(e) => setRole(e.target.value as CareTeamRole)}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {roleLabel(r)}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="row">
        <button type="submit" disabled={loading || !userId}>
          Add
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
