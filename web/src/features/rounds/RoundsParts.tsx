import { Badge, Group, List, Stack, Text } from '@mantine/core';
import { formatDuration, secondsOnItem } from './rounds-clock.js';
import type { RoundsParticipant } from './useRoundsPresence.js';
import type { RoundsSessionData } from './useRoundsSession.js';

const FIELD_NAMES: Record<string, string> = {
  'update.statusSinceLast': 'status since last rounds',
  'update.concerns': 'concerns',
  'update.planForToday': 'plan for today',
  decision: 'a decision',
  actionItem: 'an action item',
  barrier: 'a barrier',
};
/** A field's name in people's words ("concerns"). */
export const fieldName = (field: string) => FIELD_NAMES[field] ?? field;

/**
 * The time on one patient, from the server's clock: what was spent before plus the running part
 * while they are discussed; past the time box it turns red. `data-since` carries the server
 * instant the timer runs from (every screen shows the same one).
 */
export function Timer({
  item,
  session,
  serverNow,
  size = 'md',
}: {
  item: { id: string; spentSeconds: number; timeBoxSeconds: number };
  session: Pick<RoundsSessionData, 'currentItemId' | 'currentSince'>;
  serverNow: number;
  size?: 'md' | 'xl';
}) {
  const seconds = secondsOnItem(item, session, serverNow);
  const over = seconds > item.timeBoxSeconds;
  const running = session.currentItemId === item.id;
  return (
    <span
      className={`rounds-timer rounds-timer-${size}${over ? ' rounds-timer-over' : ''}`}
      data-since={running ? (session.currentSince ?? '') : ''}
      data-testid={running ? 'rounds-timer' : undefined}
      title={`Time box ${formatDuration(item.timeBoxSeconds)}`}
    >
      {formatDuration(seconds)}
      <span className="rounds-timer-box"> / {formatDuration(item.timeBoxSeconds)}</span>
    </span>
  );
}

/** Who is in the session: on which patient, following or browsing, hand raised, typing. */
export function PresenceList({
  participants,
  patientName,
  large = false,
}: {
  participants: RoundsParticipant[];
  patientName: (itemId: string | null) => string | null;
  large?: boolean;
}) {
  return (
    <Stack gap={4} component="section" aria-label="Who is here" className={large ? 'rounds-presence-large' : undefined}>
      <Text fw={700} size={large ? 'xl' : 'sm'}>
        Here now ({participants.length})
      </Text>
      <List listStyleType="none" spacing={2} data-testid="rounds-presence">
        {participants.map((p) => (
          <List.Item key={p.userId} data-person={p.name}>
            <Group gap={6} wrap="nowrap">
              <Text size={large ? 'lg' : 'sm'}>
                {p.name}
                {p.discipline ? ` (${p.discipline})` : ''}
              </Text>
              {p.handRaised ? (
                <Badge color="warn" aria-label="hand raised">
                  ✋ hand raised
                </Badge>
              ) : null}
              {!large && !p.following && p.itemId ? (
                <Text size="xs" c="dimmed">
                  looking at {patientName(p.itemId) ?? 'another patient'}
                </Text>
              ) : null}
              {p.typing ? (
                <Text size="xs" c="brand" data-testid="typing-indicator">
                  typing {fieldName(p.typing.field)}…
                </Text>
              ) : null}
            </Group>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
