import { useMutation, useQuery } from '@apollo/client/react';
import {
  AddUnitMemberDocument,
  AdminDirectoryDocument,
  CreateStaffUserDocument,
  Discipline,
  RemoveUnitMemberDocument,
  Role,
  SetUserActiveDocument,
} from '@carehub/schema/graphql';
import { type FormEvent, useState } from 'react';
import { apiError } from '../../platform/errors.js';
import { ErrorBanner, Field, SelectField } from '../../ui/controls.js';
import { enumOptions } from '../../ui/VersionedForm.js';

/** For administrators: staff accounts and unit staff lists (which decide who sees a unit's patients). */
export function AdminPage() {
  const { data, error, refetch } = useQuery(AdminDirectoryDocument, { fetchPolicy: 'network-only' });
  const refresh = { onCompleted: () => void refetch() };
  const [addMember, adding] = useMutation(AddUnitMemberDocument, refresh);
  const [removeMember, removing] = useMutation(RemoveUnitMemberDocument, refresh);
  const [setActive, deactivating] = useMutation(SetUserActiveDocument, refresh);
  const [pick, setPick] = useState<Record<string, string>>({});
  const problem = apiError(error ?? adding.error ?? removing.error ?? deactivating.error);
  return (
    <div className="stack">
      <h1>Administration</h1>
      <ErrorBanner error={problem} />
      {data?.units.map((unit) => (
        <section key={unit.id} className="card stack" aria-label={`Unit ${unit.code}`}>
          <h2>
            {unit.code} · {unit.name} <span className="muted small">{unit.staff.length} staff</span>
          </h2>
          <ul>
            {unit.staff.map((s) => (
              <li key={s.id}>
                {s.name} <span className="muted small">{s.discipline}</span>{' '}
                <button
                  type="button"
                  className="link small"
                  onClick={() =>
                    void removeMember({ variables: { input: { unitId: unit.id, userId: s.id } } }).catch(() => null)
                  }
                >
                  Remove from {unit.code}
                </button>
              </li>
            ))}
          </ul>
          <form
            className="row"
            onSubmit={(e) => {
              e.preventDefault();
              const userId = pick[unit.id];
              if (userId) void addMember({ variables: { input: { unitId: unit.id, userId } } }).catch(() => null);
            }}
          >
            <SelectField
              label={`Add to ${unit.code}`}
              value={pick[unit.id] ?? ''}
              onChange={(e) => setPick({ ...pick, [unit.id]: e.target.value })}
            >
              <option value="">Choose…</option>
              {data.staff
                .filter((s) => !unit.staff.some((m) => m.id === s.id) && s.role !== 'ADMIN')
                .map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name} {s.discipline ? `(${s.discipline})` : ''}
                  </option>
                ))}
            </SelectField>
            <button type="submit" className="secondary">
              Add
            </button>
          </form>
        </section>
      ))}
      <section className="card stack" aria-label="Staff accounts">
        <h2>Staff accounts</h2>
        <NewStaffForm onCreated={() => void refetch()} />
        <table className="list">
          <tbody>
            {data?.staff.map((s) => (
              <tr key={s.id}>
                <td>{s.name}</td>
                <td className="wide muted">{s.email}</td>
                <td>{s.discipline ?? '—'}</td>
                <td className="small">{s.role.toLowerCase()}</td>
                <td>
                  <button
                    type="button"
                    className="link small"
                    onClick={() => {
                      if (confirm(`Deactivate ${s.name}? Their sessions end at once.`)) {
                        void setActive({
                          variables: { input: { userId: s.id, expectedVersion: s.version, active: false } },
                        }).catch(() => null);
                      }
                    }}
                  >
                    Deactivate
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}

function NewStaffForm({ onCreated }: { onCreated: () => void }) {
  const [clientMutationId, setClientMutationId] = useState(() => crypto.randomUUID());
  const [form, setForm] = useState({
    name: '',
    email: '',
    password: '',
    discipline: 'RN' as Discipline | '',
    role: 'MEMBER' as Role,
  });
  const [create, { loading, error }] = useMutation(CreateStaffUserDocument);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await create({
      variables: { input: { clientMutationId, ...form, discipline: form.discipline || null } },
    }).catch(() => null);
    if (result?.data) {
      setForm({ name: '', email: '', password: '', discipline: 'RN', role: 'MEMBER' });
      setClientMutationId(crypto.randomUUID());
      onCreated();
    }
  }
  return (
    <form className="stack" onSubmit={submit} aria-label="New staff account">
      <ErrorBanner error={apiError(error)} />
      <div className="form-grid">
        <Field label="Name" required value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
        <Field
          label="Email"
          type="email"
          required
          value={form.email}
          onChange={(e) => setForm({ ...form, email: e.target.value })}
        />
        <Field
          label="Initial password"
          type="password"
          required
          minLength={10}
          value={form.password}
          onChange={(e) => setForm({ ...form, password: e.target.value })}
        />
        <SelectField
          label="Discipline"
          value={form.discipline}
          onChange={(e) => setForm({ ...form, discipline: e.target.value as Discipline | '' })}
        >
          <option value="">None (administrator)</option>
          {Object.values(Discipline).map((d) => (
            <option key={d}>{d}</option>
          ))}
        </SelectField>
        <SelectField
          label="Role"
          value={form.role}
          onChange={(e) => setForm({ ...form, role: e.target.value as Role })}
        >
          {enumOptions(Object.values(Role)).map((r) => (
            <option key={r.value} value={r.value}>
              {r.label}
            </option>
          ))}
        </SelectField>
      </div>
      <div>
        <button type="submit" disabled={loading}>
          Create account
        </button>
      </div>
    </form>
  );
}
