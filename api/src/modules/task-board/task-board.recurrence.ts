import type { InterventionSchedule } from '../care-plan/care-plan.entity.js';
import { addLocalDays, localDate, startOfLocalDay, zonedToInstant } from './task-board.time.js';

/** Nursing shifts on the unit's clock: a day shift and a night shift of twelve hours. */
export const SHIFT_STARTS = [7, 19] as const;
const SHIFT_HOURS = 12;
const HOUR_MS = 3_600_000;

/** One time an intervention is due to be done, and when its card falls due. */
export interface Occurrence {
  at: Date;
  dueAt: Date;
}

/**
 * The occurrences of a schedule that start in [from, to), on the unit's clock: DAILY at its time,
 * EACH_SHIFT at 07:00 and 19:00 (due when the shift ends), EVERY_N_HOURS from midnight each day.
 */
export function occurrencesOf(schedule: InterventionSchedule, from: Date, to: Date, timeZone: string): Occurrence[] {
  const out: Occurrence[] = [];
  for (let day = startOfLocalDay(from, timeZone); day < to; day = addLocalDays(day, 1, timeZone)) {
    const date = localDate(new Date(day.getTime() + 12 * HOUR_MS), timeZone)
      .split('-')
      .map(Number) as [number, number, number];
    const at = (hour: number, minute = 0) =>
      zonedToInstant({ year: date[0], month: date[1], day: date[2], hour, minute }, timeZone);
    if (schedule.kind === 'DAILY' && schedule.at) {
      const [h, m] = schedule.at.split(':').map(Number) as [number, number];
      const time = at(h, m);
      out.push({ at: time, dueAt: time });
    } else if (schedule.kind === 'EACH_SHIFT') {
      for (const start of SHIFT_STARTS) {
        const time = at(start);
        out.push({ at: time, dueAt: new Date(time.getTime() + SHIFT_HOURS * HOUR_MS) });
      }
    } else if (schedule.kind === 'EVERY_N_HOURS' && schedule.everyHours) {
      for (let hour = 0; hour < 24; hour += schedule.everyHours) {
        const time = at(hour);
        out.push({ at: time, dueAt: time });
      }
    }
  }
  return out.filter((o) => o.at >= from && o.at < to);
}

/** The key that makes one card per intervention and occurrence, whoever generates it and however often. */
export const recurrenceKey = (interventionId: string, at: Date) => `${interventionId}@${at.toISOString()}`;
