import { Alert, Stack } from '@mantine/core';
import { dismissNotice, notices } from '../platform/notices.js';
import { useStore } from '../platform/store.js';

/** Changes that did not go through and live updates that could not be shown, until dismissed. */
export function Notices() {
  const list = useStore(notices);
  if (list.length === 0) return null;
  return (
    <Stack component="section" aria-label="Notices" gap="xs" mb="md">
      {list.map((n) => (
        <Alert
          key={n.id}
          color={n.tone === 'error' ? 'danger' : 'brand'}
          withCloseButton
          closeButtonLabel="Dismiss"
          onClose={() => dismissNotice(n.id)}
        >
          {n.text}
        </Alert>
      ))}
    </Stack>
  );
}
