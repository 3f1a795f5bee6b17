import { badInput } from '../../platform/errors.js';

const DUE_AT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?$/;
const HOUR_MS = 3_600_000;

/** One formatter per zone: making one is far slower than using it, and a board asks for hundreds of cards. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterOf(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock fields of an instant on a zone's clock. */
function wallClock(instant: number, timeZone: string) {
  const parts = formatterOf(timeZone).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute') };
}

/** How far the zone's clock is ahead of UTC at an instant, in ms. */
function offsetAt(instant: number, timeZone: string): number {
  const w = wallClock(instant, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, 0);
  return asUtc - (instant - (instant % 60_000));
}

/**
 * The instant a wall-clock time on the zone's clock stands for. A time that the clock skips (the
 * hour lost when summer time starts) moves forward by that hour, as a wall clock does.
 */
export function zonedToInstant(
  fields: { year: number; month: number; day: number; hour: number; minute: number; second?: number },
  timeZone: string,
): Date {
  const local = Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute, fields.second ?? 0);
  const first = local - offsetAt(local, timeZone);
  // Once more at the candidate: the offset may differ across a change of summer time.
  const second = local - offsetAt(first, timeZone);
  const shows = (instant: number) => {
    const w = wallClock(instant, timeZone);
    return w.day === fields.day && w.hour === fields.hour && w.minute === fields.minute;
  };
  if (shows(second)) return new Date(second);
  if (shows(first)) return new Date(first);
  // A time the clock skips: the offset from before the change moves it forward by the gap.
  return new Date(Math.max(first, second));
}

/**
 * Parses a due date and time: `YYYY-MM-DDTHH:mm[:ss]` on the unit's clock, or with `Z` / `±HH:mm`
 * as that instant. Anything else — another format, a 31 November, a 25th hour, a year outside
 * 2000–2199 — is BAD_USER_INPUT naming `field`.
 */
export function parseDueAt(value: string, timeZone: string, field = 'dueAt'): Date {
  const m = DUE_AT.exec(value.trim());
  const refuse = () =>
    badInput(
      `${field} must be a date and time such as 2026-11-25T14:00 (the unit's clock) or 2026-11-25T19:00Z.`,
      field,
    );
  if (!m) throw refuse();
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map((v) => Number(v ?? 0)) as number[];
  const zone = m[7];
  if (year === undefined || month === undefined || day === undefined) throw refuse();
  if (year < 2000 || year > 2199 || month < 1 || month > 12) throw refuse();
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth || (hour ?? 0) > 23 || (minute ?? 0) > 59 || (second ?? 0) > 59) throw refuse();
  if (zone) {
    if (zone !== 'Z') {
      const [h, min] = zone.slice(1).split(':').map(Number) as [number, number];
      if (h > 14 || min > 59) throw refuse();
    }
    const parsed = new Date(value.trim());
    if (Number.isNaN(parsed.getTime())) throw refuse();
    return parsed;
  }
  return zonedToInstant({ year, month, day, hour: hour ?? 0, minute: minute ?? 0, second: second ?? 0 }, timeZone);
}

/** The calendar date (YYYY-MM-DD) of an instant on the zone's clock. */
export function localDate(instant: Date, timeZone: string): string {
  const w = wallClock(instant.getTime(), timeZone);
  return `${w.year}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
}

/** Midnight starting the zone's calendar day that contains `instant`. */
export function startOfLocalDay(instant: Date, timeZone: string): Date {
  const w = wallClock(instant.getTime(), timeZone);
  return zonedToInstant({ year: w.year, month: w.month, day: w.day, hour: 0, minute: 0 }, timeZone);
}

/** Adds whole days on the zone's clock (a day across a change of summer time is 23 or 25 hours). */
export function addLocalDays(midnight: Date, days: number, timeZone: string): Date {
  const w = wallClock(midnight.getTime() + 12 * HOUR_MS, timeZone);
  const next = new Date(Date.UTC(w.year, w.month - 1, w.day + days));
  return zonedToInstant(
    { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate(), hour: 0, minute: 0 },
    timeZone,
  );
}

/** Whether a card is past due (and not complete), and whether it falls due today, on the unit's clock. */
export function dueFlags(
  task: { dueAt: string | null; completedAt: string | null },
  timeZone: string,
  now: Date = new Date(),
): { overdue: boolean; dueToday: boolean } {
  if (!task.dueAt || task.completedAt) return { overdue: false, dueToday: false };
  const due = new Date(task.dueAt);
  return {
    overdue: due.getTime() < now.getTime(),
    dueToday: localDate(due, timeZone) === localDate(now, timeZone),
  };
}
