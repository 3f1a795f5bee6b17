import { describe, expect, it } from 'vitest';
import { dropIndex, dropTarget, isNoOp } from './task-board.moves.js';

describe('where a dropped card goes', () => {
  const column = ['a', 'b', 'c', 'd', 'e'];

  it('between two visible cards: after the one above, position among what is shown', () => {
    expect(dropTarget('x', 'c1', ['a', 'b', 'c'], 1, column)).toEqual({
      columnId: 'c1',
      afterId: 'a',
      position: 2,
      of: 4,
    });
  });

  it('at the top of a filtered cell: after the hidden card that precedes the first shown one', () => {
    // Shown: c and e (a, b, d hidden by a filter).
    expect(dropTarget('x', 'c1', ['c', 'e'], 0, column)).toMatchObject({ afterId: 'b', position: 1, of: 3 });
    expect(dropTarget('x', 'c1', ['a', 'e'], 0, column)).toMatchObject({ afterId: null, position: 1 });
  });

  it('into an empty cell: the end of the column', () => {
    expect(dropTarget('x', 'c1', [], 0, column)).toEqual({ columnId: 'c1', afterId: 'e', position: 1, of: 1 });
    expect(dropTarget('x', 'c1', [], 0, [])).toEqual({ columnId: 'c1', afterId: null, position: 1, of: 1 });
  });

  it('within its own cell, the card itself is not a neighbour', () => {
    // b moves to the end of a, b, c.
    expect(dropTarget('b', 'c1', ['a', 'b', 'c'], 2, column)).toMatchObject({ afterId: 'c', position: 3, of: 3 });
  });

  it('sortable semantics in its own cell: down lands after the card it is over, up before it', () => {
    expect(dropIndex('b', ['a', 'b', 'c', 'd'], 'd', false)).toBe(3);
    expect(dropIndex('c', ['a', 'b', 'c', 'd'], 'a', false)).toBe(0);
    expect(dropIndex('b', ['a', 'b', 'c'], 'b', false)).toBe(1);
  });

  it('in another cell: before the card it is over, or after it once past its middle', () => {
    expect(dropIndex('x', ['a', 'b'], 'b', false)).toBe(1);
    expect(dropIndex('x', ['a', 'b'], 'b', true)).toBe(2);
    expect(dropIndex('x', ['a', 'b'], null, false)).toBe(2);
  });

  it('a drop back where it was changes nothing', () => {
    expect(isNoOp(dropTarget('b', 'c1', ['a', 'b', 'c'], 1, column), 'c1', column, 'b')).toBe(true);
    expect(isNoOp(dropTarget('b', 'c1', ['a', 'b', 'c'], 2, column), 'c1', column, 'b')).toBe(false);
    expect(isNoOp(dropTarget('b', 'c2', [], 0, []), 'c1', column, 'b')).toBe(false);
  });
});
