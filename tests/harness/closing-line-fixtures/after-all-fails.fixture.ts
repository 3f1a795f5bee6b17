import { afterAll, describe, expect, it } from 'vitest';

describe('a suite whose teardown throws', () => {
  afterAll(() => {
    throw new Error('the server did not stop');
  });
  it('passes', () => expect(true).toBe(true));
});
