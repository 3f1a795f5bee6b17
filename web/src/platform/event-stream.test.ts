import { gql, InMemoryCache } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { cachedVersion, isStale, malformed, type StreamEvent } from './event-stream.js';

const event = (over: Partial<StreamEvent> = {}): StreamEvent => ({
  id: '42',
  kind: 'UPDATED',
  entityType: 'Goal',
  entityId: 'g1',
  version: 3,
  node: { __typename: 'Goal' },
  ...over,
});

describe('malformed events', () => {
  it('accepts a well-formed event, with or without its item', () => {
    expect(malformed(event())).toBeNull();
    expect(malformed(event({ node: null }))).toBeNull();
  });

  it('names what is wrong with one that cannot be applied', () => {
    expect(malformed(null)).toBe('the event is empty');
    expect(malformed(event({ id: 'abc' }))).toBe('it has no event id');
    expect(malformed(event({ entityId: '' }))).toBe('it names no item');
    expect(malformed({ ...event(), kind: undefined })).toBe('it has no kind of change');
    expect(malformed(event({ version: 'x' as never }))).toBe('it has no version');
    expect(malformed(event({ node: {} }))).toBe('its item has no type');
  });
});

describe('stale events', () => {
  const cache = new InMemoryCache();
  cache.writeFragment({
    id: 'Goal:g1',
    fragment: gql`
      fragment G on Goal {
        id
        version
      }
    `,
    data: { __typename: 'Goal', id: 'g1', version: 3 },
  });

  it('reads the version the cache holds', () => {
    expect(cachedVersion(cache, 'Goal', 'g1')).toBe(3);
    expect(cachedVersion(cache, 'Goal', 'unknown')).toBeNull();
  });

  it('an older version is stale; the same or a newer one is not; an unknown item never is', () => {
    expect(isStale(cache, event({ version: 2 }))).toBe(true);
    expect(isStale(cache, event({ version: 3 }))).toBe(false);
    expect(isStale(cache, event({ version: 4 }))).toBe(false);
    expect(isStale(cache, event({ entityId: 'g9', version: 1 }))).toBe(false);
  });
});
