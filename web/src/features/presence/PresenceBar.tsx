import { Avatar, Group, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useAnnounce } from '../../ui/announcer.js';
import { useViewer } from '../identity/viewer.js';
import { presenceChanges, presentName } from './presence-changes.js';
import { type PresentViewer, usePresence } from './usePresence.js';

const initials = (name: string) =>
  name
    .replace(/^Dr\.\s*/, '')
    .split(/\s+/)
    .map((p) => p[0])
    .join('')
    .slice(0, 2)
    .toUpperCase();

/** Avatars of the others who have this patient open now; comings and goings are announced. */
export function PresenceBar({ patientId }: { patientId: string }) {
  const me = useViewer();
  const viewers = usePresence(patientId);
  const announce = useAnnounce();
  const previous = useRef<PresentViewer[] | null>(null);
  useEffect(() => {
    // The first list is who was already here: shown, not announced.
    if (previous.current) for (const message of presenceChanges(previous.current, viewers, me.id)) announce(message);
    previous.current = viewers;
  }, [viewers, me.id, announce]);
  return <PresenceAvatars viewers={viewers} me={me.id} />;
}

/** Avatars of the people in `viewers` other than `me`, named for screen readers; nothing when alone. */
export function PresenceAvatars({ viewers, me }: { viewers: PresentViewer[]; me: string }) {
  const others = viewers.filter((v) => v.userId !== me);
  if (others.length === 0) return null;
  return (
    <Group component="section" gap={6} aria-label="Also viewing">
      <Text size="sm" c="dimmed">
        Also here:
      </Text>
      {others.map((v) => (
        <Tooltip key={v.userId} label={presentName(v)}>
          <Avatar color="warn" variant="filled" size={32} radius="xl">
            <span aria-hidden="true">{initials(v.name)}</span>
            <VisuallyHidden>{presentName(v)}</VisuallyHidden>
          </Avatar>
        </Tooltip>
      ))}
    </Group>
  );
}
