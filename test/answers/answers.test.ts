import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { occasionOf } from '../../src/answers/occasion.js';
import { decodeQuoteRef, encodeQuoteRef, quoteOfRef } from '../../src/answers/quote-ref.js';
import { decodePosition, encodePosition, listOptionLabel, listRow, listRowHead } from '../../src/answers/result-list.js';
import { listMessage as discordList } from '../../src/discord/result-message.js';
import { listMessage as slackList } from '../../src/slack/result-list.js';
import { clippedTo, outsideNote, searchedSpan } from '../../src/answers/span.js';
import { isPastedPassage } from '../../src/search/coverage.js';
import { timelineSpec, timelineSvg } from '../../src/answers/chart.js';
import { buildTimeline, searchTimeline, timelineSummary, unheldStretches } from '../../src/answers/timeline.js';
import { missingWordsLine, nothingRelevantText, totalsLine } from '../../src/answers/totals.js';
import { describeCoverage, gapWords } from '../../src/search/coverage.js';
import { termsOf } from '../../src/search/terms.js';
import { capitalized, plural } from '../../src/answers/wording.js';
import type { SearchEngine } from '../../src/search/engine.js';
import { openSearch } from '../../src/search/open.js';
import { buildSeedIndex } from '../search/lexical-index.js';
import { ResultStore, storeResponse } from '../../src/answers/result-store.js';
import { resultMessage } from '../../src/discord/result-message.js';
import { noResultsMessage } from '../../src/discord/search-reply.js';
import { resultCard } from '../../src/slack/cards.js';
import { queryFrom } from '../../src/answers/query-text.js';
import { searchableText } from '../../src/slack/shortcut.js';
import { escapedLabel as slackLabel } from '../../src/slack/blocks.js';
import { dateDoubtWords, doubtedEnds, doubtedEndsWords, doubtedRecords, responseDoubtedEnds } from '../../src/answers/date-doubt.js';
import { dateSpan } from '../../src/search/order.js';
import { citation } from '../../src/answers/citation.js';
import { escapeVerbatim } from '../../src/discord/markdown.js';
import { escapeMrkdwn } from '../../src/slack/mrkdwn.js';
import { escapeRegExp } from '../../src/util/regexp.js';

let search: SearchEngine;
let indexDir: string;
let cleanup: () => void;

beforeAll(async () => {
  const built = await buildSeedIndex('spox-answers-');
  cleanup = built.cleanup;
  indexDir = built.dir;
  search = await openSearch(built.dir, { embedder: null });
});
afterAll(() => cleanup());

describe('quote references carried by buttons', () => {
  it('give back the quote search chose, and refuse offsets that are not sentences of the answer', async () => {
    const hit = (await search.search('Dalai Lama', { k: 1 })).hits[0]!;
    const encoded = encodeQuoteRef({ recordId: hit.record.id, spans: hit.spans });
    expect(encoded).not.toContain(':');
    const ref = decodeQuoteRef(encoded)!;
    expect(ref.recordId).toBe(hit.record.id);
    expect(quoteOfRef(hit.record, ref.spans)!.quote).toBe(hit.quote);
    const shifted = ref.spans.map((s) => ({ start: s.start + 1, end: s.end }));
    expect(quoteOfRef(hit.record, shifted)).toBeNull();
    expect(quoteOfRef(hit.record, [])!.quote).toBe(hit.record.answer);
    expect(decodeQuoteRef('2019-01-01#1|zz-!!')).toBeNull();
    // Buttons sent before quotes carried offsets name the record alone: the whole answer.
    expect(decodeQuoteRef('2019-01-01#1')).toEqual({ recordId: '2019-01-01#1', spans: [] });
    expect(decodePosition(encodePosition({ resultId: 'Ab3_x-9k', view: 'list', index: 4 }))).toEqual({ resultId: 'Ab3_x-9k', view: 'list', index: 4 });
    expect(decodePosition('x.Ab3.4')).toBeNull();
  });
});

describe('a spokesperson or outlet the index does not hold', () => {
  it('is said so, with the names it holds, instead of "nothing relevant"; a name it holds keeps the usual answer', async () => {
    const unknown = await search.search('Huawei', { filters: { spokesperson: 'Xyz' } });
    expect(unknown.hits).toEqual([]);
    const spokespeople = search.spokespeople();
    expect(spokespeople).toEqual(expect.arrayContaining(['Geng Shuang', 'Hua Chunying', 'Lin Jian', 'Zhao Lijian']));
    expect(nothingRelevantText(search, unknown)).toBe(`The index holds no spokesperson matching “Xyz”. It holds: ${spokespeople.join(', ')}.`);
    // A slip of a spokesperson's surname says whose (explore38); a slip of a given name is matched already ("Zhao Lijan").
    for (const [typed, closest] of [['Hau', 'Hua Chunying'], ['Gneg', 'Geng Shuang'], ['Zaho Lijian', 'Zhao Lijian']] as const) {
      const slip = await search.search('Huawei', { filters: { spokesperson: typed } });
      expect(nothingRelevantText(search, slip)).toBe(`The index holds no spokesperson matching “${typed}”; the closest: ${closest}. It holds: ${spokespeople.join(', ')}.`);
    }
    // Through the platform's escaping, as the bots call it.
    expect(nothingRelevantText(search, { ...unknown, filters: { spokesperson: 'X_y*z' } }, (t) => t.replace(/[_*]/g, '\\$&'))).toMatch(/^The index holds no spokesperson matching “X\\_y\\\*z”\./);

    const outlet = await search.search('Huawei', { filters: { outlet: 'Reutrs' } });
    expect(outlet.hits).toEqual([]);
    const text = nothingRelevantText(search, outlet);
    // The outlets a slip away from it (explore31): not every outlet of its first letter.
    expect(text).toBe(`The index holds no outlet matching “Reutrs” (it names ${search.outlets().length} outlets; the closest: Reuters, Reuters TV).`);
    // A slip of a name the outlet table spells another way is said with that spelling; a common word ("News") is close to nothing.
    expect(nothingRelevantText(search, { ...outlet, filters: { outlet: 'China Centrl Television' } })).toContain('; the closest: CCTV (China Central Television), CCTV4 (China Central Television)).');
    expect(nothingRelevantText(search, { ...outlet, filters: { outlet: 'Globe and Mial' } })).toContain('; the closest: The Globe and Mail).');
    expect(nothingRelevantText(search, { ...outlet, filters: { outlet: 'Asociated Press' } })).toContain('; the closest: AP (Associated Press), The Associated Press).');
    const starting = search.outlets().filter((o) => o.startsWith('F'));
    expect(starting.length).toBeGreaterThan(1);
    expect(nothingRelevantText(search, { ...outlet, filters: { outlet: 'Fox News' } })).toContain(`; those starting with “F”: ${starting.join(', ')}).`);

    // Known names that only find nothing together with the topic get the usual answer.
    const known = await search.search('zqxjv', { filters: { spokesperson: '华春莹', outlet: 'Reuters' } });
    expect(known.hits).toEqual([]);
    expect(nothingRelevantText(search, known)).toMatch(/^Nothing relevant found for “zqxjv”/);
  });
});

