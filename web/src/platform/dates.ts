import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

/**
 * Dates as the unit's clock reads them. The API sends instants (ISO with Z) and calendar dates
 * (`YYYY-MM-DD`, e.g. a target or discharge date). Instants are shown in the unit's IANA time
 * zone; calendar dates are shown as they are, never shifted by a zone. "Today" is the unit's
 * today: at 21:30 in Los Angeles it is already tomorrow in UTC, and a goal due today is not
 * overdue yet.
 */

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE = 'MMM D, YYYY';
const DATE_TIME = 'MMM D, YYYY h:mm A';

/** The zone this device is set to: the fallback for a viewer on no unit. */
export const deviceTimeZone = (): string => dayjs.tz.guess();

/** `YYYY-MM-DD` of `now` on the unit's clock. */
export function todayIn(zone: string, now: number = Date.now()): string {
  return dayjs(now).tz(zone).format('YYYY-MM-DD');
}

/** A calendar date before the unit's today; blank dates are never overdue. */
export function isOverdue(due: string | null | undefined, zone: string, now: number = Date.now()): boolean {
  return !!due && due < todayIn(zone, now);
}

/** "Nov 20, 2026" for a calendar date or for an instant on the unit's clock; "—" for none. */
export function formatDate(value: string | null | undefined, zone: string): string {
  if (!value) return '—';
  return CALENDAR_DATE.test(value) ? dayjs.utc(value).format(DATE) : dayjs(value).tz(zone).format(DATE);
}

/** "Nov 20, 2026 9:30 PM" on the unit's clock; "—" for none. */
export function formatDateTime(value: string | null | undefined, zone: string): string {
  return value ? dayjs(value).tz(zone).format(DATE_TIME) : '—';
}

/**
 * The hospital day: 1 on the day of admission, 2 from the next midnight on the unit's clock, and
 * so on (to the day of discharge, once discharged). Counted on calendar dates, so a change of
 * daylight saving time cannot shift it.
 */
export function hospitalDay(
  admittedAt: string,
  dischargedAt: string | null | undefined,
  zone: string,
  now: number = Date.now(),
): number {
  const first = dayjs(admittedAt).tz(zone).format('YYYY-MM-DD');
  const last = dischargedAt ? dayjs(dischargedAt).tz(zone).format('YYYY-MM-DD') : todayIn(zone, now);
  return dayjs.utc(last).diff(dayjs.utc(first), 'day') + 1;
}

/** Milliseconds from `now` to the next midnight on the unit's clock (when "today" changes). */
export function msUntilNextDay(zone: string, now: number = Date.now()): number {
  const next = dayjs.tz(todayIn(zone, now), zone).add(1, 'day');
  return next.valueOf() - now;
}

/** `YYYY-MM-DD HH:mm:ss` of `now` on the unit's clock: the wall-clock value a date-time picker edits. */
export function unitWallClock(zone: string, now: number = Date.now()): string {
  return dayjs(now).tz(zone).format('YYYY-MM-DD HH:mm:ss');
}

/** The instant (ISO, UTC) of a wall-clock `YYYY-MM-DD HH:mm[:ss]` read on the unit's clock. */
export function instantOf(wallClock: string, zone: string): string {
  return dayjs.tz(wallClock, zone).toISOString();
}
