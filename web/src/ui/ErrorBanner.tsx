import { Alert } from '@mantine/core';
import type { ApiError } from '../platform/errors.js';

/** The server's message for a failed operation, read out at once (role="alert"). */
export function ErrorBanner({ error }: { error: ApiError | null }) {
  if (!error) return null;
  return (
    <Alert color="danger" role="alert" py="xs">
      {error.message}
    </Alert>
  );
}
