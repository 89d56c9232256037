import { describe, expect, it } from 'vitest';
import { heldAsPairsWords, sourceEntries } from '../../src/answers/sources.js';
import type { SourceSummary } from '../../src/search/coverage.js';

describe('the sources the bots show every member', () => {
  // A spreadsheet imported by naming it on the command line: the index records the operator's path.
  const sources: SourceSummary[] = [
    { kind: 'bundled', briefings: 1212, from: '2016-11-07', to: '2026-08-17' },
    { kind: 'imported', briefings: 1, from: '2019-03-05', to: '2019-03-05', sheets: [{ file: '/home/alice/Downloads/CMFA_PressCon_v4.csv', briefings: 1, from: '2019-03-05', to: '2019-03-05' }] },
  ];

  it('name an imported spreadsheet by its file name, never by the folders it was imported from', () => {
    const held = sourceEntries(sources).find((e) => e.kind === 'imported')?.held;
    expect(held).toContain('CMFA_PressCon_v4.csv');
    expect(held).not.toContain('/home/alice');
    expect(heldAsPairsWords(sources)).toBe('only as the pairs imported from CMFA_PressCon_v4.csv, which may not hold every exchange');
  });
});
