import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outsideNote } from '../../src/answers/span.js';
import { openSearch } from '../../src/search/open.js';
import { buildIndex } from '../../src/store/build.js';
import type { SearchEngine } from '../../src/search/engine.js';
import { tenureAsked } from '../../src/search/framing.js';
import { searchOnBilingualSample } from '../search/bilingual-search.js';
import { SAMPLE_DATES } from '../seed-sources.js';

/** The Chinese and English pages of the sample's days, and the bundled PressCon sample, whose English pairs run to 2023. */
let search: SearchEngine;
let indexDir: string;
searchOnBilingualSample((s, dir) => { search = s; indexDir = dir; }, SAMPLE_DATES, { also: ['seeds/presscon'] });

/** The dates of a spokesperson's answers in the index, of one language or of all, read from its briefings, oldest first. */
function datesOf(name: string, lang?: 'en' | 'zh'): string[] {
  return search.briefingKeys().map((key) => search.briefing(key)!)
    .filter((b) => lang === undefined || (b.summary.lang ?? 'en') === lang)
    .filter((b) => b.records.some((r) => r.spokesperson === name))
    .map((b) => b.summary.date)
    .sort();
}

async function noteOf(question: string, filters: { from?: string } = {}): Promise<string | null> {
  const response = await search.search(question, { k: 1, filters });
  return outsideNote(search, question, response.filters, response, new Date('2026-11-29T04:00:00Z'));
}

