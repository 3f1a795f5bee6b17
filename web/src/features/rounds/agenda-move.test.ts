import { describe, expect, it } from 'vitest';
import { afterIdFor } from './agenda-move.js';

describe('an agenda drop', () => {
  const ids = ['a', 'b', 'c', 'd'];
  it('moving down lands after the patient dropped on', () => {
    expect(afterIdFor(ids, 'a', 'c')).toBe('c');
    expect(afterIdFor(ids, 'b', 'd')).toBe('d');
  });
  it('moving up lands before the patient dropped on', () => {
    expect(afterIdFor(ids, 'd', 'b')).toBe('a');
    expect(afterIdFor(ids, 'c', 'a')).toBeNull();
  });
  it('an unknown patient moves nowhere in particular: first', () => {
    expect(afterIdFor(ids, 'x', 'a')).toBeNull();
  });
});
