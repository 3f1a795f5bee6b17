import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface ConfirmRequest {
  title: string;
  message: ReactNode;
  /** The verb on the confirming button ("Revoke access"), never a bare "OK". */
  confirmLabel: string;
}

/**
 * A modal dialog that traps focus, starts on Cancel (the safe choice), closes on Escape, and
 * returns focus to the control that opened it.
 */
export function ConfirmDialog({ request, onClose }: { request: ConfirmRequest; onClose: (ok: boolean) => void }) {
  return (
    <Modal
      opened
      onClose={() => onClose(false)}
      title={request.title}
      centered
      closeButtonProps={{ 'aria-label': 'Cancel' }}
    >
      <Stack>
        <Text>{request.message}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onClose(false)} data-autofocus>
            Cancel
          </Button>
          <Button color="danger" onClick={() => onClose(true)}>
            {request.confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
