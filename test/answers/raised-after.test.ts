import { describe, expect, it } from 'vitest';
import { citation } from '../../src/answers/citation.js';
import { questionAsked, questionHeading, raisedAfterConference } from '../../src/answers/question-heading.js';
import { quotableSpans } from '../../src/search/quote.js';
import { toIndexedRecords } from '../../src/store/records.js';
import type { IndexedRecord } from '../../src/store/types.js';
import { parseTranscriptFiles } from '../../src/transcripts/corpus.js';

/** Zhao Lijian, 2020-06-19 (the Galwan clash asked after the conference), and Geng Shuang, 2016-11-25 (会后，有记者问及：…). */
const records = parseTranscriptFiles(['seeds/mfa-en/t1790521.shtml', 'seeds/mfa-zh/t1418796.shtml']).flatMap((o) => (o.ok ? toIndexedRecords(o.transcript) : []));
const record = (id: string): IndexedRecord => {
  const found = records.find((r) => r.id === id);
  if (!found) throw new Error(`${id} not parsed`);
  return found;
};
const cite = (r: IndexedRecord, format: 'plain' | 'footnote'): string => citation(r, quotableSpans(r.answer), { format, maxChars: 4000 });

describe('a question the pages say was asked after the press conference', () => {
  const galwan = record('2020-06-19#20');
  const colombia = record('zh-2016-11-25#7');

  it('is told by the editor\'s words opening it, in English and in Chinese, and no other question is', () => {
    expect(galwan.question).toMatch(/^After the press conference, the following question was raised: can you give us a step-by-step account/);
    expect(colombia.question).toMatch(/^会后，有记者问及：据报道/);
    expect([galwan, colombia].map(raisedAfterConference)).toEqual([true, true]);
    const others = records.filter((r) => r !== galwan && r !== colombia && r.question !== null);
    expect(others.length).toBeGreaterThan(20);
    expect(others.filter(raisedAfterConference).map((r) => r.id)).toEqual([]);
  });

  it('is headed as raised after the conference, and cited with the journalist\'s words alone, saying when they were asked', () => {
    expect(questionHeading(galwan)).toBe('Question raised after the press conference (outlet not named)');
    const asked = questionAsked(galwan)!;
    expect(asked).toMatch(/^can you give us a step-by-step account/);
    expect(galwan.question!.endsWith(asked)).toBe(true); // the Ministry's words, cut only at the front
    const plain = cite(galwan, 'plain');
    expect(plain).toContain("answering a journalist's question raised after the press conference.");
    expect(plain).toContain(`Question: “${asked.replace(/\s+/g, ' ').trim()}”`);
    expect(plain).not.toContain('the following question was raised');
    const footnote = cite(galwan, 'footnote');
    expect(footnote).toContain("answering a journalist's question raised after the press conference (“can you give us a step-by-step account");
    expect(footnote).not.toContain('the following question was raised');

    const zh = cite(colombia, 'plain');
    expect(zh).toMatch(/\n会后问：“据报道/);
    expect(zh).not.toContain('有记者问及');
    expect(cite(colombia, 'footnote')).toMatch(/，会后答记者问“据报道/);
  });
});
