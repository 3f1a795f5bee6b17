import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import { todayIn } from '../../platform/dates.js';

dayjs.extend(utc);
dayjs.extend(timezone);

/**
 * The shape of a board as the kanban lays it out, independent of how the hub sends it: the pure
 * rules of the task board (grouping, order, counts, WIP, due highlighting) are tested on this.
 */
export interface LayoutColumn {
  id: string;
  name: string;
  position: string;
  wipLimit?: number | null;
  /** A column whose tasks are finished (Done): never overdue. */
  done?: boolean | null;
}

export interface LayoutTask {
  id: string;
  title: string;
  columnId: string;
  position: string;
  patient?: { id: string; name: string; bed?: string | null } | null;
  assignee?: { id: string; name: string } | null;
  discipline?: string | null;
  /** An instant (ISO) or a calendar date (`YYYY-MM-DD`, due by the end of that day on the unit's clock). */
  dueAt?: string | null;
  labels?: readonly string[] | null;
  completedAt?: string | null;
}

/** Fractional keys order by code point, not by locale; ids break ties so two screens agree. */
export function byPosition(a: { position: string; id: string }, b: { position: string; id: string }): number {
  if (a.position !== b.position) return a.position < b.position ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A lane of the board: one patient's row on a unit board, or the whole board. */
export interface Lane<T extends LayoutTask> {
  /** `all` for the board without lanes, the patient's id, or `none` for tasks of no patient. */
  key: string;
  label: string;
  cells: Map<string, T[]>;
  total: number;
}

export const ALL_LANE = 'all';
export const NO_PATIENT_LANE = 'none';

/**
 * Tasks grouped into lanes (by patient, or one lane) and columns, each cell in position order.
 * Patients' lanes are ordered by bed then name (the order a unit walks its rooms); tasks of no
 * patient come last.
 */
export function layOut<T extends LayoutTask>(
  columns: readonly LayoutColumn[],
  tasks: readonly T[],
  lanes: 'none' | 'patient',
): Lane<T>[] {
  const ordered = [...columns].sort(byPosition);
  const emptyCells = () => new Map<string, T[]>(ordered.map((c) => [c.id, []]));
  const result = new Map<string, Lane<T>>();
  const laneOf = (task: T) => {
    if (lanes === 'none') return { key: ALL_LANE, label: 'All tasks', bed: '' };
    if (!task.patient) return { key: NO_PATIENT_LANE, label: 'No patient', bed: '' };
    const bed = task.patient.bed ?? '';
    return { key: task.patient.id, label: bed ? `${task.patient.name} · Bed ${bed}` : task.patient.name, bed };
  };
  const sortKeys = new Map<string, string>();
  for (const task of [...tasks].sort(byPosition)) {
    const { key, label, bed } = laneOf(task);
    let lane = result.get(key);
    if (!lane) {
      lane = { key, label, cells: emptyCells(), total: 0 };
      result.set(key, lane);
      sortKeys.set(key, `${key === NO_PATIENT_LANE ? 1 : 0}|${bed.padStart(8, '0')}|${label}`);
    }
    const cell = lane.cells.get(task.columnId);
    if (!cell) continue; // A column this screen does not know (yet): the board is read again by the live layer.
    cell.push(task);
    lane.total += 1;
  }
  if (lanes === 'none' && result.size === 0)
    result.set(ALL_LANE, { key: ALL_LANE, label: 'All tasks', cells: emptyCells(), total: 0 });
  return [...result.values()].sort((a, b) => {
    const x = sortKeys.get(a.key) ?? '';
    const y = sortKeys.get(b.key) ?? '';
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

export interface ColumnCount {
  /** Every task in the column, filtered or not: what the WIP limit counts. */
  total: number;
  /** Tasks the filters let through. */
  shown: number;
  wipLimit: number | null;
  /** At the limit: one more would exceed it. */
  full: boolean;
  /** Over the limit (the hub allowed it, or the limit was lowered). */
  over: boolean;
}

/** Counts per column, against its WIP limit. */
export function columnCounts(
  columns: readonly LayoutColumn[],
  all: readonly LayoutTask[],
  shown: readonly LayoutTask[],
): Map<string, ColumnCount> {
  const count = (list: readonly LayoutTask[]) => {
    const map = new Map<string, number>();
    for (const t of list) map.set(t.columnId, (map.get(t.columnId) ?? 0) + 1);
    return map;
  };
  const totals = count(all);
  const shownCounts = count(shown);
  return new Map(
    columns.map((c) => {
      const total = totals.get(c.id) ?? 0;
      const wipLimit = c.wipLimit ?? null;
      return [
        c.id,
        {
          total,
          shown: shownCounts.get(c.id) ?? 0,
          wipLimit,
          full: wipLimit !== null && total >= wipLimit,
          over: wipLimit !== null && total > wipLimit,
        },
      ];
    }),
  );
}

export type DueState = 'overdue' | 'due-soon' | 'due-today' | 'later' | 'none';

/** How long before its due time a task counts as "due soon". */
export const DUE_SOON_MS = 2 * 60 * 60 * 1000;

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The instant a task is due: a calendar date is due by the end of that day on the unit's clock. */
export const dueInstant = remembered((dueAt: string, zone: string): number =>
  CALENDAR_DATE.test(dueAt) ? dayjs.tz(dueAt, zone).endOf('day').valueOf() : Date.parse(dueAt),
);

/** The unit's today, asked once a minute rather than once per card. */
const todayAt = remembered((minute: string, zone: string) => todayIn(zone, Number(minute) * 60_000));
const today = (zone: string, now: number) => todayAt(String(Math.floor(now / 60_000)), zone);

/**
 * Remembers a few thousand answers of a pure function of strings: reading a date on a zone's
 * clock goes through Intl and is the dearest part of drawing a card, and a board asks the same
 * question for the same card on every render.
 */
function remembered<T>(compute: (a: string, b: string) => T): (a: string, b: string) => T {
  const answers = new Map<string, T>();
  return (a, b) => {
    const key = `${a}|${b}`;
    let answer = answers.get(key);
    if (answer === undefined) {
      if (answers.size > 5_000) answers.clear();
      answer = compute(a, b);
      answers.set(key, answer);
    }
    return answer;
  };
}

/** The calendar day (`YYYY-MM-DD`, unit's clock) a task is due. */
export const dueDay = remembered((dueAt: string, zone: string): string =>
  CALENDAR_DATE.test(dueAt) ? dueAt : dayjs(dueAt).tz(zone).format('YYYY-MM-DD'),
);

/**
 * Whether a task needs attention, on the unit's clock: overdue once its due time has passed,
 * due soon within two hours of it, due today later that day. A finished task (completed, or in
 * a Done column) is never overdue.
 */
export function dueState(task: LayoutTask, zone: string, now: number, finished = false): DueState {
  if (!task.dueAt) return 'none';
  if (finished || task.completedAt) return 'later';
  const at = dueInstant(task.dueAt, zone);
  if (Number.isNaN(at)) return 'none';
  if (at < now) return 'overdue';
  if (at - now <= DUE_SOON_MS) return 'due-soon';
  return dueDay(task.dueAt, zone) === today(zone, now) ? 'due-today' : 'later';
}