describe("an answer to when a spokesperson began or left the post", () => {
  it('reads whom it asks of and which end, in English and Chinese, and no other question', () => {
    expect(tenureAsked('When did Hua Chunying become spokesperson?')).toEqual({ name: 'Hua Chunying', written: 'Hua Chunying', asks: 'first' });
    expect(tenureAsked('华春莹什么时候不再担任发言人')).toEqual({ name: 'Hua Chunying', written: '华春莹', asks: 'last' });
    expect(tenureAsked('华春莹最后一次记者会是什么时候')).toEqual({ name: 'Hua Chunying', written: '华春莹', asks: 'last' });
    for (const question of ['Hua Chunying on Huawei', 'When did Pompeo become secretary of state?', '华春莹谈华为', '蓬佩奥什么时候成为国务卿']) expect(tenureAsked(question), question).toBeNull();
  });

  it('gives the last answer the index holds over all its sources, in which language, beside the last of the Chinese briefings listed (diff34 C1)', async () => {
    const all = datesOf('Hua Chunying');
    const chinese = datesOf('Hua Chunying', 'zh');
    // The English pairs run past the Chinese pages: the last Chinese answer is not the index's last.
    expect(all.at(-1)! > chinese.at(-1)!).toBe(true);
    const zhEnd = search.coverage('华春莹').to;
    for (const question of ['华春莹什么时候不再担任发言人', '华春莹最后一次记者会是什么时候']) {
      const note = await noteOf(question);
      expect(note, question).toContain(`Hua Chunying's last answer the index holds, over all its sources, is of ${all.at(-1)}, in its English briefings, a date held only as the pairs imported from`);
      expect(note, question).toContain(`; of the Chinese briefings listed here, which run to ${zhEnd}, the last is of ${chinese.at(-1)}. That is the last the index holds, not necessarily the end of the term.`);
      // Not the age of the newest Chinese briefing, which spoke of a topic's latest mention.
      expect(note, question).not.toContain('you asked for the latest');
    }
    // Asked in English, the list is of every date: one last date, with how it is held.
    expect(await noteOf('When did Hua Chunying stop being spokesperson?')).toContain(`Hua Chunying's last answer the index holds is of ${all.at(-1)}, a date held only as the pairs imported from`);
  });

  it('says which language holds the first answer when only the other language holds that day, inside its own span too (review36 #11)', async () => {
    const first = datesOf('Geng Shuang')[0]!;
    expect(datesOf('Geng Shuang', 'zh')[0]).toBe(first);
    expect(search.briefingsBetween(first, first, 'Geng Shuang').briefings).toBe(0); // no English briefing of that day
    expect(search.coverage('Geng Shuang').from! < first).toBe(true); // though the English pairs begin before it
    expect(await noteOf('When did Geng Shuang become spokesperson?')).toContain(`Geng Shuang's first answer the index holds, over all its sources, is of ${first}, in its Chinese briefings;`);
  });

  it("gives the reviewed list's years beside the first answer the index holds, saying which is which, in both languages (diff34 C2)", async () => {
    const all = datesOf('Hua Chunying');
    const chinese = datesOf('Hua Chunying', 'zh');
    for (const question of ['When did Hua Chunying become spokesperson?', '华春莹什么时候成为发言人', '华春莹哪一年开始担任发言人']) {
      const note = await noteOf(question);
      expect(note, question).toMatch(/^Note: by the reviewed list of spokespeople's years, Hua Chunying became spokesperson in 2012\. /);
      expect(note, question).toContain(`Hua Chunying's first answer the index holds`);
      expect(note, question).toContain(` is of ${all[0]}`);
      expect(note, question).toContain('That is the first the index holds, not necessarily the start of the term.');
      // Not "the first time it was said", which speaks of a topic.
      expect(note, question).not.toContain('the first time it was said');
    }
    expect(await noteOf('华春莹什么时候成为发言人')).toContain(`; of the Chinese briefings listed here, which begin on ${search.coverage('华春莹').from}, the first is of ${chinese[0]}.`);
    // Dates given narrow the answers listed, not what the index holds.
    const since = chinese.find((d) => d >= '2019-01-01')!;
    expect(await noteOf('华春莹什么时候成为发言人', { from: '2019-01-01' })).toContain(`over all its sources, is of ${all[0]}, in its English briefings, a date held only as the pairs imported from cmfa-presscon-v4-ukraine.csv, which may not hold every exchange; of the Chinese briefings listed here, in the dates searched, the first is of ${since}.`);
    // A term the list ends, two terms, and a spokesperson it gives no years for: never a year it does not give.
    expect(await noteOf('耿爽什么时候不再担任发言人')).toMatch(/^Note: by the reviewed list of spokespeople's years, Geng Shuang left the post in 2020\. /);
    expect(await noteOf('When did Qin Gang become spokesperson?')).toMatch(/^Note: by the reviewed list of spokespeople's years, Qin Gang became spokesperson in 2005 and again in 2012\. /);
    const kong = await noteOf('When did Kong Quan become spokesperson?');
    expect(kong).toMatch(/^Note: the reviewed list of spokespeople's years gives none for Kong Quan\. /);
    expect(kong).toContain(`Kong Quan's first answer the index holds is of ${datesOf('Kong Quan')[0]}`);
  });

  it('marks a first or last answer whose date the sheet contradicts, as the totals line and the list rows mark it (session 37)', async () => {
    // pc-2014-01-12#1, Hong Lei's, is the sample's one record of a doubted date: the first of his answers listed from 2014 on.
    expect(search.record('pc-2014-01-12#1')!.source?.dateDoubted).toBeTruthy();
    const listed = await noteOf('When did Hong Lei become spokesperson?', { from: '2014-01-01' });
    expect(listed).toContain('; of the English briefings listed here, in the dates searched, the first is of 2014-01-12 (date doubted). ');
    // His first answer the index holds, of a date not doubted, is not marked.
    expect(listed).toContain(`Hong Lei's first answer the index holds, over all its sources, is of ${datesOf('Hong Lei')[0]}, a date held`);
    expect(await noteOf('When did Hong Lei become spokesperson?')).not.toContain('doubted');
  });

  it('marks the first answer the index holds when only a record of a doubted date gives it: an edited copy of the sheet (session 37)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spox-tenure-doubted-'));
    try {
      // Hong Lei's first row, 2012-11-02, its day cell made to contradict its date.
      const sheet = readFileSync('seeds/presscon/cmfa-presscon-v4-ukraine.csv', 'utf8');
      const edited = sheet.replace(',Hong Lei,2,November,2012,2012-11-02,', ',Hong Lei,3,November,2012,2012-11-02,');
      expect(edited).not.toBe(sheet);
      mkdirSync(join(dir, 'sheet'));
      writeFileSync(join(dir, 'sheet', 'edited.csv'), edited);
      await buildIndex({ sources: [join(dir, 'sheet')], indexDir: join(dir, 'index'), embedder: null });
      const only = await openSearch(join(dir, 'index'), { embedder: null });
      expect(only.spokespersonSpan('Hong Lei')!.from).toBe('2012-11-02');
      const question = 'When did Hong Lei become spokesperson?';
      const response = await only.search(question, { k: 1 });
      expect(outsideNote(only, question, response.filters, response)).toContain("Hong Lei's first answer the index holds is of 2012-11-02 (date doubted), a date held only as the pairs imported from edited.csv");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives the note in `ask --json` too, with whom and which end it asks of (fix36c #2)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spox-tenure-json-'));
    try {
      const file = join(dir, 'questions.txt');
      const questions = ['When did Hua Chunying become spokesperson?', '华春莹什么时候不再担任发言人', 'Hua Chunying on Huawei'];
      writeFileSync(file, `${questions.join('\n')}\n`);
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/ask.ts', '--queries-file', file, '--k', '1'], {
        encoding: 'utf8', env: { ...process.env, SPOX_INDEX_DIR: indexDir, SPOX_OFFLINE: '1', SPOX_MODEL_CACHE: join(dir, 'cache') },
      });
      expect(run.status, run.stderr).toBe(0);
      const [first, last, other] = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
      const all = datesOf('Hua Chunying');
      for (const [json, question, asks] of [[first, questions[0]!, 'first'], [last, questions[1]!, 'last']] as const) {
        const note = await noteOf(question);
        expect(json!.tenure, question).toEqual({ name: 'Hua Chunying', asks, held: { from: all[0], to: all.at(-1) }, note: expect.any(String) });
        // The words of the text answer's note.
        const words = (json!.tenure as { note: string }).note;
        expect(words, question).toMatch(/^by the reviewed list of spokespeople's years, Hua Chunying /);
        expect(note, question).toContain(words);
      }
      expect(other).not.toHaveProperty('tenure');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives an outlet\'s count of its questions in `ask --json` as `outlet_asked` (review36 #19)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'spox-outlet-json-'));
    try {
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/ask.ts', '--json', '--k', '1', 'Gaza asked by Anadolu Agency'], {
        encoding: 'utf8', env: { ...process.env, SPOX_INDEX_DIR: indexDir, SPOX_OFFLINE: '1', SPOX_MODEL_CACHE: join(dir, 'cache') },
      });
      expect(run.status, run.stderr).toBe(0);
      const json = JSON.parse(run.stdout) as { total: number; outlet_asked?: { outlet: string; total: number; dated: boolean } };
      const asked = search.briefingKeys().flatMap((key) => search.briefing(key)!.records).filter((r) => r.outlet === 'Anadolu Agency' && r.kind !== 'statement');
      expect(asked.length).toBeGreaterThan(json.total);
      expect(json.outlet_asked).toEqual({ outlet: 'Anadolu Agency', total: asked.length, dated: false });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
