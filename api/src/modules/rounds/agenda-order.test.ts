import { describe, expect, it } from 'vitest';
import { defaultAgendaOrder } from './agenda-order.js';

const TODAY = '2026-11-25';
const p = (id: string, bed: string | null, expectedDischargeDate: string | null, risk?: number) => ({
  id,
  name: id,
  bed,
  expectedDischargeDate,
  risk,
});

describe('the default agenda order', () => {
  it('takes discharges due today (or overdue) first, then the soonest expected discharge, then the rest by room', () => {
    const census = [
      p('no-date-12', '4W-12', null),
      p('friday', '4W-01', '2026-11-27'),
      p('no-date-2', '4W-2', null),
      p('today', '4W-09', TODAY),
      p('overdue', '4W-10', '2026-11-24'),
      p('tomorrow', '4W-03', '2026-11-26'),
    ];
    expect(defaultAgendaOrder(census, TODAY).map((x) => x.id)).toEqual([
      'today',
      'overdue',
      'tomorrow',
      'friday',
      'no-date-2',
      'no-date-12',
    ]);
  });

  it('puts the higher risk first among patients expected to leave on the same day', () => {
    const census = [p('low', '4W-01', TODAY, 3), p('high', '4W-08', TODAY, 14), p('unscored', '4W-02', TODAY)];
    expect(defaultAgendaOrder(census, TODAY).map((x) => x.id)).toEqual(['high', 'low', 'unscored']);
  });

  it('orders rooms as people read them (4W-2 before 4W-10) and leaves the input untouched', () => {
    const census = [p('ten', '4W-10', null), p('two', '4W-2', null), p('no-bed', null, null)];
    expect(defaultAgendaOrder(census, TODAY).map((x) => x.id)).toEqual(['two', 'ten', 'no-bed']);
    expect(census.map((x) => x.id)).toEqual(['ten', 'two', 'no-bed']);
  });
});
