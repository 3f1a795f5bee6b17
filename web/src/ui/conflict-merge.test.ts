import { describe, expect, it } from 'vitest';
import {
  changedFields,
  conflictRows,
  type FormField,
  keepMineFields,
  mergeFields,
  patchOf,
  valuesOf,
} from './conflict-merge.js';

const FIELDS: FormField[] = [
  { key: 'description', label: 'Goal', required: true },
  { key: 'targetValue', label: 'Target' },
  { key: 'targetDate', label: 'Target date', type: 'date' },
];

// The version the user started from, what they typed, and what someone else saved meanwhile.
const base = valuesOf(FIELDS, { description: 'Walk 50 m', targetValue: null, targetDate: '2026-12-01' });
const mine = { ...base, description: 'Walk 50 m with a frame' };
const theirs = valuesOf(FIELDS, { description: 'Walk 50 m', targetValue: 'twice a day', targetDate: '2026-12-01' });

describe('the conflict merge', () => {
  it('reads items as form text, with blank for none', () => {
    expect(base).toEqual({ description: 'Walk 50 m', targetValue: '', targetDate: '2026-12-01' });
  });

  it('merge sends only the fields you changed, so their other change stays', () => {
    const only = mergeFields(FIELDS, base, mine);
    expect(only.map((f) => f.key)).toEqual(['description']);
    expect(patchOf(only, mine)).toEqual({ description: 'Walk 50 m with a frame' });
  });

  it('keep mine sends every field that differs from theirs, undoing their change', () => {
    const only = keepMineFields(FIELDS, mine, theirs);
    expect(only.map((f) => f.key)).toEqual(['description', 'targetValue']);
    expect(patchOf(only, mine)).toEqual({ description: 'Walk 50 m with a frame', targetValue: null });
  });

  it('a blank optional field clears it, a blank required one is sent for the hub to refuse', () => {
    const cleared = { ...base, targetDate: '', description: '' };
    expect(patchOf(changedFields(FIELDS, base, cleared), cleared)).toEqual({ description: '', targetDate: null });
  });

  it('marks which side changed each field', () => {
    expect(conflictRows(FIELDS, base, mine, theirs)).toEqual([
      { label: 'Goal', theirs: 'Walk 50 m', mine: 'Walk 50 m with a frame', theyChanged: false, youChanged: true },
      { label: 'Target', theirs: 'twice a day', mine: '', theyChanged: true, youChanged: false },
      { label: 'Target date', theirs: '2026-12-01', mine: '2026-12-01', theyChanged: false, youChanged: false },
    ]);
  });
});
