import { todayIn } from '../../platform/dates.js';
import { dueDay, dueState, type LayoutTask } from './task-board.layout.js';

/**
 * The board's filters, kept in the address (`?assignee=mine&due=overdue&discipline=RN…`) so a
 * filtered board can be bookmarked, shared and reloaded. Unknown or malformed values are dropped,
 * never guessed.
 */
export interface BoardFilters {
  /** `mine`: assigned to me; `unassigned`: nobody yet (a discipline may still own it). */
  assignee: 'mine' | 'unassigned' | null;
  due: 'overdue' | 'today' | null;
  discipline: string | null;
  patient: string | null;
  label: string | null;
  /** Swimlanes by patient (the unit board's default) or one lane. */
  lanes: 'patient' | 'none' | null;
}

export const NO_FILTERS: BoardFilters = {
  assignee: null,
  due: null,
  discipline: null,
  patient: null,
  label: null,
  lanes: null,
};

const ASSIGNEE = ['mine', 'unassigned'] as const;
const DUE = ['overdue', 'today'] as const;
const LANES = ['patient', 'none'] as const;
const one = <T extends string>(allowed: readonly T[], value: string | null): T | null =>
  value && (allowed as readonly string[]).includes(value) ? (value as T) : null;
/** Free-text values (a label, an id) are kept short and trimmed; an empty one is no filter. */
const text = (value: string | null) => {
  const v = value?.trim().slice(0, 100);
  return v ? v : null;
};

/** Reads the filters from the address's search params. */
export function readFilters(params: URLSearchParams, disciplines: readonly string[]): BoardFilters {
  return {
    assignee: one(ASSIGNEE, params.get('assignee')),
    due: one(DUE, params.get('due')),
    discipline: one(disciplines, params.get('discipline')),
    patient: text(params.get('patient')),
    label: text(params.get('label')),
    lanes: one(LANES, params.get('lanes')),
  };
}

/** The search params with `change` applied; other params (not the board's) are kept. */
export function writeFilters(params: URLSearchParams, change: Partial<BoardFilters>): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(change)) {
    if (value === null || value === undefined || value === '') next.delete(key);
    else next.set(key, String(value));
  }
  return next;
}

/** How many filters narrow the board (lanes only arrange it). */
export function activeFilterCount(filters: BoardFilters): number {
  const { lanes: _lanes, ...narrowing } = filters;
  return Object.values(narrowing).filter((v) => v !== null).length;
}

/** Whether a task passes every filter, for `viewerId` on the unit's clock at `now`. */
export function matches(
  task: LayoutTask,
  filters: BoardFilters,
  context: { viewerId: string; zone: string; now: number; finished?: boolean },
): boolean {
  const { viewerId, zone, now } = context;
  if (filters.assignee === 'mine' && task.assignee?.id !== viewerId) return false;
  if (filters.assignee === 'unassigned' && task.assignee) return false;
  if (filters.discipline && task.discipline !== filters.discipline) return false;
  if (filters.patient && task.patient?.id !== filters.patient) return false;
  if (filters.label && !(task.labels ?? []).includes(filters.label)) return false;
  if (filters.due === 'overdue' && dueState(task, zone, now, context.finished) !== 'overdue') return false;
  if (filters.due === 'today' && (!task.dueAt || dueDay(task.dueAt, zone) !== todayIn(zone, now))) return false;
  return true;
}

/** Every label on the board, sorted, for the label filter's choices. */
export function labelsOf(tasks: readonly LayoutTask[]): string[] {
  return [...new Set(tasks.flatMap((t) => t.labels ?? []))].sort((a, b) => a.localeCompare(b));
}

/** The patients on the board, sorted by name, for the patient filter's choices. */
export function patientsOf(tasks: readonly LayoutTask[]): { id: string; name: string }[] {
  const map = new Map<string, string>();
  for (const t of tasks) if (t.patient) map.set(t.patient.id, t.patient.name);
  return [...map].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}
