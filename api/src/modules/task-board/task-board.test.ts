import { describe, expect, it } from 'vitest';
import { compareKeyed, keyAfter, keysAtEnd } from './task-board.ordering.js';
import { occurrencesOf, recurrenceKey } from './task-board.recurrence.js';
import { dueFlags, localDate, parseDueAt, startOfLocalDay } from './task-board.time.js';

const NY = 'America/New_York';

describe('due times on the unit clock', () => {
  it('reads a time without an offset on the zone clock, in summer and in winter', () => {
    expect(parseDueAt('2026-07-01T09:00', NY).toISOString()).toBe('2026-07-01T13:00:00.000Z');
    expect(parseDueAt('2026-01-15T09:30:15', NY).toISOString()).toBe('2026-01-15T14:30:15.000Z');
  });

  it('takes a time with an offset as that instant', () => {
    expect(parseDueAt('2026-07-01T09:00Z', NY).toISOString()).toBe('2026-07-01T09:00:00.000Z');
    expect(parseDueAt('2026-07-01T09:00+02:00', NY).toISOString()).toBe('2026-07-01T07:00:00.000Z');
  });

  it('moves a time the clock skips (spring forward) forward by the lost hour, like a wall clock', () => {
    // 2026-03-08 02:30 does not exist in New York; 03:30 EDT is 07:30Z.
    expect(parseDueAt('2026-03-08T02:30', NY).toISOString()).toBe('2026-03-08T07:30:00.000Z');
  });

  it.each([
    'tomorrow',
    '2026-02-29T10:00',
    '2026-04-31T10:00',
    '2026-11-25T24:00',
    '2026-11-25T10:60',
    '2026-11-25',
    '1999-12-31T10:00',
    '2026-11-25T10:00+15:00',
    '2026-11-25 10:00',
  ])('refuses %s with BAD_USER_INPUT naming the field', (value) => {
    expect(() => parseDueAt(value, NY)).toThrow(
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'dueAt' } }),
    );
  });

  it('puts a late-evening instant on its local date, and finds local midnight', () => {
    const lateEvening = new Date('2026-11-26T03:30:00Z'); // 22:30 on the 25th in New York
    expect(localDate(lateEvening, NY)).toBe('2026-11-25');
    expect(startOfLocalDay(lateEvening, NY).toISOString()).toBe('2026-11-25T05:00:00.000Z');
  });

  it('flags past-due open cards as overdue and cards due on the local date as due today; complete cards are neither', () => {
    const now = new Date('2026-11-25T17:00:00Z');
    expect(dueFlags({ dueAt: '2026-11-25T16:00:00Z', completedAt: null }, NY, now)).toEqual({
      overdue: true,
      dueToday: true,
    });
    expect(dueFlags({ dueAt: '2026-11-26T03:30:00Z', completedAt: null }, NY, now)).toEqual({
      overdue: false,
      dueToday: true,
    });
    expect(dueFlags({ dueAt: '2026-11-26T05:30:00Z', completedAt: null }, NY, now)).toEqual({
      overdue: false,
      dueToday: false,
    });
    expect(dueFlags({ dueAt: '2026-11-20T05:30:00Z', completedAt: '2026-11-21T00:00:00Z' }, NY, now)).toEqual({
      overdue: false,
      dueToday: false,
    });
  });
});

describe('card order', () => {
  const card = (id: string, position: string) => ({ id, position });

  it('orders by position, then id', () => {
    const cards = [card('b', 'a1'), card('a', 'a1'), card('c', 'a0')];
    expect(cards.sort(compareKeyed).map((c) => c.id)).toEqual(['c', 'a', 'b']);
  });

  it('places a card between its neighbours, first when no neighbour is named', () => {
    const column = [card('x', 'a0'), card('y', 'a1')];
    expect(keyAfter(column, 'x') > 'a0' && keyAfter(column, 'x') < 'a1').toBe(true);
    expect(keyAfter(column, null) < 'a0').toBe(true);
    expect(keyAfter(column, 'y') > 'a1').toBe(true);
  });

  it('after a run of equal keys (left by two concurrent moves) it places the card after the whole run, never failing', () => {
    const column = [card('p', 'a0'), card('q', 'a0'), card('r', 'a1')].sort(compareKeyed);
    const key = keyAfter(column, 'p');
    expect(key > 'a0' && key < 'a1').toBe(true);
  });

  it('refuses a neighbour that is not in the column', () => {
    expect(() => keyAfter([card('x', 'a0')], 'nope')).toThrow(
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'afterId' } }),
    );
  });

  it('makes increasing keys after the last card', () => {
    const keys = keysAtEnd([card('x', 'a5'), card('y', 'a2')], 3);
    expect(keys[0] && keys[0] > 'a5').toBe(true);
    expect([...keys].sort()).toEqual(keys);
  });
});

describe('recurring occurrences', () => {
  const from = new Date('2026-11-25T05:00:00Z'); // midnight in New York
  const to = new Date('2026-11-26T05:00:00Z');
  const iso = (o: { at: Date; dueAt: Date }[]) => o.map((x) => [x.at.toISOString(), x.dueAt.toISOString()]);

  it('DAILY at a time: once a day, due then', () => {
    expect(iso(occurrencesOf({ kind: 'DAILY', at: '06:00', everyHours: null }, from, to, NY))).toEqual([
      ['2026-11-25T11:00:00.000Z', '2026-11-25T11:00:00.000Z'],
    ]);
  });

  it('EACH_SHIFT: at 07:00 and 19:00, each due when its shift ends', () => {
    expect(iso(occurrencesOf({ kind: 'EACH_SHIFT', at: null, everyHours: null }, from, to, NY))).toEqual([
      ['2026-11-25T12:00:00.000Z', '2026-11-26T00:00:00.000Z'],
      ['2026-11-26T00:00:00.000Z', '2026-11-26T12:00:00.000Z'],
    ]);
  });

  it('EVERY_N_HOURS: from midnight on the local clock', () => {
    const every8 = occurrencesOf({ kind: 'EVERY_N_HOURS', at: null, everyHours: 8 }, from, to, NY);
    expect(every8.map((o) => o.at.toISOString())).toEqual([
      '2026-11-25T05:00:00.000Z',
      '2026-11-25T13:00:00.000Z',
      '2026-11-25T21:00:00.000Z',
    ]);
  });

  it('keeps local times across the autumn clock change', () => {
    const daily = occurrencesOf(
      { kind: 'DAILY', at: '09:00', everyHours: null },
      new Date('2026-10-31T04:00:00Z'),
      new Date('2026-11-03T05:00:00Z'),
      NY,
    );
    expect(daily.map((o) => o.at.toISOString())).toEqual([
      '2026-10-31T13:00:00.000Z',
      '2026-11-01T14:00:00.000Z',
      '2026-11-02T14:00:00.000Z',
    ]);
  });

  it('keys an occurrence by intervention and instant', () => {
    expect(recurrenceKey('i-1', new Date('2026-11-25T11:00:00Z'))).toBe('i-1@2026-11-25T11:00:00.000Z');
  });
});
