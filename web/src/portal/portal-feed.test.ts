import { describe, expect, it } from 'vitest';
import { applyPortalEvent, itemsOf, type PortalItem } from './portal-feed.js';

const item = (id: string, at: string, kind = 'UPDATE'): PortalItem => ({
  id,
  kind: kind as PortalItem['kind'],
  title: 'Update',
  text: `text ${id}`,
  status: null,
  detail: null,
  date: null,
  reply: null,
  at,
});
const event = (itemId: string, shown: PortalItem | null) => ({
  id: '1',
  patientId: 'p',
  itemId,
  removed: shown === null,
  item: shown,
});

describe('portal feed', () => {
  it('puts a newly shared item first and replaces a changed one in place of the old', () => {
    const feed = [item('a', '2026-01-01T10:00:00Z'), item('b', '2026-01-01T09:00:00Z')];
    const added = applyPortalEvent(feed, event('c', item('c', '2026-01-01T11:00:00Z')));
    expect(added.map((i) => i.id)).toEqual(['c', 'a', 'b']);
    const changed = applyPortalEvent(added, event('b', { ...item('b', '2026-01-01T12:00:00Z'), text: 'new' }));
    expect(changed.map((i) => [i.id, i.text])).toEqual([
      ['b', 'new'],
      ['c', 'text c'],
      ['a', 'text a'],
    ]);
  });

  it('drops an item taken back, and applying the same event twice changes nothing', () => {
    const feed = [item('a', '2026-01-01T10:00:00Z'), item('b', '2026-01-01T09:00:00Z')];
    const once = applyPortalEvent(feed, event('a', null));
    expect(once.map((i) => i.id)).toEqual(['b']);
    expect(applyPortalEvent(once, event('a', null))).toEqual(once);
  });

  it('groups items by section kind', () => {
    const feed = [item('a', '2026-01-01T10:00:00Z', 'GOAL'), item('b', '2026-01-01T09:00:00Z')];
    expect(itemsOf(feed, ['GOAL', 'INTERVENTION']).map((i) => i.id)).toEqual(['a']);
  });
});
