import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.js';

describe('toCsv', () => {
  it('neutralises cells that a spreadsheet would run as a formula', () => {
    expect(toCsv([['=HYPERLINK("http://x")', '+1', '-2', '@SUM(A1)', 'plain']])).toBe(
      `"'=HYPERLINK(""http://x"")",'+1,'-2,'@SUM(A1),plain\r\n`,
    );
  });

  it('keeps numbers as numbers (negative ones too) and quotes commas, quotes and line breaks', () => {
    expect(
      toCsv([
        ['Reason', 'Days'],
        ['Bed, post-acute', -1],
        ['Line\nbreak', 0.667],
        [null, 3],
      ]),
    ).toBe('Reason,Days\r\n"Bed, post-acute",-1\r\n"Line\nbreak",0.667\r\n,3\r\n');
  });
});
