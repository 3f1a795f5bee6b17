import { Anchor, Badge, Button, Group, List, Paper, Popover, Text } from '@mantine/core';
import { useConnectionState } from '../platform/connection-state.js';
import { offlineQueue } from '../platform/live-mutation.js';
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
  const { waiting, changes } = useStore(offlineQueue.summary);
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
        <Popover position="bottom-end" width={380} shadow="md">
          <Popover.Target>
            <Button variant="white" size="compact-xs">
              Show changes
            </Button>
          </Popover.Target>
          <Popover.Dropdown>
            <Paper aria-label="Changes not yet saved" component="section">
              <List size="sm" spacing="xs">
                {changes.map((c) => (
                  <List.Item key={c.id}>
                    <Anchor href={c.returnTo || '/'}>{c.label}</Anchor>{' '}
                    <Text span size="sm" c="dimmed">
                      — {statusOf(c.status, c.error?.message)}
                    </Text>{' '}
                    {c.status === 'conflict' || c.status === 'failed' ? (
                      <Button variant="subtle" size="compact-xs" onClick={() => void offlineQueue.dismiss(c.id)}>
                        Discard
                      </Button>
                    ) : null}
                  </List.Item>
                ))}
              </List>
            </Paper>
          </Popover.Dropdown>
        </Popover>
      ) : null}
    </Group>
  );
}
