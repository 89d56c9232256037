import { describe, expect, it } from 'vitest';
import { citation } from '../../src/answers/citation.js';
import { questionAsked, questionHeading, raisedAfterConference } from '../../src/answers/question-heading.js';
import { questionValue } from '../../src/discord/cards.js';
import { recordMessages } from '../../src/slack/cards.js';
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

describe('every way the pages word a question asked after the conference', () => {
  const pages = ['t1603452', 't1651487', 't1685765', 't1691074', 't1787995'].map((t) => `seeds/mfa-en/${t}.shtml`).concat('seeds/mfa-zh/t1545451.shtml');
  const all = parseTranscriptFiles(pages).flatMap((o) => (o.ok ? toIndexedRecords(o.transcript) : []));
  const byId = (id: string): IndexedRecord => all.find((r) => r.id === id) ?? (() => { throw new Error(`${id} not parsed`); })();
  const leads: [id: string, lead: RegExp][] = [
    ['2018-10-11#7', /^The following question was raised by a journalist after the press conference: /],
    ['2019-08-02#15', /^This question was raised after the press conference: /],
    ['2019-08-22#6', /^A journalist posed the following question after the press conference: /],
    ['2020-06-11#10', /^Question raised after the press conference: /],
    ['zh-2018-03-26#9', /^会后有俄罗斯记者问及：/],
  ];

  it.each(leads)('%s is headed as raised after, and its citation quotes the question without the editor\'s words', (id, lead) => {
    const r = byId(id);
    expect(r.question).toMatch(lead);
    expect(raisedAfterConference(r)).toBe(true);
    expect(questionHeading(r)).toMatch(/^Question raised after the press conference/);
    const asked = questionAsked(r)!;
    expect(asked).toBe(r.question!.replace(lead, ''));
    const footnote = cite(r, 'footnote');
    expect(footnote).toContain(asked.slice(0, 30));
    expect(footnote).not.toMatch(new RegExp(lead.source.slice(1)));
    // Under the heading that says so, the cards show the question without the editor's words too (hunt-E F12: they said it twice).
    expect(questionValue(r)).not.toMatch(new RegExp(lead.source.slice(1)));
    const slack = JSON.stringify(recordMessages(r, { withQuestion: true, share: false })[0]!.blocks);
    expect(slack).toContain('raised after the press conference');
    expect(slack).not.toMatch(new RegExp(lead.source.slice(1)));
  });

  it('an editor reporting the question in his own words is raised after, and quoted whole: no journalist\'s words follow', () => {
    const r = byId('2019-04-04#8');
    expect(r.question).toMatch(/^After the Press Conference, a journalist asked if China is going to offer assistance to Iran/);
    expect(raisedAfterConference(r)).toBe(true);
    expect(questionAsked(r)).toBe(r.question);
  });

  it('no other question of these pages is read as raised after', () => {
    const others = all.filter((r) => r.question !== null && !leads.some(([id]) => id === r.id) && r.id !== '2019-04-04#8');
    expect(others.length).toBeGreaterThan(40);
    expect(others.filter(raisedAfterConference).map((r) => r.id)).toEqual([]);
  });
});

describe('a question the parser read as raised after the conference, with no editor\'s words opening it', () => {
  // 2020-04-13: under the heading "The following questions were raised after the press conference:";
  // the Chinese page of 2016-12-28, whose late question had been read into the answer before it.
  const all = parseTranscriptFiles(['seeds/mfa-en/t1769241.shtml', 'seeds/mfa-zh/t1427249.shtml']).flatMap((o) => (o.ok ? toIndexedRecords(o.transcript) : []));
  const byId = (id: string): IndexedRecord => all.find((r) => r.id === id) ?? (() => { throw new Error(`${id} not parsed`); })();

  it('is headed and cited as raised after, its question quoted whole', () => {
    const africa = byId('2020-04-13#10');
    expect(africa.question).toMatch(/^African envoys to China recently said/);
    expect(africa.raisedAfter).toBe(true);
    expect(questionHeading(africa)).toBe('Question raised after the press conference (outlet not named)');
    expect(questionAsked(africa)).toBe(africa.question);
    expect(cite(africa, 'plain')).toContain("answering a journalist's question raised after the press conference.");
    expect(cite(africa, 'footnote')).toContain("answering a journalist's question raised after the press conference (“African envoys to China recently said");
    // The questions asked in the conference are not.
    const asked = byId('2020-04-13#8');
    expect([asked.raisedAfter, questionHeading(asked)]).toEqual([undefined, 'Question from Reuters']);
    expect(cite(asked, 'plain')).not.toContain('raised after');
  });

  it('the late question of 2016-12-28 is its own exchange, cited 会后问, and the answer before it is not', () => {
    const yasukuni = byId('zh-2016-12-28#6');
    expect(raisedAfterConference(yasukuni)).toBe(true);
    const zh = cite(yasukuni, 'plain');
    expect(zh).toContain('\n会后问：“日本复兴大臣今村雅弘今天下午参拜了靖国神社。中方对此有何评论？”');
    expect(zh).toMatch(/^“华春莹表示，中方坚决反对日本内阁成员参拜/);
    const pearlHarbor = cite(byId('zh-2016-12-28#5'), 'plain');
    expect(pearlHarbor).not.toMatch(/会后|靖国神社/);
  });
});
