import { describe, expect, it } from 'vitest';
import { presenceChanges } from './presence-changes.js';

const me = { userId: 'u-me', name: 'Riley Chen', discipline: 'RN' };
const avery = { userId: 'u-avery', name: 'Avery Patel', discipline: 'SW' };
const minh = { userId: 'u-minh', name: 'Dr. Minh Nguyen', discipline: 'MD' };
const admin = { userId: 'u-admin', name: 'Pat Admin', discipline: null };

describe('presence announcements', () => {
  it('names each person who opened or left the record', () => {
    expect(presenceChanges([me, avery], [me, minh, admin], me.userId)).toEqual([
      'Dr. Minh Nguyen (MD) opened this patient',
      'Pat Admin opened this patient',
      'Avery Patel (SW) left this patient',
    ]);
  });

  it('never announces the viewer, and says nothing when nobody came or went', () => {
    expect(presenceChanges([], [me], me.userId)).toEqual([]);
    expect(presenceChanges([me, avery], [avery, me], me.userId)).toEqual([]);
  });
});
