import { describe, expect, it } from 'vitest';
import { clockOffset, formatDuration, secondsOnItem } from './rounds-clock.js';

describe('the rounds clock', () => {
  it('reads the server clock from a device that runs 90 s fast', () => {
    const device = Date.parse('2026-11-25T15:01:30Z');
    expect(clockOffset('2026-11-25T15:00:00Z', device)).toBe(-90_000);
  });

  it('counts the current patient from the server instant the pointer reached them, plus time spent earlier', () => {
    const session = { currentItemId: 'a', currentSince: '2026-11-25T15:00:00.000Z' };
    const now = Date.parse('2026-11-25T15:02:05.900Z');
    expect(secondsOnItem({ id: 'a', spentSeconds: 30 }, session, now)).toBe(155);
    expect(secondsOnItem({ id: 'b', spentSeconds: 42 }, session, now)).toBe(42);
  });

  it('formats durations as people read them', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(125)).toBe('2:05');
    expect(formatDuration(3_725)).toBe('1:02:05');
  });
});
