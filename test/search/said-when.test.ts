import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSearch } from '../../src/search/open.js';
import type { SearchEngine } from '../../src/search/engine.js';
import { searchOnBilingualSample } from './bilingual-search.js';
import { buildSeedIndex } from './lexical-index.js';

/** Questions asking when something was first or last said, on the bundled transcripts (explore31 #1, #2, #5, #6, #7, #11, #23). */
describe('when was it first or last said, on the bundled corpus', () => {
  let search: SearchEngine;
  let built: { dir: string; cleanup: () => void };
  beforeAll(async () => {
    built = await buildSeedIndex('spox-said-when-');
    search = await openSearch(built.dir, { embedder: null });
  });
  afterAll(() => built.cleanup());

  const text = (r: { question?: string | null; answer: string }): string => `${r.question ?? ''} ${r.answer}`;

  it('reads the spokesperson a "when did NAME first mention" question names as who spoke, oldest first (#1)', async () => {
    const geng = await search.search('When did Geng Shuang first mention Meng Wanzhou?', { k: 5 });
    const asked = await search.search('Geng Shuang on Meng Wanzhou', { k: 0 });
    expect([geng.sort, geng.spokespersonNamed, geng.total, geng.first]).toEqual(['oldest', 'Geng Shuang', asked.total, '2018-12-06']);
    // His first answer that day, the first of the briefing ("The Chinese side has lodged stern representations …").
    expect(geng.hits[0]!.record.id).toBe('2018-12-06#1');
    for (const hit of geng.hits) expect(hit.record.spokesperson).toBe('Geng Shuang');

    const zhao = await search.search('When did Zhao Lijian first mention Australia?', { k: 5 });
    expect([zhao.spokespersonNamed, zhao.first, zhao.hits[0]!.record.id]).toEqual(['Zhao Lijian', '2020-02-24', '2020-02-24#9']);
    for (const hit of zhao.hits) expect(hit.record.spokesperson).toBe('Zhao Lijian');
    // The same as the form that already worked.
    expect((await search.search('first time Zhao Lijian mentioned Australia', { k: 5 })).matches).toEqual(zhao.matches);

    for (const question of ['When did Hua Chunying first comment on Hong Kong?', 'When did Zhao Lijian first talk about Australia?']) {
      const r = await search.search(question, { k: 5 });
      expect(r.sort, question).toBe('oldest');
      expect(r.hits.length, question).toBeGreaterThan(0);
      for (const hit of r.hits) expect(hit.record.spokesperson, question).toBe(r.spokespersonNamed);
    }
  });

  it('leaves out who is asked of no one in particular, and starts with the oldest exchange holding the whole topic (#2, #23)', async () => {
    const plain = await search.search('Meng Wanzhou', { k: 0 });
    for (const question of ['When did the Foreign Ministry first mention Meng Wanzhou?', 'When did the MFA first mention Meng Wanzhou?', 'When was Meng Wanzhou first mentioned by the Foreign Ministry?']) {
      const r = await search.search(question, { k: 1 });
      // Meng Hongwei (2018-10-08) came first, through "Foreign Ministry" and "Meng".
      expect([r.total, r.first, r.hits[0]!.record.id], question).toEqual([plain.total, '2018-12-06', '2018-12-06#1']);
      expect(r.missing.inNoMatch, question).toEqual([]);
    }
    const lai = await search.search('When did the Foreign Ministry first comment on Jimmy Lai?', { k: 1 });
    expect(lai.first).toBe('2019-07-09');
    expect(text(lai.hits[0]!.record)).toContain('Jimmy Lai');
    for (const question of [
      'When did the Foreign Ministry first mention Hong Kong national security law?',
      'first mention of Hong Kong national security law',
      'When did China first talk about the Hong Kong national security law?',
    ]) {
      const r = await search.search(question, { k: 1 });
      expect([r.sort, r.first, r.hits[0]!.record.id], question).toEqual(['oldest', '2020-05-22', '2020-05-22#6']);
      // Older exchanges that hold every word apart ("national security and the rule of law in Hong Kong", 2018) come after the mentions.
      const passing = r.matches.slice(r.total - r.passing);
      expect(passing.some((m) => m.id === '2018-09-25#5'), question).toBe(true);
    }
    // A word the transcripts say otherwise ("outbreak": "epidemic"): the mentions in either's words first. The 2018 Wuhan
    // summit, which holds only "Wuhan", had led "When did the spokesperson first mention the Wuhan outbreak?" (hunt-L).
    const outbreak = await search.search('When did the spokesperson first mention the Wuhan outbreak?', { k: 3 });
    expect(outbreak.ministryWords?.length).toBeGreaterThan(0);
    expect(outbreak.first! >= '2020-01-01').toBe(true);
    for (const hit of outbreak.hits) expect(text(hit.record)).toMatch(/Wuhan[^]*(?:outbreak|epidemic|pandemic)|(?:outbreak|epidemic|pandemic)[^]*Wuhan/);
    // The timeline gives the same first date, and says where the words held apart reach.
    const timeline = await search.search('Hong Kong national security law', { k: 0, wordsTogether: true });
    const mentions = timeline.matches.filter((m) => !m.partial && !m.apart).map((m) => m.date).sort();
    expect(mentions[0]).toBe('2020-05-22');
    expect(timeline.matches.find((m) => m.id === '2018-09-25#5')?.apart).toBe(true);
  });

  it('starts with the oldest (latest) mention, however briefly it mentions the topic, as the timeline does (explore33b W2)', async () => {
    // Zhao Lijian's answer of 2020-08-25 names Ukraine once ("judges from … Ukraine and Chile"): it was set apart as passing.
    const first = await search.search('When did Zhao Lijian first mention Ukraine?', { k: 1 });
    const timeline = await search.search('Zhao Lijian on Ukraine', { k: 0, wordsTogether: true });
    const dates = timeline.matches.map((m) => m.date).sort();
    expect([first.first, first.hits[0]!.record.id, first.passing]).toEqual([dates[0], 'pc-2020-08-25#1', 0]);
    expect(dates[0]).toBe('2020-08-25');
    const last = await search.search('When did Zhao Lijian last mention Ukraine?', { k: 1 });
    expect([last.last, last.hits[0]!.record.date]).toEqual([dates.at(-1), dates.at(-1)]);
    // "the Minsk ceasefire agreement" (2014-09-17) names the Minsk agreement: its words in the order asked, one between.
    const minsk = await search.search('When did China first mention the Minsk agreement?', { k: 1 });
    expect([minsk.first, minsk.hits[0]!.record.id]).toEqual(['2014-09-17', 'pc-2014-09-17#1']);
    const minskTimeline = await search.search('Minsk agreement', { k: 0, wordsTogether: true });
    expect(minskTimeline.matches.filter((m) => !m.partial && !m.apart).map((m) => m.date).sort()[0]).toBe('2014-09-17');
  });

  it('answers "when did they last mention" newest first, without searching "last" (#5)', async () => {
    const plain = await search.search('Meng Wanzhou', { k: 0 });
    for (const question of [
      'When did China last mention Meng Wanzhou?', 'last mention of Meng Wanzhou', 'When was the last time the spokesperson mentioned Meng Wanzhou?',
      'most recent comment on Meng Wanzhou', 'most recent mention of Meng Wanzhou',
    ]) {
      const r = await search.search(question, { k: 1 });
      // Card 1 was "Last week Meng Wanzhou …" (2019-03-11), sorted by relevance.
      expect([r.sort, r.latestIntent, r.total, r.hits[0]!.record.date], question).toEqual(['newest', true, plain.total, '2020-06-24']);
    }
  });

  it('reads the other ways of asking when it was first said (#7)', async () => {
    for (const verb of ['talk about', 'react to', 'address', 'speak about', 'respond to', 'raise', 'comment on']) {
      const r = await search.search(`When did China first ${verb} Meng Wanzhou?`, { k: 1 });
      expect([r.sort, r.hits[0]!.record.id], verb).toEqual(['oldest', '2018-12-06#1']);
    }
    const since = await search.search('Since when has China been talking about Meng Wanzhou?', { k: 1 });
    expect([since.sort, since.hits[0]!.record.id]).toEqual(['oldest', '2018-12-06#1']);
    // Who was first (last): whoever spoke, oldest (newest) first (hunt-L: best match first, "first" and "spokesperson" searched).
    for (const question of ['Who was the first spokesperson to comment on Meng Wanzhou?', 'Who was the first to mention Meng Wanzhou?']) {
      const r = await search.search(question, { k: 1 });
      expect([r.sort, r.hits[0]!.record.id], question).toEqual(['oldest', '2018-12-06#1']);
    }
    const last = await search.search('Who was the last spokesperson to talk about Meng Wanzhou?', { k: 1 });
    const plain = await search.search('Meng Wanzhou', { k: 0 });
    expect([last.sort, last.last, last.total]).toEqual(['newest', plain.last, plain.total]);
    // No question of who spoke: searched as typed.
    expect((await search.search('Who was the first person to walk on the moon?', { k: 1 })).sort).toBe('relevance');
  });

  it('reads "first use the phrase", "the term … first used" and "… first appear" of a quoted phrase as asking when it was first said (fix42a-2 #2)', async () => {
    const phrase = 'community with a shared future';
    const said = await search.search(`When did China first say "${phrase}"?`, { k: 0 });
    expect([said.sort, said.matches[0]!.id]).toEqual(['oldest', '2018-05-29#3']);
    const ids = said.matches.map((m) => m.id);
    for (const query of [
      `When did the spokesperson first use the phrase "${phrase}"?`, `When did the phrase "${phrase}" first appear?`, `When was the term "${phrase}" first used?`,
      `When did they first use the words "${phrase}"?`, `When did China first use "${phrase}"?`, `When was "${phrase}" first said?`, `When was the first time they used the expression "${phrase}"?`,
    ]) {
      const r = await search.search(query, { k: 0 });
      // Neither "phrase" nor "use" searched: the records holding the phrase, oldest first, as when it was first said.
      expect(r, query).toMatchObject({ sort: 'oldest', earliestIntent: true, searched: `"${phrase}"?` });
      expect(r.matches.map((m) => m.id), query).toEqual(ids);
    }
    // "first use" beside no quote stays a topic's words.
    expect((await search.search('When did China first mention no first use?', { k: 1 })).searched).toBe('no first use?');
  });

  it('reads newsroom shorthand framing a question as who spoke, not as words (#11, #23)', async () => {
    const huawei = await search.search('Huawei', { k: 0 });
    for (const question of ['What did the MFA say about Huawei?', 'MFA on Huawei', "MFA's position on Huawei", 'What did the FM spox say about Huawei?']) {
      expect((await search.search(question, { k: 0 })).total, question).toBe(huawei.total);
    }
    const pompeo = await search.search('Pompeo lies', { k: 0 });
    expect(pompeo.total).toBeGreaterThan(0);
    expect((await search.search('Chinese FM spox on Pompeo lies', { k: 0 })).total).toBe(pompeo.total);
    const zhao = await search.search('What did Chinese FM spox Zhao Lijian say about Australia?', { k: 0 });
    expect(zhao.spokespersonNamed).toBe('Zhao Lijian');
    // Before who is asked, as a headline writes it: "latest" for the newest first, "first" for the oldest.
    const latest = await search.search('latest comment on Taiwan', { k: 0 });
    for (const question of ['latest MFA comment on Taiwan', 'the latest FM spox comment on Taiwan']) {
      const read = await search.search(question, { k: 0 });
      expect(read.matches, question).toEqual(latest.matches);
      expect(read.sort, question).toBe(latest.sort);
    }
    const first = await search.search('first MFA comment on Huawei', { k: 0 });
    expect(first.total).toBe(huawei.total);
    expect(first.sort).toBe('oldest');
  });

  it('reads whose latest or first remarks as who spoke, not as words ("Geng Shuang\'s latest remarks on Huawei")', async () => {
    const geng = await search.search('Geng Shuang latest on Huawei', { k: 0 });
    expect(geng.total).toBeGreaterThan(20);
    for (const question of ["Geng Shuang's latest remarks on Huawei", "Geng Shuang's most recent comments on Huawei"]) {
      const read = await search.search(question, { k: 0 });
      expect(read.spokespersonNamed, question).toBe('Geng Shuang');
      expect(read.matches, question).toEqual(geng.matches);
    }
    const first = await search.search("Hua Chunying's first comments on Xinjiang", { k: 0 });
    expect([first.spokespersonNamed, first.sort]).toEqual(['Hua Chunying', 'oldest']);
  });
});

