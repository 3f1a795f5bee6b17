import { describe, expect, it } from 'vitest';
import { activeFilterCount, labelsOf, matches, NO_FILTERS, readFilters, writeFilters } from './task-board.filters.js';
import type { LayoutTask } from './task-board.layout.js';

const DISCIPLINES = ['RN', 'SW', 'PT'];
const LA = 'America/Los_Angeles';
const now = Date.parse('2026-11-25T05:30:00Z'); // Nov 24, 21:30 in Los Angeles
const context = { viewerId: 'u-riley', zone: LA, now };
const task = (extra: Partial<LayoutTask>): LayoutTask => ({
  id: 't',
  title: 't',
  columnId: 'c',
  position: 'a0',
  ...extra,
});

describe('filters in the address', () => {
  it('reads every filter from the search params', () => {
    const params = new URLSearchParams(
      'assignee=mine&due=overdue&discipline=SW&patient=p1&label=fall%20risk&lanes=none',
    );
    expect(readFilters(params, DISCIPLINES)).toEqual({
      assignee: 'mine',
      due: 'overdue',
      discipline: 'SW',
      patient: 'p1',
      label: 'fall risk',
      lanes: 'none',
    });
  });

  it('drops values it does not know instead of guessing', () => {
    const params = new URLSearchParams('assignee=everyone&due=tomorrow&discipline=XX&label=%20%20&lanes=sideways');
    expect(readFilters(params, DISCIPLINES)).toEqual(NO_FILTERS);
  });

  it('writes a change and keeps the other params; clearing a filter removes it', () => {
    const params = new URLSearchParams('task=t9&due=today');
    const next = writeFilters(params, { assignee: 'unassigned', due: null });
    expect(next.toString()).toBe('task=t9&assignee=unassigned');
    expect(readFilters(next, DISCIPLINES)).toEqual({ ...NO_FILTERS, assignee: 'unassigned' });
  });

  it('counts the filters that narrow the board, not the lane choice', () => {
    expect(activeFilterCount({ ...NO_FILTERS, lanes: 'none', label: 'x', due: 'today' })).toBe(2);
  });
});

describe('which tasks pass', () => {
  const mine = task({ assignee: { id: 'u-riley', name: 'Riley Chen' } });
  const nobodys = task({ discipline: 'SW' });
  it('mine and unassigned', () => {
    expect(matches(mine, { ...NO_FILTERS, assignee: 'mine' }, context)).toBe(true);
    expect(matches(nobodys, { ...NO_FILTERS, assignee: 'mine' }, context)).toBe(false);
    expect(matches(nobodys, { ...NO_FILTERS, assignee: 'unassigned' }, context)).toBe(true);
    expect(matches(mine, { ...NO_FILTERS, assignee: 'unassigned' }, context)).toBe(false);
  });

  it('discipline, patient and label', () => {
    const t = task({ discipline: 'PT', patient: { id: 'p1', name: 'Eleanor' }, labels: ['mobility', 'fall risk'] });
    expect(matches(t, { ...NO_FILTERS, discipline: 'PT', patient: 'p1', label: 'fall risk' }, context)).toBe(true);
    expect(matches(t, { ...NO_FILTERS, discipline: 'RN' }, context)).toBe(false);
    expect(matches(t, { ...NO_FILTERS, patient: 'p2' }, context)).toBe(false);
    expect(matches(t, { ...NO_FILTERS, label: 'wound' }, context)).toBe(false);
  });

  it('overdue and due today on the unit clock', () => {
    const late = task({ dueAt: '2026-11-25T04:00:00Z' }); // 20:00 Nov 24 in Los Angeles
    const tonight = task({ dueAt: '2026-11-25T07:30:00Z' }); // 23:30 Nov 24
    const tomorrowUtcToday = task({ dueAt: '2026-11-25T09:00:00Z' }); // 01:00 Nov 25 in Los Angeles
    expect(matches(late, { ...NO_FILTERS, due: 'overdue' }, context)).toBe(true);
    expect(matches(tonight, { ...NO_FILTERS, due: 'overdue' }, context)).toBe(false);
    expect(matches(tonight, { ...NO_FILTERS, due: 'today' }, context)).toBe(true);
    expect(matches(late, { ...NO_FILTERS, due: 'today' }, context)).toBe(true);
    expect(matches(tomorrowUtcToday, { ...NO_FILTERS, due: 'today' }, context)).toBe(false);
    expect(matches(task({}), { ...NO_FILTERS, due: 'today' }, context)).toBe(false);
  });

  it('a finished task is not overdue', () => {
    const done = task({ dueAt: '2026-11-20T00:00:00Z' });
    expect(matches(done, { ...NO_FILTERS, due: 'overdue' }, { ...context, finished: true })).toBe(false);
  });

  it('lists the board’s labels once each, sorted', () => {
    expect(labelsOf([task({ labels: ['wound', 'mobility'] }), task({ labels: ['mobility'] }), task({})])).toEqual([
      'mobility',
      'wound',
    ]);
  });
});
