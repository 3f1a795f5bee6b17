import { useMutation } from '@apollo/client/react';
import { BreakGlassDocument } from '@carehub/schema/graphql';
import { Button, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { apiError } from '../../platform/errors.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { usePageTitle } from '../../ui/page-title.js';
import { useViewer } from '../identity/viewer.js';

/**
 * Shown instead of a patient you may not see: emergency access with a stated reason, recorded on
 * the audit trail. Only clinical staff may break the glass; others are told so, not offered a form
 * that would refuse them.
 */
export function BreakGlass({ patientId, onGranted }: { patientId: string; onGranted: () => void }) {
  const viewer = useViewer();
  usePageTitle('Not on the care team');
  if (!viewer.discipline) {
    return (
      <Paper component="section" aria-labelledby="not-on-team">
        <Stack>
          <Title order={1} id="not-on-team">
            You are not on this patient’s care team
          </Title>
          <Text>
            Emergency (break-the-glass) access is for clinical staff. Ask the patient’s lead case manager to add you to
            the care team.
          </Text>
        </Stack>
      </Paper>
    );
  }
  return <BreakGlassForm patientId={patientId} onGranted={onGranted} />;
}

function BreakGlassForm({ patientId, onGranted }: { patientId: string; onGranted: () => void }) {
  const [reason, setReason] = useState('');
  const [breakGlass, { loading, error }] = useMutation(BreakGlassDocument);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await breakGlass({ variables: { patientId, reason } }).catch(() => null);
    if (result?.data) onGranted();
  }
  return (
    <Paper component="form" onSubmit={submit} aria-label="Break the glass">
      <Stack>
        <Title order={1}>You are not on this patient’s care team</Title>
        <Text>
          In an emergency you can open the record for one hour. Your name, the time and your reason go on the patient's
          audit trail, which the lead case manager reviews.
        </Text>
        <ErrorBanner error={apiError(error)} />
        <Textarea
          label="Reason"
          required
          minLength={10}
          maxLength={500}
          autosize
          minRows={2}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
        <div>
          <Button type="submit" color="danger" loading={loading}>
            Break the glass
          </Button>
        </div>
      </Stack>
    </Paper>
  );
}