describe('when was it first or last said, in Chinese (#6)', () => {
  // Meng Wanzhou's first day, Meng Hongwei's, her last, and two briefings whose questions say 第一 and 什么时候.
  let search: SearchEngine;
  searchOnBilingualSample((opened) => (search = opened), ['2018-03-28', '2018-10-08', '2018-12-06', '2019-04-23', '2020-06-24']);

  it('answers oldest or newest first, without searching 第一, 什么时候 or 外交部', async () => {
    const plain = await search.search('孟晚舟', { k: 0 });
    for (const question of ['外交部第一次提到孟晚舟是什么时候？', '孟晚舟 最早', '中方首次提及孟晚舟']) {
      const r = await search.search(question, { k: 5 });
      expect([r.sort, r.total, r.first], question).toEqual(['oldest', plain.total, '2018-12-06']);
      for (const hit of r.hits) expect(hit.record.question! + hit.record.answer, question).toContain('孟晚舟');
    }
    const last = await search.search('外交部最后一次提到孟晚舟是什么时候', { k: 1 });
    expect([last.sort, last.total, last.hits[0]!.record.date]).toEqual(['newest', plain.total, '2020-06-24']);
    // Who was first (last) to mention it (hunt-M #10: ranked by relevance, 第一个 searched).
    for (const question of ['谁是第一个谈到孟晚舟的发言人', '第一个提到孟晚舟的发言人是谁']) {
      const r = await search.search(question, { k: 1 });
      expect([r.sort, r.total, r.first], question).toEqual(['oldest', plain.total, '2018-12-06']);
    }
    // When someone last spoke (发言), of one or two names: their answers newest first; 什么时候 had been searched (hunt-M #6).
    for (const question of ['华春莹最近一次发言是什么时候', '华春莹或耿爽最近一次发言是什么时候']) {
      const r = await search.search(question, { k: 1 });
      expect(r.everyAnswer, question).toBe(true);
      expect(r.sort, question).toBe('newest');
    }
  });
});
