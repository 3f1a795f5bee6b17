import { useMutation } from '@apollo/client/react';
import { BreakGlassDocument } from '@carehub/schema/graphql';
import { type FormEvent, useState } from 'react';
import { apiError } from '../../platform/errors.js';
import { ErrorBanner, TextArea } from '../../ui/controls.js';

/** Shown instead of a patient you may not see: emergency access with a stated reason, recorded on the audit trail. */
export function BreakGlass({ patientId, onGranted }: { patientId: string; onGranted: () => void }) {
  const [reason, setReason] = useState('');
  const [breakGlass, { loading, error }] = useMutation(BreakGlassDocument);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await breakGlass({ variables: { patientId, reason } }).catch(() => null);
    if (result?.data) onGranted();
  }
  return (
    <form className="card stack" onSubmit={submit} aria-label="Break the glass">
      <h1>You are not on this patient's care team</h1>
      <p>
        In an emergency you can open the record for one hour. Your name, the time and your reason go on the patient's
        audit trail, which the lead case manager reviews.
      </p>
      <ErrorBanner error={apiError(error)} />
      <TextArea
        label="Reason"
        required
        minLength={10}
        maxLength={500}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
      <div>
        <button type="submit" className="danger" disabled={loading}>
          Break the glass
        </button>
      </div>
    </form>
  );
}