describe('wording', () => {
  it('names the occasion as the parser read it from the title, counts in words, and says the span searched', async () => {
    const byTitle = (pattern: RegExp) => search.briefing(search.nearestBriefingDates('2019-08-06', 400).find((d) => pattern.test(search.briefing(d)!.summary.title))!)!.records[0]!;
    expect(occasionOf(byTitle(/Regular Press Conference/))).toBe('press-conference');
    expect(occasionOf(byTitle(/Daily Briefing Online/))).toBe('online-briefing');
    expect(occasionOf(byTitle(/Hua Chunying's Remarks on August 6, 2019/))).toBe('written-remarks');
    expect([plural(1, 'exchange'), plural(2, 'exchange'), plural(0, 'statement')]).toEqual(['1 exchange', '2 exchanges', '0 statements']);
    const one = { total: 1, first: '2019-01-02', last: '2019-01-02', sort: 'relevance', latestIntent: false, passing: 0, described: null, missing: { inNoRecord: [], inNoMatch: [] } } as const;
    expect(totalsLine(one)).toBe('1 exchange, 2019-01-02; best match first');
    expect(totalsLine({ ...one, described: 'Jimmy Lai' }, (t) => t.toUpperCase())).toBe(
      '1 exchange, 2019-01-02; best match first; also searched for “JIMMY LAI”, a name your words may describe',
    );
    // The words asked that the answer does not hold, escaped for the platform; long lists and words cut.
    expect(totalsLine({ ...one, missing: { inNoRecord: ['Beirut'], inNoMatch: ['port', 'explosion'] } }, (t) => t.toUpperCase())).toBe(
      '1 exchange, 2019-01-02; best match first; no exchange in the index says “BEIRUT”; none of them says “PORT” or “EXPLOSION”',
    );
    expect(missingWordsLine({ inNoRecord: [], inNoMatch: ['a', 'b', 'c', 'd', 'e'] })).toBe('none of them says “a”, “b”, “c” or 2 other words');
    expect(missingWordsLine({ inNoRecord: ['x'.repeat(40)], inNoMatch: [] })).toBe(`no exchange in the index says “${'x'.repeat(29)}…”`);
    expect(missingWordsLine({ inNoRecord: [], inNoMatch: [] })).toBe('');
    const span = searchedSpan(search, 'x', { from: '2019-03-01' });
    expect(span).toEqual({ from: '2019-03-01', to: search.info().lastDate });
    // The gaps named are those in the dates searched: from 2019-03-01 on, the latest three, the others counted.
    const later = search.coverage().gaps.filter((g) => g.to >= '2019-03-01');
    expect(later.length).toBeGreaterThan(3);
    const nothing = nothingRelevantText(search, { query: 'x', filters: { from: '2019-03-01' }, tooCommon: [] });
    // The dates are said once, as the span searched, and the gaps cut to it (explore32d M20).
    const inSpan = clippedTo(later, { from: '2019-03-01', to: search.info().lastDate! });
    // With how many briefings the dates hold (hunt-J b: a month of 2 read as searched whole).
    const held = search.briefingsBetween('2019-03-01', search.info().lastDate!, 'x').briefings;
    expect(held).toBeGreaterThan(10);
    expect(nothing.startsWith(`Nothing relevant found for “x” in the briefings from 2019-03-01 to ${search.info().lastDate} (${held} briefings held; none from ${gapWords(inSpan)}).`)).toBe(true);
    expect(nothing.endsWith(' Try widening the dates, dropping a filter, or different wording.')).toBe(true);
    // Dates wholly outside the index: said so, never as a span that ends before it starts.
    const { firstDate, lastDate } = search.info();
    expect(nothingRelevantText(search, { query: 'Taiwan', filters: { from: '2099-01-01' }, tooCommon: [] })).toBe(
      `Nothing found for “Taiwan”: the index holds no briefing in the dates you asked (from 2099-01-01); it holds briefings from ${firstDate} to ${lastDate}. Try other dates.`,
    );
    expect(nothingRelevantText(search, { query: 'Taiwan', filters: { to: '1999-01-01' }, tooCommon: [] })).toContain('no briefing in the dates you asked (to 1999-01-01)');
    // or in one of its gaps
    const gap = search.coverage().gaps.at(-1)!;
    expect(nothingRelevantText(search, { query: 'Taiwan', filters: { from: gap.from, to: gap.to }, tooCommon: [] })).toContain('no briefing in the dates you asked');
    // A year named that the index holds no briefing of is said so.
    expect(nothingRelevantText(search, { query: 'zqxjv in 2099', filters: {}, tooCommon: [] })).toContain(' The index holds no briefing of 2099.');
    expect(nothingRelevantText(search, { query: 'zqxjv in 2019', filters: {}, tooCommon: [] })).not.toContain('no briefing of 2019');
    // Dates held only as imported research-corpus pairs are named: "nothing found" there is weaker.
    const corpusOnly = nothingRelevantText(search, { query: 'Meng Wanzhou', filters: { from: '2022-01-01' }, tooCommon: [] });
    expect(corpusOnly).toMatch(/The index holds .*2023-12-29 only as the pairs imported from cmfa-presscon-v4-ukraine\.csv, which may not hold every exchange\./);
    expect(nothingRelevantText(search, { query: 'zqxjv', filters: { from: '2019-01-01', to: '2019-12-31' }, tooCommon: [] })).not.toContain('only as the pairs');
    // A year named past the dates asked adds no gaps of that year.
    const yearPast = nothingRelevantText(search, { query: 'zqxjv 2020', filters: { to: '2019-12-31' }, tooCommon: [] });
    for (const gap of search.coverage().gaps.filter((g) => g.from > '2019-12-31')) expect(yearPast).not.toContain(gap.from);
    // A year named later than the imported stretches is not told of them.
    expect(nothingRelevantText(search, { query: 'zqxjv in 2030', filters: {}, tooCommon: [] })).not.toContain('only as the pairs');
  });

  it('says beside the count how many matches fall where the index holds only imported pairs, and only then (explore30 A4)', async () => {
    const held = 'held only as the pairs imported from cmfa-presscon-v4-ukraine.csv, which may not hold every exchange';
    const imported = search.coverage().corpusOnly!;
    const inImported = (date: string): boolean => imported.some((c) => c.from <= date && date <= c.to);
    // Lithuania came up in 2021-2022, which the index holds only as the PressCon sample's pairs that mention Ukraine.
    const lithuania = await search.search('Lithuania', { k: 0 });
    const some = lithuania.matches.filter((m) => inImported(m.date)).length;
    expect(some).toBeGreaterThan(0);
    expect(some).toBeLessThan(lithuania.total);
    // Each stretch cut to the matches it holds (explore33b C6): the dates named are theirs, not 2002 to 2017 for one of 2005.
    const holding = imported.filter((c) => lithuania.matches.some((m) => c.from <= m.date && m.date <= c.to)).map((c) => {
      const dates = lithuania.matches.map((m) => m.date).filter((d) => c.from <= d && d <= c.to).sort();
      return { ...c, from: dates[0]!, to: dates.at(-1)! };
    });
    expect(lithuania.importedOnly).toEqual({ matches: some, stretches: holding });
    const stretch = lithuania.importedOnly!.stretches.at(-1)!;
    expect(totalsLine(lithuania)).toContain(`; ${some} ${some === 1 ? 'is' : 'are'} from ${stretch.from} to ${stretch.to}, dates ${held}`);
    const one = await search.search('What did the spokesperson say about Ukraine in 2005?', { k: 1 });
    expect(totalsLine(one)).toContain(`; it is of ${one.first}, a date ${held}`);
    // Oldest first, the earliest stretches are named (explore33b C5): the first cards are of them.
    const first = await search.search('When did China first mention Ukraine?', { k: 1 });
    expect(totalsLine(first)).toContain(` are from ${first.first} to 2017-09-27, `);
    // The latest on Hong Kong is a PressCon pair of 2022 (explore30 A4): said beside the count.
    const hongKong = await search.search("What is China's current position on Hong Kong?", { k: 1 });
    expect(inImported(hongKong.hits[0]!.record.date)).toBe(true);
    expect(totalsLine(hongKong)).toContain(held);
    // All of them: "all are"; one: "it is".
    const inOneYear = await search.search('Ukraine', { k: 0, filters: { from: '2022-01-01', to: '2022-12-31' } });
    expect(inOneYear.importedOnly!.matches).toBe(inOneYear.total);
    expect(totalsLine(inOneYear)).toContain(`; all are from ${inOneYear.importedOnly!.stretches[0]!.from} to`);
    expect(totalsLine({ ...inOneYear, total: 1, importedOnly: { ...inOneYear.importedOnly!, matches: 1 } })).toContain('; it is from ');
    expect(totalsLine({ ...inOneYear, total: 1, importedOnly: { matches: 1, stretches: [{ from: '2022-03-01', to: '2022-03-01', files: ['x.csv'] }] } })).toContain('; it is of 2022-03-01, a date held only as the pairs imported from x.csv');
    // A topic of the Ministry's pages alone says nothing of it.
    const huawei = await search.search('Huawei in 2019', { k: 0 });
    expect(huawei.total).toBeGreaterThan(50);
    expect(huawei.importedOnly).toBeUndefined();
    expect(totalsLine(huawei)).not.toContain('imported');
    // Said beside the count, the stretch is not said again above the answer; another asked is.
    expect(outsideNote(search, 'Ukraine in 2022', {}, { ...inOneYear, sort: 'relevance', latestIntent: false })).toBeNull();
    expect(outsideNote(search, 'Ukraine in 2022', {}, { sort: 'relevance', latestIntent: false })).toContain('only as the pairs imported from');
  });

  it('says who served, by the reviewed list, beside who gave the answers of a year held only as imported pairs (explore33b C1)', async () => {
    const sample = await search.search('Who was the spokesperson in 2013?', { k: 5 });
    expect(sample.answeredBy).toEqual([{ name: 'Hong Lei', count: sample.total }]);
    expect(totalsLine(sample)).toContain(`; given by Hong Lei ${sample.total}, in the pairs the index holds; by the reviewed list of spokespeople's years, Qin Gang (2005-2010 and 2012-2014) and Hong Lei (2010-2016) served in 2013; `);
    // The spokespeople the list gives no years for are named, so Kong Quan, who answers here, is not read as no spokesperson then (review34 #10).
    const kong = await search.search('Who was spokesperson in 2005?', { k: 5 });
    expect(kong.answeredBy).toEqual([{ name: 'Kong Quan', count: kong.total }]);
    expect(totalsLine(kong)).toContain("; by the reviewed list of spokespeople's years, Liu Jianchao (2002-2008) and Qin Gang (2005-2010 and 2012-2014) served in 2005; it gives no years for Kong Quan, Zhang Qiyue, Jiang Yu and Liu Weimin; ");
    // A year of the Ministry's pages: its own briefings say who.
    const pages = await search.search('Who was the spokesperson in 2019?', { k: 5 });
    expect(totalsLine(pages)).toContain('; given by ');
    expect(totalsLine(pages)).not.toContain('reviewed list');
  });

  it('says where the transcripts held begin above an answer to when something was first said (explore33b W3)', async () => {
    const first = await search.search('When did China first mention Huawei?', { k: 1 });
    const imported = search.coverage().corpusOnly![0]!;
    const pages = search.briefingsBetween('2017-09-28', search.coverage().to!, first.query).first!;
    expect(outsideNote(search, first.query, first.filters, first)).toBe(
      `Note: the index holds English transcripts from ${pages} on; before that, it holds its dates only as the pairs imported from ${imported.files.join(', ')}, which may not hold every exchange: it may not hold the first time it was said.`,
    );
    // Dates asked after that start, or another order: nothing of it.
    const dated = await search.search('When did China first mention Huawei in 2019?', { k: 1 });
    expect(outsideNote(search, dated.query, dated.filters, dated) ?? '').not.toContain('first time');
    const plain = await search.search('Huawei', { k: 1 });
    expect(outsideNote(search, plain.query, plain.filters, plain) ?? '').not.toContain('first time');
    // A first answer after long stretches the index holds nothing, or only pairs, of since then says so (hunt-E #7).
    const late = await search.search('When did China first mention Sanae Takaichi?', { k: 1 });
    expect(late.first).toBe('2026-08-17');
    const gap = search.coverage().gaps.find((g) => g.from < '2026-08-17' && g.to > '2024-01-01')!;
    expect(outsideNote(search, late.query, late.filters, late)).toMatch(new RegExp(`^Note: the index holds English transcripts from ${pages} on; before that, [^:]+\\. Before 2026-08-17, the first answer here, it holds no briefing from [^:]*${gap.from} to ${gap.to}[^:]*: it may not hold the first time it was said\\.$`));
  });

  it('reads no year of a pasted passage as a date asked, so says nothing of dates the index does not hold, unless a date was applied (explore32a F12)', async () => {
    const answer = search.record('2018-10-30#9')!.answer;
    const at = answer.indexOf('1993');
    // Whole words around the year, as a reporter copies a sentence or two.
    const passage = answer.slice(Math.max(0, at - 200), at + 100).replace(/^\S*\s/, '').replace(/\s\S*$/, '');
    expect([...passage].length).toBeGreaterThan(150);
    expect(isPastedPassage(passage)).toBe(true);
    const pasted = await search.search(passage, { k: 5 });
    expect(pasted.hits.map((h) => h.record.id)).toContain('2018-10-30#9');
    expect(pasted.filters).toEqual({});
    expect(outsideNote(search, passage, pasted.filters, pasted) ?? '').not.toContain('dates the index does not hold');
    // A question naming the year still hears of it; so does a Chinese one of one sentence.
    const asked = await search.search('rhinos tigers 1993', { k: 5 });
    expect(asked.hits.length).toBeGreaterThan(0);
    expect(outsideNote(search, 'rhinos tigers 1993', asked.filters, asked)).toContain('you asked about dates the index does not hold');
    expect(isPastedPassage('中方对1997年香港回归有何评论？')).toBe(false);
    expect(isPastedPassage('中美执法合作是两国关系的重要组成部分。联合联络小组于1998年正式设立。')).toBe(true);
    expect(isPastedPassage('Joint Liaison Group established in 1998')).toBe(false);
  });

  it('notes above an answer a year asked that the index holds only as imported pairs, and the age of the newest briefing when the latest is asked', async () => {
    const imported = search.coverage().corpusOnly!;
    const relevance = { latestIntent: false, sort: 'relevance' } as const;
    // A year the index holds only as imported pairs: the stretch is told as cut to that year, and to the dates
    // between its gaps (hunt-E #9: the whole year had been said held, of a sample holding one day of it).
    const whole = imported.find((c) => Number(c.to.slice(0, 4)) - Number(c.from.slice(0, 4)) >= 2)!;
    const year = String(Number(whole.from.slice(0, 4)) + 1);
    const ofYear = search.briefingsBetween(`${year}-01-01`, `${year}-12-31`);
    expect(search.coverage().gaps.some((g) => g.from > ofYear.first! && g.to < ofYear.last!)).toBe(false);
    const heldOfYear = ofYear.first === ofYear.last ? ofYear.first! : `${ofYear.first} to ${ofYear.last}`;
    expect(heldOfYear).not.toBe(`${year}-01-01 to ${year}-12-31`);
    expect(outsideNote(search, `THAAD in ${year}`, {}, relevance)).toBe(
      `Note: the index holds ${heldOfYear} only as the pairs imported from ${whole.files.join(', ')}, which may not hold every exchange.`,
    );
    // The year read as the dates of the talk asks about it twice (filter and year): said once (explore27 #5).
    expect(outsideNote(search, `THAAD in ${year}`, { from: `${year}-01-01`, to: `${year}-12-31` }, relevance)).toBe(
      `Note: the index holds ${heldOfYear} only as the pairs imported from ${whole.files.join(', ')}, which may not hold every exchange.`,
    );
    // An open end runs to the end of the index: "since" a year, or a --from, is told of every imported stretch after it (explore27w #2).
    const since = outsideNote(search, 'THAAD', { from: `${year}-01-01` }, relevance)!;
    expect(since).toMatch(/^Note: the index holds .* only as the pairs imported from /);
    expect(since).toContain(`to ${imported.at(-1)!.to}`);
    // Every stretch of the bundled sample is named, none hidden behind "(and 2 earlier stretches)" (explore33b C5).
    for (const c of imported.slice(1)) expect(since).toContain(c.from === c.to ? c.from : `${c.from} to ${c.to}`);
    // A range over the whole index asks about no stretch in particular.
    expect(outsideNote(search, 'THAAD', { from: search.coverage().from!, to: search.coverage().to! }, relevance)).toBeNull();
    // A year the English pages hold whole: nothing to note.
    expect(outsideNote(search, 'Huawei in 2019', {}, relevance)).toBeNull();
    const last = search.info().lastDate!;
    const dayAfter = (days: number): Date => new Date(Date.parse(`${last}T12:00:00Z`) + days * 86_400_000);
    const latest = await search.search('the latest on Huawei', { k: 0 });
    expect(latest).toMatchObject({ latestIntent: true, sort: 'newest' });
    // Huawei's newest answer is a PressCon pair of 2022-06-06; the index holds no whole transcript for most of the time since.
    const afterLast = `After ${latest.last}, the newest answer here, the index holds no briefing from `;
    expect(outsideNote(search, 'the latest on Huawei', {}, latest, dayAfter(30))).toMatch(
      new RegExp(`^Note: you asked for the latest; the newest briefing in the index is of ${last}, 30 days ago\\. ${afterLast}.* only as the pairs imported from .*: it may not hold the last time it was said\\.$`),
    );
    // Counted on Beijing's calendar, as "yesterday" is read: at 20:00 UTC it is the next day there (hunt-N (b)).
    const lateEvening = new Date(Date.parse(`${last}T20:00:00Z`) + 30 * 86_400_000);
    expect(outsideNote(search, 'the latest on Huawei', {}, latest, lateEvening)).toContain(`the newest briefing in the index is of ${last}, 31 days ago.`);
    expect(outsideNote(search, 'the latest on Huawei', {}, latest, dayAfter(2))).toMatch(new RegExp(`^Note: after ${latest.last}, the newest answer here, `));
    // No stretch said to be held as pairs takes in a gap, where nothing at all is held (hunt-E #9: "2020-08-25 to 2021-02-01").
    const sudan = await search.search('When did China last mention Sudan?', { k: 0 });
    expect(sudan.last! < '2020-07-01').toBe(true);
    const note = outsideNote(search, sudan.query, sudan.filters, sudan, dayAfter(30))!;
    const asPairs = /and holds (.*) only as the pairs/.exec(note)![1]!;
    const said = [...asPairs.matchAll(/(\d{4}-\d\d-\d\d)(?: to (\d{4}-\d\d-\d\d))?/g)].map((m) => ({ from: m[1]!, to: m[2] ?? m[1]! }));
    expect(said.length).toBeGreaterThan(1);
    for (const stretch of said) for (const gap of search.coverage().gaps) expect(gap.from > stretch.to || gap.to < stretch.from, `${stretch.from} to ${stretch.to} holds gap ${gap.from}`).toBe(true);
    // A topic whose newest answer is of the index's last weeks: its date may well be the last time.
    const pakistan = await search.search('the latest on Pakistan', { k: 0 });
    expect(pakistan.last! >= '2026-07-18').toBe(true);
    expect(outsideNote(search, 'the latest on Pakistan', {}, pakistan, dayAfter(2))).toBeNull();
    expect(outsideNote(search, 'Huawei', {}, relevance, dayAfter(30))).toBeNull();
    // Dates given that end before the index does: its age is beside the point (explore26t #12).
    expect(outsideNote(search, 'the latest on Huawei', { from: '2019-01-01', to: '2019-12-31' }, latest, dayAfter(30))).toBeNull();
    // "latest" with sort relevance given is answered by relevance: no word of the latest (explore26r2 #10).
    const byRelevance = await search.search('the latest on Huawei', { k: 0, sort: 'relevance' });
    expect(byRelevance.last).toBe(latest.last);
    expect(outsideNote(search, 'the latest on Huawei', {}, byRelevance, dayAfter(30))).toBeNull();
  });
});

describe('timeline', () => {
  it('counts the matches per month over the whole index, zeros included, with the busiest months and their briefings', async () => {
    const response = await search.search('Meng Wanzhou', { k: 0 });
    const t = buildTimeline('Meng Wanzhou', response, search.coverage(), (k) => search.briefing(k)?.summary, (id) => search.record(id)?.key);
    const info = search.info();
    expect(t.months[0]!.month).toBe(info.firstDate!.slice(0, 7));
    expect(t.months.at(-1)!.month).toBe(info.lastDate!.slice(0, 7));
    expect(t.months.reduce((sum, m) => sum + m.count, 0)).toBe(response.total);
    expect(t.months.some((m) => m.count === 0)).toBe(true);
    expect([t.first, t.last]).toEqual([response.first, response.last]);
    const busiest = t.busiest[0]!;
    expect(busiest.count).toBe(Math.max(...t.months.map((m) => m.count)));
    expect(busiest.briefings.reduce((sum, b) => sum + b.count, 0)).toBe(busiest.count);
    for (const b of busiest.briefings) {
      expect(b.key.startsWith(busiest.month)).toBe(true);
      expect(b.url).toBe(search.briefing(b.key)!.summary.url);
    }
  });

  it('counts a topic of several words by the exchanges holding them all, and says so (explore30 A7)', async () => {
    const timeline = async (topic: string) => {
      const response = await search.search(topic, { k: 0, wordsTogether: true });
      return { response, t: buildTimeline(topic, response, search.coverage(), (k) => search.briefing(k)?.summary, (id) => search.record(id)?.key) };
    };
    // Most exchanges matching "Hong Kong national security law" are on Hong Kong alone: counted, they
    // peaked in July 2019, before the law was proposed (May 2020).
    const { response, t } = await timeline('Hong Kong national security law');
    // Words as the index stems them ("nation" is held by "national" and "nation").
    const holdingAll = (id: string): boolean => {
      const r = search.record(id)!;
      const terms = new Set(termsOf(`${r.question ?? ''} ${r.answer}`));
      return termsOf('Hong Kong national security law').every((t) => terms.has(t));
    };
    const whole = response.matches.filter((m) => !m.partial);
    expect(response.topicWords).toEqual(['Hong Kong', 'national', 'security', 'law']);
    expect(whole.length).toBeGreaterThan(10);
    expect(whole.length).toBeLessThan(response.total / 2);
    for (const m of response.matches) expect([m.id, holdingAll(m.id)]).toEqual([m.id, !m.partial]);
    expect(t.total).toBe(whole.length);
    expect(t.months.reduce((sum, m) => sum + m.count, 0)).toBe(whole.length);
    expect(t.busiest[0]!.month >= '2020-05').toBe(true);
    // Of those, the ones holding the words together are said apart ("trade" and "Cold War" hold "trade war" apart).
    const together = whole.filter((m) => !m.apart).length;
    expect(together).toBeGreaterThan(0);
    expect(together).toBeLessThan(whole.length);
    expect(t.wordsCounted).toEqual({ words: ['Hong Kong', 'national', 'security', 'law'], all: true, left: response.total - whole.length, together });
    // Opening statements among them (2020-05-22#s1) are counted as statements (explore38 W2).
    const statements = whole.filter((m) => search.record(m.id)!.kind === 'statement').length;
    expect(statements).toBeGreaterThan(0);
    expect(timelineSummary(t, plural)).toMatch(new RegExp(`^${whole.length - statements} exchanges and ${statements} statements holding all of “Hong Kong”, “national”, “security” and “law” \\(${together} of them with the words together; ${response.total - whole.length} more hold only some of them: not counted\\); first `));
    // Its first and last mention are those a "when was it first said" answer gives (explore33b W2): where the
    // words stand together; the chart's older bar (2018-09-25, "national security and the rule of law in Hong Kong") is said.
    const asked = await search.search('When did China first mention the Hong Kong national security law?', { k: 1 });
    expect(t.first).toBe(asked.first);
    expect(t.apartSpan?.first).toBe('2018-09-25');
    expect(timelineSummary(t, plural)).toContain(`; first ${asked.first}, last ${t.last} (where its words stand together; with those holding them apart, first 2018-09-25`);
    // Without the option, the search marks nothing, and the timeline counts every match (as of a topic of one word).
    const plain = await search.search('Hong Kong national security law', { k: 0 });
    expect(plain.topicWords).toBeUndefined();
    expect(plain.matches.some((m) => m.partial)).toBe(false);
    // A topic whose every match holds all its words, or of one word, says nothing of it.
    const meng = await timeline('Meng Wanzhou');
    expect(meng.t.total).toBe(meng.response.total);
    expect(meng.t.wordsCounted).toBeUndefined();
    expect(timelineSummary(meng.t, plural)).not.toContain('holding all of');
    const one = await timeline('Huawei');
    expect(one.response.topicWords).toBeUndefined();
    // None holding them all: every match counted, and said so.
    const apart = buildTimeline('x y', { ...response, matches: response.matches.map((m) => ({ ...m, partial: true as const })) }, search.coverage(), (k) => search.briefing(k)?.summary, (id) => search.record(id)?.key);
    expect(apart.total).toBe(response.total);
    expect(timelineSummary(apart, plural)).toContain('; none holds all of “Hong Kong”, “national”, “security” and “law”: counted those that hold some.');
  });

  it('says in a timeline that the name a topic describes was counted too', async () => {
    const topic = 'the Hong Kong media tycoon arrested';
    const t = buildTimeline(topic, await search.search(topic, { k: 0 }), search.coverage(), (k) => search.briefing(k)?.summary, (id) => search.record(id)?.key);
    expect(t.described).toBe('Jimmy Lai');
    expect(timelineSummary(t, plural)).toContain(`; also searched for “Jimmy Lai”, a name your words may describe;`);
    const named = buildTimeline('Jimmy Lai', await search.search('Jimmy Lai', { k: 0 }), search.coverage(), (k) => search.briefing(k)?.summary, (id) => search.record(id)?.key);
    expect(timelineSummary(named, plural)).not.toContain('also searched');
    // The words of the topic its matches do not hold are said too, and those only a few of them hold (explore38 M4).
    const arrested = (await search.search(topic, { k: 0 })).matches
      .filter((m) => /\barrest/i.test(`${search.record(m.id)!.question ?? ''} ${search.record(m.id)!.answer}`)).length;
    expect(arrested).toBeGreaterThan(0);
    expect(timelineSummary(t, plural)).toContain(`; none of them says “tycoon”; only ${arrested} of them say “arrested”.`);
    expect(timelineSummary(named, plural)).not.toContain('none of them');
  });

  it('marks the months the index holds no briefing of, and says so, so that their zeros are not read as silence', async () => {
    const response = await search.search('Meng Wanzhou', { k: 0 });
    const t = buildTimeline('Meng Wanzhou', response, search.coverage(), (k) => search.briefing(k)?.summary, (id) => search.record(id)?.key);
    const briefingMonths = new Set(search.briefingKeys().map((k) => search.briefing(k)!.summary.date.slice(0, 7)));
    // A month is held exactly when some briefing of the index falls in it (the bundled index has no month-long recess).
    for (const m of t.months) expect([m.month, m.held]).toEqual([m.month, briefingMonths.has(m.month)]);
    const stretches = unheldStretches(t.months);
    expect(stretches.length).toBeGreaterThan(0);
    expect(stretches.at(-1)!.to < t.months.at(-1)!.month).toBe(true);
    const unheld = t.months.filter((m) => !m.held).length;
    expect(stretches.reduce((sum, x) => sum + x.months, 0)).toBe(unheld);
    const summary = timelineSummary(t, plural);
    expect(summary).toContain(`The index holds no briefing of ${unheld} of these ${t.months.length} months (`);
    expect(summary).toContain(`${stretches.at(-1)!.from} to ${stretches.at(-1)!.to}`);
    // and the stretches it holds only from a research corpus's pairs, whose bars may be short
    expect(t.corpusOnly.length).toBeGreaterThan(0);
    expect(summary).toMatch(new RegExp(`${t.corpusOnly.at(-1)!.to}( \\(and \\d+ earlier stretch(es)?\\))? only as the pairs imported from cmfa-presscon-v4-ukraine\\.csv, which may not hold every exchange\\.`));
    // The chart draws those months as full-height grey bars, and only those.
    const values = (timelineSpec(t).data as { values: { month: string; count: number; unheld: number }[] }).values;
    const top = Math.max(...t.months.map((m) => m.count));
    expect(values.filter((v) => v.unheld > 0).map((v) => v.month.slice(0, 7))).toEqual(t.months.filter((m) => !m.held).map((m) => m.month));
    expect(values.every((v) => v.unheld === 0 || v.unheld === top)).toBe(true);
    expect(await timelineSvg(t)).toContain('#e3e3e3');
    // Months held only as imported pairs are marked (a zero there is weaker): exactly those whose
    // briefings all come from the research corpus, drawn pale blue.
    const sourceMonths = new Map<string, Set<boolean>>();
    for (const key of search.briefingKeys()) {
      const b = search.briefing(key)!.summary;
      const month = b.date.slice(0, 7);
      sourceMonths.set(month, (sourceMonths.get(month) ?? new Set()).add(key.startsWith('pc-')));
    }
    const importedOnly = (month: string): boolean => [...(sourceMonths.get(month) ?? [])].every(Boolean) && sourceMonths.has(month);
    expect(t.months.filter((m) => m.imported).length).toBeGreaterThan(10);
    for (const m of t.months) expect([m.month, m.imported]).toEqual([m.month, importedOnly(m.month)]);
    expect(values.filter((v) => (v as unknown as { imported: number }).imported > 0).length).toBe(t.months.filter((m) => m.imported).length);
    expect(await timelineSvg(t)).toContain('#d5e0f2');
    expect((timelineSpec(t).title as { subtitle: string[] }).subtitle[1]).toContain('pale blue: only pairs imported from a research corpus');
  });

  it('ticks the count axis in whole exchanges only, for a topic of one exchange a month and of many (explore37 #17)', async () => {
    const chartOf = async (topic: string) => {
      const t = buildTimeline(topic, await search.search(topic, { k: 0 }), search.coverage(), (k) => search.briefing(k)?.summary, (id) => search.record(id)?.key);
      const svg = await timelineSvg(t, { cjk: false });
      // The y axis's labels: the SVG's texts that are numbers alone (the months are "Nov 2002").
      const numbers = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!).filter((text) => /^[\d.,]+$/.test(text));
      return { top: Math.max(...t.months.map((m) => m.count)), numbers };
    };
    // "Lithuania": at most one exchange a month, ticked 0.0, 0.2 … 1.0 before.
    const few = await chartOf('Lithuania');
    expect(few.top).toBe(1);
    expect(few.numbers).toEqual(['0', '1']);
    const many = await chartOf('Huawei');
    expect(many.top).toBeGreaterThan(10);
    expect(many.numbers.length).toBeGreaterThan(2);
    for (const n of many.numbers) expect(n).toMatch(/^\d+$/);
    expect(many.numbers).toContain('0');
  });

  it('leaves a Chinese topic out of the chart where no font with Chinese characters is installed (they would be drawn as boxes)', async () => {
    const response = await search.search('Meng Wanzhou', { k: 0 });
    const t = { ...buildTimeline('孟晚舟', response, search.coverage(), (k) => search.briefing(k)?.summary, (id) => search.record(id)?.key) };
    expect(timelineSpec(t, { cjk: true }).title).toMatchObject({ text: '“孟晚舟”: exchanges per month' });
    expect(timelineSpec(t, { cjk: false }).title).toMatchObject({ text: 'Exchanges per month (topic: see the message)' });
    expect(await timelineSvg(t, { cjk: false })).not.toMatch(/[\u4e00-\u9fff]/);
    // An English topic is always drawn.
    expect(timelineSpec({ ...t, topic: 'Meng Wanzhou' }, { cjk: false }).title).toMatchObject({ text: '“Meng Wanzhou”: exchanges per month' });
    expect(unheldStretches([
      { month: '2020-01', count: 1, held: true, imported: false }, { month: '2020-02', count: 0, held: false, imported: false }, { month: '2020-03', count: 0, held: false, imported: false },
      { month: '2020-04', count: 0, held: true, imported: false }, { month: '2020-05', count: 0, held: false, imported: false },
    ])).toEqual([{ from: '2020-02', to: '2020-03', months: 2 }, { from: '2020-05', to: '2020-05', months: 1 }]);
  });
});

/** A high surrogate not followed by a low one, or a low one not after a high one: not valid Unicode. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe("a question of emoji or flags past the heading's length", () => {
  it('is echoed cut between whole characters by both bots: no half emoji sent (explore25d #1)', async () => {
    const flags = `${'🇨🇳'.repeat(75)} Huawei`;
    const response = await search.search(flags, { k: 5 });
    expect(response.hits.length).toBeGreaterThan(0);
    const result = storeResponse(new ResultStore(), { userId: '1', query: flags, filters: {} }, response, search);
    const discord = JSON.stringify(resultMessage(result, 0, search));
    const slack = JSON.stringify(resultCard(result, 0, search));
    const fire = `华为${'🔥'.repeat(150)}`;
    const none = { query: fire, filters: {}, tooCommon: [] };
    for (const sent of [discord, slack, JSON.stringify(noResultsMessage(none, { search })), nothingRelevantText(search, none, (t) => slackLabel(t, 300))]) {
      // JSON.stringify writes a lone surrogate as \udXXX: none may appear.
      expect(sent).not.toMatch(/\\ud[89ab][0-9a-f]{2}(?!\\ud[c-f])/i);
      expect(sent).not.toMatch(LONE_SURROGATE);
    }
    expect(discord).toContain(`Results for “${'🇨🇳'.repeat(74)}…”`);
  });
});

describe('links and chat markup in a question', () => {
  it('are left out of what is searched, one rule for Discord and Slack; a link keeps its label (explore25d #2, explore25s #3)', async () => {
    // Discord: a pasted link, a bare t.co link, a custom emoji, mentions, a role, a channel, a timestamp, a command.
    expect(queryFrom('Reuters reports https://reut.rs/3xYz Huawei CFO Meng Wanzhou arrested in Canada')).toBe('Reuters reports Huawei CFO Meng Wanzhou arrested in Canada');
    expect(queryFrom('Meng Wanzhou t.co/AbC123xyz')).toBe('Meng Wanzhou');
    // @everyone and @here typed as text are no words (explore26r2 #12); nor is an e-mail address, a link in chat (explore32a F9).
    expect(queryFrom('@everyone Huawei last year @here')).toBe('Huawei last year');
    expect(queryFrom('press@here.com Huawei')).toBe('Huawei');
    expect(queryFrom('Meng Wanzhou <:pepe:123456789012345678> <a:wave:42>')).toBe('Meng Wanzhou');
    // Emoji are no words, and do not count toward the length: the words after 150 of them are searched.
    expect(queryFrom(`${'😡'.repeat(150)} Huawei`)).toBe('Huawei');
    expect(queryFrom(`${'🇨🇳'.repeat(75)} Huawei 👍🏽 ban ❤️ 👨‍👩‍👧`)).toBe('Huawei ban');
    expect(queryFrom('© 2019 Huawei #1 5G')).toBe('2019 Huawei #1 5G');
    // Bidirectional controls are no words: echoed, they would reorder the bot's own line (explore29b F9).
    expect(queryFrom('Huawei \u202e sanctions\u2066 5G\u2069 \u200fban')).toBe('Huawei sanctions 5G ban');
    // Cut in characters, as the request check counts them, at a word.
    const long = `${'华为 '.repeat(99)}孟晚舟 加拿大`;
    expect([...queryFrom(long)].length).toBeLessThanOrEqual(300);
    expect(queryFrom(long).endsWith('孟晚舟')).toBe(true);
    expect(queryFrom('<@400000000000000002> <@!4> <@&5> <#6> <t:1600000000:R> </ask:8> Huawei www.example.com/x')).toBe('Huawei');
    expect(queryFrom('see [the story](https://example.com/a) on U.S./China trade, e.g. 5.5G')).toBe('see the story on U.S./China trade, e.g. 5.5G');
    // Slack: mentions, channels, special mentions and user groups dropped; a link's label kept.
    expect(searchableText('<@U123ABC> what about Hong Kong')).toBe('what about Hong Kong');
    expect(searchableText('<#C123|china-desk> <!subteam^S123|@desk> <!here> <!channel> Taiwan')).toBe('Taiwan');
    expect(searchableText('<https://evil.example|Ministry> Xinjiang &amp; <https://x.example/plain>')).toBe('Ministry Xinjiang &');
    expect(queryFrom('https://t.co/AbC <@1>')).toBe('');
    // Slack emoji codes, alone or in a row, with a skin tone (explore25s2 N5); other colons stay.
    expect(queryFrom(':flag-cn: :flag-us: tariffs — what did MFA say?')).toBe('tariffs — what did MFA say?');
    expect(queryFrom('Hua Chunying :fire: Hong Kong :thumbsup::skin-tone-2: :+1: :e-mail:')).toBe('Hua Chunying Hong Kong');
    expect(queryFrom('Article 23: Hong Kong at 10:30, 3:2:1, Re:Huawei: from:2019-01-01')).toBe('Article 23: Hong Kong at 10:30, 3:2:1, Re:Huawei: from:2019-01-01');
    // A forwarded subject's prefix at the start is no word (explore29a 4.4: "re" found "re-sell" above Huawei).
    expect(queryFrom('Re: Huawei ban')).toBe('Huawei ban');
    expect(queryFrom('RE: Fwd:Huawei')).toBe('Huawei');
    expect(queryFrom('Reuters: Huawei, regarding 5G')).toBe('Reuters: Huawei, regarding 5G');
    // Links of other kinds than http (explore32a F9), and a Markdown link's title (F19): no words, and no link echoed.
    for (const typed of ['Huawei mailto:a@evil.example', 'Huawei a@evil.example', 'Huawei steam://run/123', 'Huawei tel:+123456', 'Huawei <mailto:a@evil.example|mail>']) {
      expect(queryFrom(typed)).toMatch(/^Huawei(?: mail)?$/);
    }
    expect(queryFrom('Huawei [x](https://evil.example "title")')).toBe('Huawei x');
    expect(queryFrom("Huawei [x](https://evil.example 'title') sanctions")).toBe('Huawei x sanctions');
    // Control characters: terminal escape sequences gone whole, NUL, ESC and C1 controls as spaces, zero-width characters gone (explore32a F2, F3).
    expect(queryFrom('zzqx \x1b[2J\x1b[31m red')).toBe('zzqx red');
    expect(queryFrom('zzqx \x1b]8;;http://evil.example\x1b\\Huawei\x1b]8;;\x1b\\')).toBe('zzqx Huawei');
    expect(queryFrom('Huawei \x1b]0;title\x07 ban \x1b]8;;http://evil.example 5G')).toBe('Huawei ban 5G');
    expect(queryFrom('Huawei \u0000 nul\u0085@here \u009b31m x\u007f')).toBe('Huawei nul 31m x');
    expect(queryFrom('Hua\u200bwei @\u2063everyone \ufeff\u2060ban\u00ad')).toBe('Huawei ban');
    // What the testers saw: with the link the search found nothing, without it the exchanges.
    for (const typed of ['Meng Wanzhou https://t.co/AbC123xyz', 'Meng Wanzhou <:pepe:123456789012345678>']) {
      expect((await search.search(typed, { k: 1 })).hits).toEqual([]);
      const searched = await search.search(queryFrom(typed), { k: 1 });
      expect(searched.total).toBe((await search.search('Meng Wanzhou', { k: 1 })).total);
      expect(searched.total).toBeGreaterThan(10);
    }
  });
});

describe('an empty answer says why', () => {
  it('names the words no exchange says, and what the other words find without them, from a real second search (explore25d #2, explore25s #3)', async () => {
    for (const [asked, unknown, rest] of [['Hong Kong Anna', 'Anna', 'Hong Kong'], ['Huawei Evergrande', 'Evergrande', 'Huawei'], ['Huawei zzzz', 'zzzz', 'Huawei']] as const) {
      const response = await search.search(asked);
      // The gate is unchanged: the question still finds nothing.
      expect(response.hits).toEqual([]);
      expect(response.missing.inNoRecord).toEqual([unknown]);
      const alone = await search.search(rest);
      expect(alone.total).toBeGreaterThan(10);
      expect(response.withoutUnknown).toEqual({ query: rest, total: alone.total });
      const text = nothingRelevantText(search, response);
      // First, right after what was asked (explore25s2 N11): above the coverage, where a phone shows it.
      expect(text).toMatch(new RegExp(`^Nothing relevant found for “${asked}”\\. No exchange in the index says “${unknown}”\\. Without it: ${alone.total} exchanges on “${rest}”\\. Looked in the briefings from `));
      expect(text).toMatch(/\. Try different or fewer words\.$/);
    }
    // Every word unknown: named, and no second count.
    const none = await search.search('Anna zzzz');
    expect(none.withoutUnknown).toBeUndefined();
    expect(nothingRelevantText(search, none)).toMatch(/^Nothing relevant found for “Anna zzzz”\. No exchange in the index says “Anna” or “zzzz”\. Looked in the briefings /);
    // Words the index holds that find nothing together: no word named.
    const held = await search.search('Huawei', { filters: { from: '2026-08-01' } });
    expect(held.hits).toEqual([]);
    expect(held.missing.inNoRecord).toEqual([]);
    expect(nothingRelevantText(search, held)).not.toContain('No exchange in the index says');
  });

  it('says when the index holds no briefing in the dates searched, with the nearest dates (explore25s #6)', async () => {
    const [before, after] = ['2026-08-10', '2026-08-17'];
    expect(search.briefing(before)).toBeDefined();
    expect(search.briefing(after)).toBeDefined();
    for (let day = 11; day <= 16; day++) expect(search.briefing(`2026-08-${day}`)).toBeUndefined();
    const response = await search.search('Hong Kong', { filters: { from: '2026-08-11', to: '2026-08-16' } });
    expect(response.hits).toEqual([]);
    expect(nothingRelevantText(search, response)).toBe(
      'Nothing found for “Hong Kong”: the index holds no briefing from 2026-08-11 to 2026-08-16; the nearest are of 2026-08-10 and 2026-08-17. Try other dates.',
    );
    expect(nothingRelevantText(search, { query: 'zqxjv', filters: { from: '2026-08-12', to: '2026-08-12' }, tooCommon: [] })).toContain('no briefing on 2026-08-12;');
    // Dates with a briefing keep the usual answer.
    expect(nothingRelevantText(search, { query: 'zqxjv', filters: { from: '2026-08-10', to: '2026-08-16' }, tooCommon: [] })).toMatch(/^Nothing relevant found for “zqxjv” in the briefings from 2026-08-10/);
  });

  it('says that the briefings searched do not name who asked, when an outlet filter finds nothing there (explore25d #5)', async () => {
    // Counted from the briefings themselves: the English transcripts of 2019 write "Q:".
    const dates = search.nearestBriefingDates('2019-07-01', 2000).filter((d) => d.startsWith('2019-'));
    // A day republished with a revised translation (2019-04-29b) counts once: its twin repeats its exchanges; a
    // second transcript of other remarks (2019-08-06b) holds its own.
    const ownOf = (d: string) => search.briefing(`${d}b`)?.records.filter((r) => !search.otherVersions(r).otherVersions) ?? [];
    expect(ownOf('2019-08-06')).toHaveLength(1);
    expect(ownOf('2019-04-29')).toHaveLength(0);
    const records = dates.flatMap((d) => [...(search.briefing(d)?.records ?? []), ...ownOf(d)]).filter((r) => r.lang !== 'zh' && r.kind === 'exchange');
    expect(search.briefing('2019-04-29b')).toBeDefined();
    expect(search.briefingsBetween('2019-04-29', '2019-04-29', 'Taiwan')).toMatchObject({
      briefings: 1, exchanges: search.briefing('2019-04-29')!.records.filter((r) => r.kind === 'exchange').length,
    });
    expect(records.length).toBeGreaterThan(1000);
    expect(records.filter((r) => r.outlet).length).toBe(0);
    expect(search.briefingsBetween('2019-01-01', '2019-12-31', 'Taiwan')).toMatchObject({ exchanges: records.length, askersNamed: 0 });
    const response = await search.search('Taiwan', { filters: { outlet: 'Reuters', from: '2019-01-01', to: '2019-12-31' } });
    expect(response.hits).toEqual([]);
    expect(nothingRelevantText(search, response)).toContain(
      ` None of the ${records.length.toLocaleString('en')} exchanges of the briefings searched names who asked (their transcripts write “Q:”): the outlet may have asked without being named.`,
    );
    // Where most exchanges name their asker, nothing of the kind is said.
    const named = search.briefingsBetween('2020-06-01', '2020-06-30', 'Taiwan');
    expect(named.askersNamed / named.exchanges).toBeGreaterThan(0.5);
    expect(nothingRelevantText(search, { query: 'zqxjv', filters: { outlet: 'Reuters', from: '2020-06-01', to: '2020-06-30' }, tooCommon: [] })).not.toContain('who asked');
  });
});

describe('dates a question names (explore26t #6, #7, #10)', () => {
  /** The English briefing days the index holds from `from` to `to`, oldest first, counted from the briefings themselves. */
  const englishDays = (from: string, to: string): string[] =>
    [...new Set(search.briefingKeys().map((k) => search.briefing(k)!.summary).filter((b) => (b.lang ?? 'en') === 'en' && b.date >= from && b.date <= to).map((b) => b.date))].sort();

  it('draws and lists only the months searched in a timeline of a dated topic, and says which dates they are', async () => {
    const dated = await search.search('Huawei in 2020', { k: 0 });
    expect(dated.filters).toMatchObject({ from: '2020-01-01', to: '2020-12-31' });
    const t = buildTimeline('Huawei in 2020', dated, search.coverage('Huawei in 2020'), (k) => search.briefing(k)?.summary, (id) => search.record(id)?.key);
    // Every month of 2020 and no other: 2019, which holds many Huawei exchanges, was not searched and is not drawn as silence.
    expect(t.months.map((m) => m.month)).toEqual(Array.from({ length: 12 }, (_, i) => `2020-${String(i + 1).padStart(2, '0')}`));
    expect(t.months.reduce((sum, m) => sum + m.count, 0)).toBe(dated.total);
    const undated = buildTimeline('Huawei', await search.search('Huawei', { k: 0 }), search.coverage('Huawei'), (k) => search.briefing(k)?.summary, (id) => search.record(id)?.key);
    expect(undated.months.filter((m) => m.month.startsWith('2019-')).reduce((sum, m) => sum + m.count, 0)).toBeGreaterThan(10);
    expect(undated.months[0]!.month).toBe(search.info().firstDate!.slice(0, 7));
    const summary = timelineSummary(t, plural);
    expect(summary).toContain('; only the briefings of 2020, the year your question names.');
    expect(summary).toMatch(/of these 12 months/);
    expect(summary).not.toContain('The index holds briefings');
    // The chart draws the same months, and the imported stretches named are cut to them.
    expect((timelineSpec(t).data as { values: { month: string }[] }).values.map((v) => v.month.slice(0, 7))).toEqual(t.months.map((m) => m.month));
    for (const c of t.corpusOnly) expect(c.from >= '2020-01-01' && c.to <= '2020-12-31').toBe(true);
  });

  it("spans a spokesperson's timeline over the briefings the index holds of theirs, not the whole index", async () => {
    const geng = await search.search('Geng Shuang on Huawei', { k: 0 });
    expect(geng.filters.spokesperson).toBe('Geng Shuang');
    const span = search.spokespersonSpan('Geng Shuang')!;
    const t = searchTimeline(search, 'Geng Shuang on Huawei', geng);
    expect([t.months[0]!.month, t.months.at(-1)!.month]).toEqual([span.from.slice(0, 7), span.to.slice(0, 7)]);
    expect(t.months.reduce((sum, m) => sum + m.count, 0)).toBe(t.total);
    // Two spokespeople joined: the span of both.
    const both = await search.search('Hua Chunying and Geng Shuang on Huawei', { k: 0 });
    const hua = search.spokespersonSpan('Hua Chunying')!;
    const joined = searchTimeline(search, 'Hua Chunying and Geng Shuang on Huawei', both);
    expect([joined.months[0]!.month, joined.months.at(-1)!.month]).toEqual([hua.from.slice(0, 7), (hua.to > span.to ? hua.to : span.to).slice(0, 7)]);
    // No spokesperson: the whole index.
    expect(searchTimeline(search, 'Huawei', await search.search('Huawei', { k: 0 })).months[0]!.month).toBe(search.info().firstDate!.slice(0, 7));
    expect(search.spokespersonSpan('Liu Weimin')).toBeNull();
  });

  it('cuts a timeline to what the index holds and says where it ends, when the dates named reach past it', async () => {
    const then = await openSearch(indexDir, { embedder: null, today: () => new Date('2026-11-29T00:00:00Z') });
    const last = then.info().lastDate!;
    expect(last < '2026-11-29').toBe(true);
    const topic = 'Japan in the past 6 months';
    const response = await then.search(topic, { k: 0 });
    expect(response.monthNamed).toBe('the past 6 months (since 2026-05-29)');
    expect(response.total).toBeGreaterThan(0);
    const t = buildTimeline(topic, response, then.coverage(topic), (k) => then.briefing(k)?.summary, (id) => then.record(id)?.key);
    expect(t.months[0]!.month).toBe('2026-05');
    expect(t.months.at(-1)!.month).toBe(last.slice(0, 7));
    expect(timelineSummary(t, plural)).toContain(`as your question asks. The index holds briefings up to ${last}.`);
  });

  it('notes what was searched when the dates asked reach past the index, not the whole index (explore26t #7)', async () => {
    const then = await openSearch(indexDir, { embedder: null, today: () => new Date('2026-11-29T00:00:00Z') });
    const coverage = then.coverage();
    const last = coverage.to!;
    const question = 'Japan in the past 6 months';
    const response = await then.search(question, { k: 5 });
    expect(response.hits.length).toBeGreaterThan(0);
    const days = englishDays('2026-05-29', last);
    expect(days.length).toBeGreaterThan(0);
    expect(days.length).toBeLessThan(coverage.briefings);
    expect(outsideNote(then, question, response.filters, response)).toBe(
      `Note: you asked about dates the index does not hold: it holds briefings up to ${last}. Searched ${plural(days.length, 'briefing')} from ${days[0]} to ${days.at(-1)}.`,
    );
    // Reaching past the start: where the index begins, and the briefings held up to the end asked, with the gaps between them.
    const early = outsideNote(search, 'Taiwan', { from: '1990-01-01', to: '2019-01-01' }, { latestIntent: false, sort: 'relevance' })!;
    const held = englishDays('1990-01-01', '2019-01-01');
    expect(early).toMatch(new RegExp(`^Note: you asked about dates the index does not hold: it holds briefings from ${coverage.from} on\\. Searched ${held.length} briefings from ${held[0]} to ${held.at(-1)}; none from `));
    expect(held.at(-1)! < '2019-01-01').toBe(true);
    // Dates that do not narrow the span searched: the whole index, as before, with where it ends.
    expect(outsideNote(search, 'Taiwan', { to: '2030-12-31' }, { latestIntent: false, sort: 'relevance' })).toBe(
      `Note: you asked about dates the index does not hold: it holds briefings up to ${last}. ${describeCoverage(coverage)}`,
    );
  });

  it('names the dates read in an empty answer, in the words the CLI and both bots share (explore26t #6, #10)', async () => {
    const then = await openSearch(indexDir, { embedder: null, today: () => new Date('2026-11-29T00:00:00Z') });
    const { firstDate, lastDate } = then.info();
    const none = await then.search('Taiwan this month', { k: 5 });
    expect(none.total).toBe(0);
    expect(none.monthNamed).toBe('November 2026 (this month)');
    const taiwan = await then.search('Taiwan', { k: 0 });
    const text = `Nothing found for “Taiwan this month”: the index holds no briefing in the dates you asked (November 2026 (this month): from 2026-11-01 to 2026-11-29); it holds briefings from ${firstDate} to ${lastDate}. Without those dates: ${taiwan.total} exchanges, the newest of ${taiwan.last}. Try other dates.`;
    expect(nothingRelevantText(then, none)).toBe(text);
    expect(JSON.stringify(noResultsMessage(none, { search: then }))).toContain(JSON.stringify(text).slice(1, -1));
    // An event's year said relative to today is named as read when nothing is found (explore26r2 #5).
    const event = await then.search("Last Year's Olympics", { k: 5 });
    expect(event.total).toBe(0);
    expect(nothingRelevantText(then, event)).toContain('The index holds no briefing of 2025.');
    // A topic that came up, asked in dates the index holds none of: no "never came up" (Huawei has matches).
    const lastYear = await then.search('Huawei last year', { k: 0 });
    expect([lastYear.total, lastYear.monthNamed]).toEqual([0, '2025 (last year)']);
    expect((await then.search('Huawei', { k: 0 })).total).toBeGreaterThan(50);
    expect(nothingRelevantText(then, lastYear)).toContain('no briefing in the dates you asked (2025 (last year): from 2025-01-01 to 2025-12-31)');
    // Without dates read, the dates given alone.
    expect(nothingRelevantText(then, { query: 'Taiwan', filters: { from: '2099-01-01', to: '2099-12-31' }, tooCommon: [] })).toContain('in the dates you asked (from 2099-01-01 to 2099-12-31);');
  });
});

