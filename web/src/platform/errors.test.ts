import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { apiError } from './errors.js';

describe('apiError', () => {
  it('takes the code, message and extensions of the first GraphQL error', () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        { message: 'Someone else changed this goal.', extensions: { code: 'CONFLICT', current: { id: 'g1' } } },
        { message: 'second', extensions: { code: 'FORBIDDEN' } },
      ],
    });
    expect(apiError(error)).toEqual({
      code: 'CONFLICT',
      message: 'Someone else changed this goal.',
      extensions: { code: 'CONFLICT', current: { id: 'g1' } },
    });
  });

  it('names a failure without a GraphQL answer as NETWORK and says changes are not saved', () => {
    expect(apiError(new TypeError('Failed to fetch'))).toMatchObject({ code: 'NETWORK' });
    expect(apiError(new TypeError('Failed to fetch'))?.message).toMatch(/not saved/);
  });

  it('is null when there is no error', () => {
    expect(apiError(undefined)).toBeNull();
  });
});
