import { useMutation } from '@apollo/client/react';
import { LinkFamilyMemberDocument, type PatientQuery, RevokeFamilyLinkDocument } from '@carehub/schema/graphql';
import { type FormEvent, useState } from 'react';
import { apiError } from '../../platform/errors.js';
import { ErrorBanner, Field, formatDate, formatDateTime } from '../../ui/controls.js';

type Link = NonNullable<PatientQuery['patient']>['familyLinks'][number];

/** What the panel shows of a new invitation: the code once, when it expires, and how it is accepted. */
interface Invitation {
  code: string;
  expiresAt: string | null;
  existingAccount: boolean;
}

/**
 * Family members and caregivers of the patient: link one with the patient's recorded consent
 * (they get a one-time invitation code that expires), or revoke a link — their access ends at once.
 */
export function FamilyPanel({ patientId, links }: { patientId: string; links: Link[] }) {
  const [adding, setAdding] = useState(false);
  const [invitation, setInvitation] = useState<Invitation | null>(null);
  const [revoke, revoking] = useMutation(RevokeFamilyLinkDocument);
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
      {invitation ? (
        <div className="banner info" role="status">
          Invitation code (shown once — give it to them): <strong>{invitation.code}</strong>
          <div className="small">
            Valid until {formatDateTime(invitation.expiresAt)}.{' '}
            {invitation.existingAccount
              ? 'They already have a CareHub account: they accept by signing in with their own password.'
              : 'With it they choose their password.'}
          </div>
        </div>
      ) : null}
      {adding ? (
        <LinkForm
          patientId={patientId}
          onDone={(made) => {
            setAdding(false);
            if (made) setInvitation(made);
          }}
        />
      ) : null}
      <ErrorBanner error={apiError(revoking.error)} />
      {links.length === 0 ? <p className="muted">No one linked.</p> : null}
      <ul>
        {links.map((l) => (
          <li key={l.id}>
            {l.user.name} ({l.relationship}) — <span className="badge muted">{statusOf(l)}</span>{' '}
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

/** An invitation past its expiry says so: the team revokes it and links again. */
function statusOf(link: Link): string {
  const expired =
    link.status === 'INVITED' &&
    link.invitationExpiresAt !== null &&
    Date.parse(link.invitationExpiresAt) <= Date.now();
  return expired ? 'invitation expired' : link.status.toLowerCase();
}

function LinkForm({ patientId, onDone }: { patientId: string; onDone: (invitation: Invitation | null) => void }) {
  const [clientMutationId] = useState(() => crypto.randomUUID());
  const [form, setForm] = useState({
    name: '',
    email: '',
    relationship: '',
    scope: 'Care plan updates and the discharge plan',
  });
  const [given, setGiven] = useState(false);
  const [link, { loading, error }] = useMutation(LinkFamilyMemberDocument, { refetchQueries: ['Patient'] });
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
    const made = result?.data?.linkFamilyMember;
    if (made) {
      onDone({
        code: made.invitationCode,
        expiresAt: made.link.invitationExpiresAt ?? null,
        existingAccount: made.existingAccount,
      });
    }
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