describe('a date the sheet contradicts (explore37 #1: pc-2014-01-12#1, really of 2015, was the "first mention" of the Normandy format, unflagged)', () => {
  const WHY = "its link (t1227486) is numbered after 2014-12-31's (t1225027), and 2014-01-12 was a Sunday";
  const DOUBT = `date doubted (the sheet contradicts it): ${WHY}; check the Ministry's page before citing the date`;
  const FIRST = "the first date, 2014-01-12, is doubted (the sheet contradicts it); check the Ministry's page before citing it as the first; the first date not doubted is 2015-01-22";

  it('is said on the card of both bots, in the Cite and Footnote, and in the list', async () => {
    const question = 'When did China first mention the Normandy format?';
    const response = await search.search(question, { k: 5 });
    const record = response.hits[0]!.record;
    expect([record.id, record.source?.dateDoubted]).toEqual(['pc-2014-01-12#1', WHY]);
    expect(dateDoubtWords(record)).toBe(DOUBT);
    const result = storeResponse(new ResultStore(), { userId: 'U1', query: question, filters: {} }, response, search);
    // Discord: a field of the card; Slack: a line under the byline.
    const discord = resultMessage(result, 0, search).embeds![0]!.toJSON();
    expect(discord.fields).toContainEqual({ name: 'Note on the date', value: escapeVerbatim(capitalized(DOUBT)) });
    const slack = resultCard(result, 0, search);
    expect(JSON.stringify(slack.blocks)).toContain(JSON.stringify(escapeMrkdwn(capitalized(DOUBT))));
    // The Cite and the Footnote say it where the date stands.
    expect(citation(record, [], { format: 'plain', maxChars: 4000 })).toContain(`, January 12, 2014 [${DOUBT}], answering a journalist's question.`);
    expect(citation(record, [], { format: 'footnote', maxChars: 4000 })).toMatch(new RegExp(`^Hong Lei, regular press conference, January 12, 2014 \\[${escapeRegExp(DOUBT)}\\], answering`));
    expect(listRowHead(listRow(record))).toBe('2014-01-12 (date doubted) · Hong Lei · outlet not named · ');
    // The list's menu of both bots names the row so too, from one function.
    const label = listOptionLabel(listRow(record), 0);
    expect(label).toBe('1. 2014-01-12 (date doubted) · Hong Lei · outlet not named');
    expect(JSON.stringify(discordList(result, 0, search)!.components)).toContain(JSON.stringify(label));
    expect(JSON.stringify(slackList(result, 0, search)!.blocks)).toContain(JSON.stringify(label));
    // The next card, of an undoubted date, says nothing of it.
    const next = response.hits[1]!.record;
    expect(next.date).toBe('2015-01-22');
    expect([dateDoubtWords(next), citation(next, [], { format: 'plain', maxChars: 4000 })].join(' ')).not.toContain('doubted');
    expect(JSON.stringify(resultCard(result, 1, search).blocks)).not.toContain(JSON.stringify(escapeMrkdwn(capitalized(DOUBT))));
    expect(resultMessage(result, 1, search).embeds![0]!.toJSON().fields!.map((f) => f.name)).not.toContain('Note on the date');
  });

  it('is said of the first mention in the totals of ask and both bots, and of a timeline, with the first date not doubted', async () => {
    const response = await search.search('When did China first mention the Normandy format?', { k: 5 });
    expect([response.first, response.sort]).toEqual(['2014-01-12', 'oldest']);
    const ends = responseDoubtedEnds(response, (id) => search.record(id));
    expect(ends).toEqual({ first: { date: '2014-01-12', next: '2015-01-22' } });
    const result = storeResponse(new ResultStore(), { userId: 'U1', query: 'Normandy', filters: {} }, response, search);
    expect(result.doubtedEnds).toEqual(ends);
    expect(totalsLine(result)).toMatch(new RegExp(`^\\d+ exchanges(?:, |; \\d+ holding your words together, )2014-01-12 → \\d{4}-\\d\\d-\\d\\d[;,] oldest first \\(you asked when it was first said\\)[^;]*; ${escapeRegExp(FIRST)}; `));
    expect(JSON.stringify(resultMessage(result, 0, search))).toContain(FIRST);
    expect(JSON.stringify(resultCard(result, 0, search))).toContain(FIRST);
    // Its match alone: both ends doubted, none other to give.
    const alone = doubtedEnds(response.matches.filter((m) => m.id === 'pc-2014-01-12#1'), (kept) => dateSpan([...kept]), doubtedRecords((id) => search.record(id)));
    expect(alone).toEqual({ first: { date: '2014-01-12', next: null }, last: { date: '2014-01-12', next: null } });
    expect(doubtedEndsWords(alone)).toBe("the only date, 2014-01-12, is doubted (the sheet contradicts it); check the Ministry's page before citing it");
    // A timeline says the same, its chart marks the date.
    const t = searchTimeline(search, 'Normandy format', await search.search('Normandy format', { k: 0, wordsTogether: true }));
    expect(t.doubtedEnds).toEqual({ first: { date: '2014-01-12', next: '2015-01-22' } });
    expect(timelineSummary(t, plural)).toContain(`; first 2014-01-12, last ${t.last}; ${FIRST}`);
    expect((timelineSpec(t).title as { subtitle: string[] }).subtitle[0]).toContain(' · first 2014-01-12 (date doubted) · last ');
    // A topic whose ends are of undoubted dates says nothing of doubt.
    const huawei = await search.search('Huawei', { k: 5 });
    expect(responseDoubtedEnds(huawei, (id) => search.record(id))).toBeUndefined();
    expect(totalsLine(storeResponse(new ResultStore(), { userId: 'U1', query: 'Huawei', filters: {} }, huawei, search))).not.toContain('doubted');
  });
});
