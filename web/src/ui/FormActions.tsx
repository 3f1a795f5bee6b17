import { Button, Group } from '@mantine/core';

/** A form's primary submit (busy while it saves) beside Cancel. */
export function FormActions({
  submit,
  busy,
  disabled,
  onCancel,
}: {
  submit: string;
  busy: boolean;
  disabled?: boolean;
  onCancel: () => void;
}) {
  return (
    <Group>
      <Button type="submit" loading={busy} disabled={disabled}>
        {submit}
      </Button>
      <Button variant="default" onClick={onCancel}>
        Cancel
      </Button>
    </Group>
  );
}
