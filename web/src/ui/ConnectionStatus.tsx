import { Anchor, Badge, Button, Group, List, Paper, Text } from '@mantine/core';
import { useState } from 'react';
import { useConnectionState } from '../platform/connection-state.js';
import { liveLayer, queueSummary } from '../platform/offline-status.js';
import { useStore } from '../platform/store.js';

const STATE_LABEL = { online: 'Online', reconnecting: 'Reconnecting…', offline: 'Offline' } as const;

const statusOf = (status: string, reason: string | undefined) =>
  status === 'conflict'
    ? 'someone else changed it first: open it to choose'
    : status === 'failed'
      ? `not saved: ${reason ?? 'refused'}`
      : status === 'sending'
        ? 'sending'
        : 'waiting';

/**
 * The header's connection line: online / reconnecting / offline, how many changes wait to be sent,
 * and the changes the hub did not take — each with why, and a way back to it.
 */
export function ConnectionStatus() {
  const state = useConnectionState();
  const { waiting, changes } = useStore(queueSummary);
  const [open, setOpen] = useState(false);
  const attention = changes.filter((c) => c.status === 'conflict' || c.status === 'failed');
  const summary = [
    STATE_LABEL[state],
    waiting > 0 ? `${waiting} ${waiting === 1 ? 'change' : 'changes'} waiting` : null,
    attention.length > 0 ? `${attention.length} not saved` : null,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <Group gap="xs" className="connection">
      <Badge
        role="status"
        aria-live="polite"
        variant={state === 'online' && attention.length === 0 ? 'light' : 'filled'}
        color={state === 'online' ? (attention.length > 0 ? 'warn' : 'ok') : 'warn'}
      >
        {summary}
      </Badge>
      {changes.length > 0 ? (
        <Button variant="white" size="compact-xs" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'Hide changes' : 'Show changes'}
        </Button>
      ) : null}
      {/* A plain panel, not a popover: the header loads on every screen and stays small. */}
      {open && changes.length > 0 ? (
        <Paper component="section" aria-label="Changes not yet saved" className="changes" shadow="md" p="sm" withBorder>
          <List size="sm" spacing="xs">
            {changes.map((c) => (
              <List.Item key={c.id}>
                <Anchor href={c.returnTo || '/'}>{c.label}</Anchor>{' '}
                <Text span size="sm" c="dimmed">
                  — {statusOf(c.status, c.error?.message)}
                </Text>{' '}
                {c.status === 'conflict' || c.status === 'failed' ? (
                  <Button
                    variant="subtle"
                    size="compact-xs"
                    onClick={() => void liveLayer().then((layer) => layer.dismiss(c.id))}
                  >
                    Discard
                  </Button>
                ) : null}
              </List.Item>
            ))}
          </List>
        </Paper>
      ) : null}
    </Group>
  );
}
