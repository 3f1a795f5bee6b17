import { useMutation } from '@apollo/client/react';
import { AskCareTeamDocument, type Discipline } from '@carehub/schema/graphql';
import { Button, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { apiError } from '../platform/errors.js';
import { ErrorBanner } from '../ui/ErrorBanner.js';
import type { PortalItem } from './portal-feed.js';

/** The longest question the team accepts (the API says the same). */
const MAX_LENGTH = 2000;

const WHO: { value: '' | Discipline; label: string }[] = [
  { value: '', label: 'The case manager (coordinates the team)' },
  { value: 'RN', label: 'The nurses' },
  { value: 'MD', label: 'The doctors' },
  { value: 'SW', label: 'The social worker' },
  { value: 'PT', label: 'Physical therapy' },
  { value: 'OT', label: 'Occupational therapy' },
  { value: 'SLP', label: 'Speech therapy' },
  { value: 'RD', label: 'Nutrition' },
  { value: 'PHARM', label: 'Pharmacy' },
];

/** A question to the care team; its answer shows in the portal as soon as they reply. */
export function AskTheTeam({ patientId, onAsked }: { patientId: string; onAsked: (item: PortalItem) => void }) {
  const [text, setText] = useState('');
  const [who, setWho] = useState<'' | Discipline>('');
  const [sent, setSent] = useState(false);
  const [ask, { loading, error }] = useMutation(AskCareTeamDocument);
  const problem = apiError(error);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setSent(false);
    const result = await ask({
      variables: { input: { patientId, text, discipline: who || null, clientMutationId: crypto.randomUUID() } },
    }).catch(() => null);
    const item = result?.data?.askCareTeam;
    if (item) {
      onAsked(item);
      setText('');
      setSent(true);
    }
  }
  return (
    <Stack component="form" onSubmit={submit} gap="sm" aria-label="Ask the care team">
      <ErrorBanner
        error={
          problem?.code === 'RATE_LIMITED'
            ? { ...problem, message: 'You have sent several questions in a short time. Please wait a few minutes.' }
            : problem
        }
      />
      {sent ? (
        <Text role="status" fw={700}>
          Your question was sent. The answer will appear below.
        </Text>
      ) : null}
      <Textarea
        label="Ask the care team a question"
        description="The team reads questions during the day. For anything urgent, please call the ward."
        size="lg"
        autosize
        minRows={3}
        maxLength={MAX_LENGTH}
        required
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
      />
      <Text className="meta" aria-live="polite">
        {text.length > MAX_LENGTH - 200 ? `${MAX_LENGTH - text.length} characters left` : ''}
      </Text>
      <NativeSelect
        label="Who should answer?"
        size="lg"
        value={who}
        onChange={(e) => setWho(e.currentTarget.value as '' | Discipline)}
        data={WHO}
      />
      <Button type="submit" size="lg" loading={loading} disabled={!text.trim()}>
        Send question
      </Button>
    </Stack>
  );
}
