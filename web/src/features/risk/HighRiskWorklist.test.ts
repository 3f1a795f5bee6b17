import type { HighRiskCaseloadQuery } from '@carehub/schema/graphql';
import { describe, expect, it } from 'vitest';
import { sortWorklist } from './HighRiskWorklist.js';

type Row = HighRiskCaseloadQuery['myCaseload'][number];

const row = (name: string, score: number | null, extra: Partial<Row> = {}) =>
  ({
    id: name,
    name,
    status: 'ADMITTED',
    lengthOfStayDays: 2,
    expectedDischargeDate: null,
    readmissionRisk: { score, level: score === null ? null : score >= 10 ? 'HIGH' : 'MODERATE', missing: [] },
    ...extra,
  }) as unknown as Row;

describe('high-risk worklist', () => {
  it('lists admitted patients at LACE 10 or more, highest first, ties by name', () => {
    const rows = [row('Walter', 10), row('Dennis', 12), row('Harold', 6), row('Eleanor', 12), row('Grace', null)];
    expect(sortWorklist(rows, 'score').map((r) => r.name)).toEqual(['Dennis', 'Eleanor', 'Walter']);
  });

  it('leaves out a discharged patient and sorts by the chosen column', () => {
    const rows = [
      row('Maria', 11, { lengthOfStayDays: 6 }),
      row('Rosa', 12, { lengthOfStayDays: 11 }),
      row('Ann', 14, { status: 'DISCHARGED' } as Partial<Row>),
    ];
    expect(sortWorklist(rows, 'name').map((r) => r.name)).toEqual(['Maria', 'Rosa']);
    expect(sortWorklist(rows, 'day').map((r) => r.name)).toEqual(['Rosa', 'Maria']);
  });
});
