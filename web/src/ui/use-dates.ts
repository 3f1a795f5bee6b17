import { useContext, useEffect, useMemo, useState } from 'react';
import {
  deviceTimeZone,
  formatDate,
  formatDateTime,
  hospitalDay,
  isOverdue,
  msUntilNextDay,
  todayIn,
} from '../platform/dates.js';
import { TimeZoneContext } from './time-zone.js';

/**
 * Date formatting and "today" on the unit's clock (the device's zone for a viewer on no unit).
 * The component re-renders at the unit's midnight, so a wall screen left open turns a due date
 * overdue without a reload.
 */
export function useDates() {
  const zone = useContext(TimeZoneContext) ?? deviceTimeZone();
  const [today, setToday] = useState(() => todayIn(zone));
  useEffect(() => {
    setToday(todayIn(zone));
    let timer: ReturnType<typeof setTimeout>;
    const schedule = () => {
      timer = setTimeout(() => {
        setToday(todayIn(zone));
        schedule();
      }, msUntilNextDay(zone) + 1_000);
    };
    schedule();
    return () => clearTimeout(timer);
  }, [zone]);
  return useMemo(
    () => ({
      zone,
      today,
      date: (value: string | null | undefined) => formatDate(value, zone),
      dateTime: (value: string | null | undefined) => formatDateTime(value, zone),
      isOverdue: (due: string | null | undefined) => isOverdue(due, zone),
      hospitalDay: (admittedAt: string, dischargedAt?: string | null) => hospitalDay(admittedAt, dischargedAt, zone),
    }),
    [zone, today],
  );
}
