import { AskCareTeamDocument, type Discipline } from '@carehub/schema/graphql';
import { Button, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useConnectionState } from '../platform/connection-state.js';
import { apiError } from '../platform/errors.js';
import { offlineQueue, useLiveMutation } from '../platform/live-mutation.js';
import { useStore } from '../platform/store.js';
import { ErrorBanner } from '../ui/ErrorBanner.js';
import { FeedItem } from './FeedItem.js';
import { askCareTeamLive, questionsNotYetSent } from './portal.optimistic.js';

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

/**
 * A question to the care team; its answer shows in the portal as soon as they reply. The question
 * shows at once and waits in the browser while the connection is down, then is sent by itself
 * (portal.optimistic.ts); once the hub has it, the portal's stream brings it into the list.
 */
export function AskTheTeam({ patientId }: { patientId: string }) {
  const [text, setText] = useState('');
  const [who, setWho] = useState<'' | Discipline>('');
  const [sent, setSent] = useState(false);
  const typed = useRef(text);
  typed.current = text;
  const [ask, { error }] = useLiveMutation(AskCareTeamDocument, askCareTeamLive);
  const online = useConnectionState() === 'online';
  const waiting = questionsNotYetSent(useStore(offlineQueue.summary).changes, patientId, online);
  const problem = apiError(error);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setSent(false);
    const question = { patientId, text, discipline: who || null, clientMutationId: crypto.randomUUID() };
    setText('');
    const result = await ask({ variables: { input: question } }).catch(() => null);
    if (result?.data?.askCareTeam) setSent(true);
    else if (typed.current === '') setText(question.text);
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
          {online
            ? 'Your question was sent. The answer will appear below.'
            : 'Your question is kept on this device and will be sent as soon as the connection is back.'}
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
      <Button type="submit" size="lg" disabled={!text.trim()}>
        Send question
      </Button>
      {waiting.length > 0 ? (
        <Stack component="ul" gap="sm" className="plain-list" aria-label="Questions not sent yet">
          {waiting.map((item) => (
            <li key={item.id}>
              <FeedItem item={item} fresh={false} />
            </li>
          ))}
        </Stack>
      ) : null}
    </Stack>
  );
}
