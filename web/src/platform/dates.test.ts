import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  formatDate,
  formatDateTime,
  hospitalDay,
  instantOf,
  isOverdue,
  msUntilNextDay,
  todayIn,
  unitWallClock,
} from './dates.js';

const LA = 'America/Los_Angeles';
const NY = 'America/New_York';
/** 21:30 on Friday 20 November 2026 in Los Angeles: already Saturday the 21st in UTC. */
const EVENING_IN_LA = '2026-11-21T05:30:00.000Z';

describe('dates on the unit’s clock', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(EVENING_IN_LA));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('at 21:30 in Los Angeles, today is still the 20th there while UTC has moved on', () => {
    expect(new Date().toISOString().slice(0, 10)).toBe('2026-11-21');
    expect(todayIn(LA)).toBe('2026-11-20');
    expect(todayIn(NY)).toBe('2026-11-21');
  });

  it('a date due today is not overdue in the evening; one due yesterday is', () => {
    expect(isOverdue('2026-11-20', LA)).toBe(false);
    expect(isOverdue('2026-11-19', LA)).toBe(true);
    expect(isOverdue('2026-11-21', LA)).toBe(false);
    // Half past midnight in New York: the 20th has passed there.
    expect(isOverdue('2026-11-20', NY)).toBe(true);
    expect(isOverdue(null, LA)).toBe(false);
  });

  it('shows an instant on the unit’s clock and a calendar date unshifted', () => {
    expect(formatDateTime(EVENING_IN_LA, LA)).toBe('Nov 20, 2026 9:30 PM');
    expect(formatDateTime(EVENING_IN_LA, NY)).toBe('Nov 21, 2026 12:30 AM');
    expect(formatDate(EVENING_IN_LA, LA)).toBe('Nov 20, 2026');
    expect(formatDate('2026-11-21', LA)).toBe('Nov 21, 2026');
    expect(formatDate('2026-11-21', 'Pacific/Kiritimati')).toBe('Nov 21, 2026');
    expect(formatDate(null, LA)).toBe('—');
    expect(formatDateTime(undefined, LA)).toBe('—');
  });

  it('counts hospital days by the unit’s midnights, across a change of daylight saving time', () => {
    // Admitted at 23:00 on the 19th in Los Angeles (07:00 UTC on the 20th): day 2 on the evening of the 20th.
    expect(hospitalDay('2026-11-20T07:00:00.000Z', null, LA)).toBe(2);
    // Admitted this morning: day 1.
    expect(hospitalDay('2026-11-20T16:00:00.000Z', null, LA)).toBe(1);
    // Admitted on 31 October, before the clocks went back on 1 November: day 21 on the 20th.
    expect(hospitalDay('2026-10-31T20:00:00.000Z', null, LA)).toBe(21);
    // Discharged: counted to the day of discharge.
    expect(hospitalDay('2026-11-01T18:00:00.000Z', '2026-11-03T02:00:00.000Z', LA)).toBe(2);
  });

  it('knows when today ends on the unit’s clock', () => {
    expect(msUntilNextDay(LA)).toBe(2.5 * 3_600_000);
    expect(msUntilNextDay(NY)).toBe(23.5 * 3_600_000);
  });

  it('reads a wall-clock time on the unit’s clock as the right instant', () => {
    expect(unitWallClock(LA)).toBe('2026-11-20 21:30:00');
    expect(instantOf('2026-11-20 21:30:00', LA)).toBe(EVENING_IN_LA);
    expect(instantOf('2026-07-04 09:00', NY)).toBe('2026-07-04T13:00:00.000Z');
  });
});
