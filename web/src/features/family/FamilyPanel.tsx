import { LinkFamilyMemberDocument, type PatientQuery, RevokeFamilyLinkDocument } from '@carehub/schema/graphql';
import { type FormEvent, useState } from 'react';
import { apiError } from '../../platform/errors.js';
import { useLiveMutation } from '../../platform/live-mutation.js';
import { ErrorBanner, Field, formatDate } from '../../ui/controls.js';
import { linkFamilyMemberLive, revokeFamilyLinkLive } from './family.optimistic.js';

type Link = NonNullable<PatientQuery['patient']>['familyLinks'][number];

/**
 * Family members and caregivers of the patient: link one with the patient's recorded consent
 * (they get a one-time invitation code), or revoke a link — their access ends at once.
 */
export function FamilyPanel({ patientId, links }: { patientId: string; links: Link[] }) {
  const [adding, setAdding] = useState(false);
  const [code, setCode] = useState<string | null>(null);
  const [revoke, revoking] = useLiveMutation(RevokeFamilyLinkDocument, revokeFamilyLinkLive);
  return (
    <section className="card stack" aria-label="Family">
      <div className="spread">
        <h2>Family and caregivers</h2>
        {adding ? null : (
          <button type="button" className="secondary" onClick={() => setAdding(true)}>
            Link family member
          </button>
        )}
      </div>
      {code ? (
        <div className="banner info" role="status">
          Invitation code (shown once — give it to them): <strong>{code}</strong>
        </div>
      ) : null}
      {adding ? (
        <LinkForm
          patientId={patientId}
          onDone={(invitation) => {
            setAdding(false);
            if (invitation) setCode(invitation);
          }}
        />
      ) : null}
      <ErrorBanner error={apiError(revoking.error)} />
      {links.length === 0 ? <p className="muted">No one linked.</p> : null}
      <ul>
        {links.map((l) => (
          <li key={l.id}>
            {l.user.name} ({l.relationship}) — <span className="badge muted">{l.status.toLowerCase()}</span>{' '}
            {l.status !== 'REVOKED' ? (
              <button
                type="button"
                className="link small"
                onClick={() => {
                  if (confirm(`Revoke ${l.user.name}'s access to this patient?`)) {
                    void revoke({ variables: { input: { id: l.id, expectedVersion: l.version } } }).catch(() => null);
                  }
                }}
              >
                Revoke
              </button>
            ) : null}
            <div className="muted small">
              Consent {formatDate(l.consentRecordedAt)}: {l.consentScope}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

function LinkForm({ patientId, onDone }: { patientId: string; onDone: (invitationCode: string | null) => void }) {
  const [clientMutationId] = useState(() => crypto.randomUUID());
  const [form, setForm] = useState({
    name: '',
    email: '',
    relationship: '',
    scope: 'Care plan updates and the discharge plan',
  });
  const [given, setGiven] = useState(false);
  const [link, { loading, error }] = useLiveMutation(LinkFamilyMemberDocument, linkFamilyMemberLive, {
    refetchQueries: ['Patient'],
  });
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm({ ...form, [key]: e.target.value });
  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await link({
      variables: {
        input: {
          clientMutationId,
          patientId,
          name: form.name,
          email: form.email,
          relationship: form.relationship,
          consent: { given, source: 'PATIENT', scope: form.scope },
        },
      },
    }).catch(() => null);
    if (result?.data) onDone(result.data.linkFamilyMember.invitationCode);
  }
  return (
    <form className="stack" onSubmit={submit} aria-label="Link family member">
      <ErrorBanner error={apiError(error)} />
      <div className="form-grid">
        <Field label="Name" required value={form.name} onChange={set('name')} />
        <Field label="Email" type="email" required value={form.email} onChange={set('email')} />
        <Field label="Relationship" required value={form.relationship} onChange={set('relationship')} />
        <Field label="What may be shared" required value={form.scope} onChange={set('scope')} />
      </div>
      <label className="row small">
        <input type="checkbox" checked={given} onChange={(e) => setGiven(e.target.checked)} /> The patient has consented
        to share this with them
      </label>
      <div className="row">
        <button type="submit" disabled={loading || !given}>
          Link and invite
        </button>
        <button type="button" className="secondary" onClick={() => onDone(null)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
