import { describe, expect, it } from 'vitest';
import { ALL_LANE, columnCounts, dueState, type LayoutTask, layOut, NO_PATIENT_LANE } from './task-board.layout.js';

const columns = [
  { id: 'c-done', name: 'Done', position: 'a3', done: true },
  { id: 'c-todo', name: 'To do', position: 'a0' },
  { id: 'c-doing', name: 'In progress', position: 'a1', wipLimit: 2 },
];
const eleanor = { id: 'p1', name: 'Eleanor Whitfield', bed: '12' };
const marcus = { id: 'p2', name: 'Marcus Bell', bed: '3' };
const task = (id: string, columnId: string, position: string, extra: Partial<LayoutTask> = {}): LayoutTask => ({
  id,
  title: id,
  columnId,
  position,
  ...extra,
});

describe('laying out the board', () => {
  it('puts each task in its column in position order, columns in their own order', () => {
    const lanes = layOut(
      columns,
      [task('b', 'c-todo', 'a2'), task('a', 'c-todo', 'a1'), task('c', 'c-doing', 'a0')],
      'none',
    );
    expect(lanes).toHaveLength(1);
    expect(lanes[0]?.key).toBe(ALL_LANE);
    expect([...(lanes[0]?.cells.keys() ?? [])]).toEqual(['c-todo', 'c-doing', 'c-done']);
    expect(lanes[0]?.cells.get('c-todo')?.map((t) => t.id)).toEqual(['a', 'b']);
  });

  it('orders fractional positions by code point and equal positions by id, so every screen agrees', () => {
    const lanes = layOut(
      columns,
      [task('z', 'c-todo', 'a0V'), task('y', 'c-todo', 'a0'), task('x', 'c-todo', 'a0')],
      'none',
    );
    expect(lanes[0]?.cells.get('c-todo')?.map((t) => t.id)).toEqual(['x', 'y', 'z']);
  });

  it('gives each patient a lane by bed, and tasks of no patient a last lane', () => {
    const lanes = layOut(
      columns,
      [
        task('t1', 'c-todo', 'a0', { patient: eleanor }),
        task('t2', 'c-todo', 'a1'),
        task('t3', 'c-doing', 'a0', { patient: marcus }),
      ],
      'patient',
    );
    expect(lanes.map((l) => [l.key, l.label, l.total])).toEqual([
      ['p2', 'Marcus Bell · Bed 3', 1],
      ['p1', 'Eleanor Whitfield · Bed 12', 1],
      [NO_PATIENT_LANE, 'No patient', 1],
    ]);
  });

  it('shows an empty board as one lane of empty columns', () => {
    const lanes = layOut(columns, [], 'none');
    expect(lanes[0]?.cells.get('c-doing')).toEqual([]);
  });
});

describe('column counts and WIP limits', () => {
  it('counts every task against the limit, and those the filters show', () => {
    const all = [task('a', 'c-doing', 'a0'), task('b', 'c-doing', 'a1'), task('c', 'c-todo', 'a0')];
    const counts = columnCounts(columns, all, [all[0] as LayoutTask]);
    expect(counts.get('c-doing')).toEqual({ total: 2, shown: 1, wipLimit: 2, full: true, over: false });
    expect(counts.get('c-todo')).toEqual({ total: 1, shown: 0, wipLimit: null, full: false, over: false });
  });

  it('marks a column over its limit', () => {
    const all = ['a', 'b', 'c'].map((id) => task(id, 'c-doing', 'a0'));
    expect(columnCounts(columns, all, all).get('c-doing')?.over).toBe(true);
  });
});

describe('due highlighting on the unit clock', () => {
  const LA = 'America/Los_Angeles';
  // 21:30 on Nov 24 in Los Angeles = 05:30 on Nov 25 UTC.
  const now = Date.parse('2026-11-25T05:30:00Z');

  it('a task due earlier is overdue, within two hours due soon, later that day due today', () => {
    expect(dueState(task('a', 'c', 'a', { dueAt: '2026-11-25T05:00:00Z' }), LA, now)).toBe('overdue');
    expect(dueState(task('a', 'c', 'a', { dueAt: '2026-11-25T07:00:00Z' }), LA, now)).toBe('due-soon');
    expect(dueState(task('a', 'c', 'a', { dueAt: '2026-11-25T07:45:00Z' }), LA, now)).toBe('due-today');
    expect(dueState(task('a', 'c', 'a', { dueAt: '2026-11-25T09:00:00Z' }), LA, now)).toBe('later');
  });

  it('a calendar date is due by the end of that day on the unit clock, not in UTC', () => {
    // Already Nov 25 in UTC, still Nov 24 in Los Angeles: a task due Nov 24 is due today, not overdue.
    expect(dueState(task('a', 'c', 'a', { dueAt: '2026-11-24' }), LA, now)).toBe('due-today');
    expect(dueState(task('a', 'c', 'a', { dueAt: '2026-11-23' }), LA, now)).toBe('overdue');
  });

  it('a finished task and a task with no due date are never overdue', () => {
    expect(
      dueState(task('a', 'c', 'a', { dueAt: '2026-11-20T00:00:00Z', completedAt: '2026-11-21T00:00:00Z' }), LA, now),
    ).toBe('later');
    expect(dueState(task('a', 'c', 'a', { dueAt: '2026-11-20T00:00:00Z' }), LA, now, true)).toBe('later');
    expect(dueState(task('a', 'c', 'a'), LA, now)).toBe('none');
  });
});
