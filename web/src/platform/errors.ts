import { CombinedGraphQLErrors } from '@apollo/client';

export interface ApiError {
  code: string;
  message: string;
  extensions: Record<string, unknown>;
}

/** The first coded error of a failed operation, in a form screens can show. */
export function apiError(error: unknown): ApiError | null {
  if (!error) return null;
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    return {
      code: String(first?.extensions?.code ?? 'ERROR'),
      message: first?.message ?? 'Something went wrong.',
      extensions: (first?.extensions ?? {}) as Record<string, unknown>,
    };
  }
  return {
    code: 'NETWORK',
    message: 'Cannot reach CareHub. Changes are not saved until the connection is back.',
    extensions: {},
  };
}
