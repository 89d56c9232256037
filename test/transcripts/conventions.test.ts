import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTranscriptFiles } from '../../src/transcripts/corpus.js';
import type { Exchange } from '../../src/transcripts/types.js';
import { exchanges, parseSeed } from './helpers.js';

describe('Q:/A: pages', () => {
  const t = parseSeed('t1558711.shtml');

  it('reads title, date, spokesperson and the manifest URL', () => {
    expect(t.title).toBe("Foreign Ministry Spokesperson Geng Shuang's Regular Press Conference on May 11, 2018");
    expect(t.date).toBe('2018-05-11');
    expect(t.spokesperson).toBe('Geng Shuang');
    expect(t.url).toBe('https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1558711.shtml');
  });

  it('keeps the opening announcements as a statement, skipping the image-only paragraph', () => {
    const first = t.records[0]!;
    expect(first.kind).toBe('statement');
    expect(first.id).toBe('2018-05-11#s1');
    expect(first.answer[0]).toMatch(/^At the invitation of President Julius Maada Wonie Bio/);
    expect(first.answer.length).toBe(6);
  });

  it('strips the Q: and A: labels and keeps every paragraph of a long answer in order', () => {
    const [ex] = exchanges(t);
    expect(ex!.id).toBe('2018-05-11#1');
    expect(ex!.outlet).toBeNull();
    expect(ex!.question[0]).toMatch(/^You just announced State Councilor/);
    expect(ex!.answer[0]).toMatch(/^France is a permanent member/);
    expect(ex!.answer[1]).toMatch(/^During his visit to France/);
    expect(ex!.spokesperson).toBe('Geng Shuang');
  });
});

describe('an opening that two spokespersons share (2020-02-24: Hua Chunying introduces Zhao Lijian)', () => {
  it('is one statement each, with its speaker, so that no sentence is cited as the other\'s', () => {
    const [hua, zhao, first] = parseSeed('t1748946.shtml').records;
    expect([hua!.id, hua!.kind, hua!.spokesperson]).toEqual(['2020-02-24#s1', 'statement', 'Hua Chunying']);
    expect(hua!.answer[0]).toMatch(/^Good afternoon, friends from the press\. I hope you are well\./);
    expect(hua!.answer.at(-1)).toMatch(/Now I'll give the floor to Deputy Director-General Zhao\.$/);
    expect([zhao!.id, zhao!.kind, zhao!.spokesperson]).toEqual(['2020-02-24#s1b', 'statement', 'Zhao Lijian']);
    expect(zhao!.answer[0]).toMatch(/^Thank you, Director-General Hua Chunying\./);
    expect([first!.id, first!.spokesperson]).toEqual(['2020-02-24#1', 'Zhao Lijian']);
  });
});

describe('Outlet:/Name: pages', () => {
  const t = parseSeed('t1794629.shtml');
  it('names the outlet that asked and the spokesperson who answered', () => {
    const named = exchanges(t).filter((e) => e.outlet !== null);
    expect(named.length).toBeGreaterThan(5);
    for (const e of exchanges(t)) {
      expect(e.spokesperson).toBe('Zhao Lijian');
      expect(e.answer[0]).not.toMatch(/^Zhao Lijian:/);
      if (e.outlet) expect(e.question[0]).not.toMatch(new RegExp(`^${e.outlet}:`));
    }
  });
});

describe('follow-up questions', () => {
  it('links a Follow-up to the exchange it follows', () => {
    const t = parseSeed('t1560357.shtml');
    const follow = exchanges(t).find((e) => e.followup !== null);
    expect(follow).toBeDefined();
    const index = t.records.findIndex((r) => r.id === follow!.id);
    expect(t.records[index - 1]!.id).toBe(follow!.followup);
    expect(follow!.answer.length).toBeGreaterThan(0);
  });

  it('takes the plain paragraph after a Follow-up as its answer when it has no label', () => {
    const t = parseSeed('t1670850.shtml');
    const follow = exchanges(t).find((e) => e.question[0]!.startsWith('When you say "foreign forces"'));
    expect(follow?.followup).not.toBeNull();
    expect(follow!.answer[0]).toMatch(/^As you may have noticed, some countries have made irresponsi/);
  });

  it('takes a second question by the same outlet as a follow-up (plain-text 2021 file)', () => {
    const t = parseSeed('seeds/plain-text/000_4d07b25c1c8cc511.txt');
    const nos = exchanges(t).filter((e) => e.outlet === 'NOS');
    expect(nos.map((e) => e.followup)).toEqual([null, nos[0]!.id]);
  });

  it('reads "Journalist clarifies:" turns as follow-ups, keeping the counter-question in the answer', () => {
    const t = parseSeed('t1627900.shtml');
    const clarified = exchanges(t).find((e) => e.question[0]!.startsWith('Some US and ROK media commented'));
    expect(clarified?.followup).not.toBeNull();
    const asked = t.records.find((r) => r.id === clarified!.followup)!;
    expect(asked.answer.join(' ')).toContain('What do you mean by saying that "China may be factored in as a new variable"?');
  });

  it('reads "Foreign Journalist:" as a new asker with no outlet named, not a follow-up of the outlet before (2020-06-15)', () => {
    const t = parseSeed('t1789003.shtml');
    const list = exchanges(t);
    const at = list.findIndex((e) => e.question[0]!.startsWith('This is a follow-up to the case of Karm Gilespie'));
    expect(at).toBeGreaterThan(0);
    expect(list[at - 1]!.outlet).toBe('Xinhua News Agency');
    expect([list[at]!.id, list[at]!.outlet, list[at]!.followup]).toEqual(['2020-06-15#7', null, null]);
  });
});

describe('layout quirks', () => {
  it('splits turns that share one paragraph through <br> line breaks', () => {
    const t = parseSeed('t1603452.shtml');
    const late = exchanges(t).find((e) => e.question[0]!.startsWith('The following question was raised by a journalist'));
    expect(late).toBeDefined();
    expect(late!.answer[0]).toBe('This groundless accusation by the US side shows no respect for facts.');
    expect(late!.spokesperson).toBe('Lu Kang');
  });

  it('reads labels written without a space after the colon', () => {
    const t = parseSeed('t1560357.shtml');
    expect(exchanges(t).some((e) => e.question[0]!.startsWith('The Vietnam unit of the Russian oil firm'))).toBe(true);
  });

  it('decodes entities and non-breaking spaces into plain spaces', () => {
    const t = parseSeed('t1659619.shtml');
    const taiwan = exchanges(t).find((e) => e.question[0]!.startsWith('Yesterday two US warships'));
    expect(taiwan!.answer[0]).toContain('handle issues related to Taiwan to avoid');
    expect(t.records.every((r) => r.answer.every((p) => !p.includes('\u00a0') && !p.includes('&nbsp;')))).toBe(true);
  });

  it('does not take clock times ("As of 24:00 …", "Between 00:00 and …") for labels', () => {
    const t = parseSeed('t1741546.shtml');
    const all = t.records.flatMap((r) => r.answer);
    expect(all.some((p) => p.startsWith('As of 24:00 February 5, a total of 1,153 cured'))).toBe(true);
    const t2 = parseSeed('t1743480.shtml');
    expect(t2.records.flatMap((r) => r.answer).some((p) => p.startsWith('Between 00:00 and 24:00, February 10'))).toBe(true);
  });

  it('keeps a bold paragraph inside an answer in that answer', () => {
    const t = parseSeed('t1627624.shtml');
    const trade = exchanges(t).find((e) => e.answer[0]!.startsWith('China and the United States agreed to hold positive'));
    expect(trade!.answer[1]).toMatch(/^As for whether the trade talks are motivated by China's economic situation/);
  });

  it('keeps what follows a line of asterisks out of the last answer: a closing statement of its own', () => {
    const t = parseSeed('t1625726.shtml'); // 2018-12-28: the new-year recess announced after the questions
    const last = exchanges(t).at(-1)!;
    expect(last.answer.join('\n')).not.toMatch(/adjourned|\*\*\*/);
    const closing = t.records.at(-1)!;
    expect(closing.kind).toBe('statement');
    expect(closing.id).toBe('2018-12-28#s2');
    expect(closing.answer[0]).toMatch(/^The regular press conference of the Ministry of Foreign Affairs will be adjourned on December 31, 2018/);
  });

  it('reads a line of hyphens as a separator, and an answer given after the conference as its own exchange under the editor\'s note (2020-04-07)', () => {
    const t = parseSeed('t1767006.shtml');
    const xinhua = t.records.find((r) => r.id === '2020-04-07#11') as Exchange;
    expect(xinhua.outlet).toBe('Xinhua News Agency');
    expect(xinhua.answer.length).toBe(4);
    expect(xinhua.answer[0]).toBe('I would like to make clear three points.');
    expect(xinhua.answer[3]).toMatch(/^Third, all foreigners in China should strictly abide by .* That is their way to contribute to the final victory over the epidemic\.$/);
    const late = t.records.at(-1) as Exchange;
    // The outlet the note names asked the question it answers, so its citation says who asked (explore30b 7).
    expect([late.id, late.kind, late.position, late.outlet, late.followup, late.spokesperson]).toEqual(['2020-04-07#12', 'exchange', 12, 'South China Morning Post', null, 'Zhao Lijian']);
    expect(late.question).toEqual(['After the press conference, Zhao made further response to the question raised by South China Morning Post.']);
    expect(late.answer.length).toBe(1);
    expect(late.answer[0]).toMatch(/^China is home to a large online community and also a major victim of cyber attacks\. .* All countries need to work together to protect it\.$/);
    expect(t.records.flatMap((r) => r.answer).some((p) => /^-+$/.test(p))).toBe(false);
  });

  it('drops the plain editor\'s note over questions taken after the conference, which ended the answer before it', () => {
    const notes: [string, string, RegExp, RegExp][] = [
      ['t1765751.shtml', '2020-04-03#13', /I hope certain people will refrain from politicizing the pandemic\.$/, /^Martin Griffith, UN Secretary General's Special Envoy for Yemen/],
      ['t1793861.shtml', '2020-07-01#10', /the Chinese side will work to resume travel with Europe in a gradual and orderly manner through appropriate means\.$/, /^Reports say senior Chinese and Indian commanders held talks at Chushul/],
      ['t1794629.shtml', '2020-07-03#10', /some non-regional country that lies tens of thousands of miles away\.$/, /^In response to Chinese Coast Guard vessels found near Diaoyu Dao/],
    ];
    for (const [file, id, lastWords, nextQuestion] of notes) {
      const t = parseSeed(file);
      const at = t.records.findIndex((r) => r.id === id);
      const [answered, next] = [t.records[at] as Exchange, t.records[at + 1] as Exchange];
      expect(answered.answer.length).toBe(1);
      expect(answered.answer[0]).toMatch(lastWords);
      expect(next.question[0]).toMatch(nextQuestion);
      const texts = t.records.flatMap((r) => [...(r.kind === 'exchange' ? r.question : []), ...r.answer]);
      expect(texts.filter((p) => /^The following questions? (was|were|is) (asked|posed|raised) after/.test(p))).toEqual([]);
    }
  });

  it('drops a heading that only announces questions taken after the conference', () => {
    const t = parseSeed('t1769241.shtml');
    const texts = t.records.flatMap((r) => [...(r.kind === 'exchange' ? r.question : []), ...r.answer]);
    expect(texts.some((p) => p.startsWith('The following questions were raised after the press conference'))).toBe(false);
    expect(exchanges(t).some((e) => e.question[0]!.startsWith('A commentary published by Japan'))).toBe(true);
  });
});

describe('dates and ids', () => {
  it('takes the year of a title without one from the neighbouring manifest rows', () => {
    expect(parseSeed('t1593756.shtml').date).toBe('2018-09-10');
  });

  it('dates the undated Pelosi remarks from the page published just before it', () => {
    const t = parseSeed('t1686638.shtml');
    expect(t.date).toBe('2019-08-06');
    expect(t.spokesperson).toBe('Hua Chunying');
  });

  it('gives two transcripts of one date distinct keys, in publication order', () => {
    const outcomes = parseTranscriptFiles(['seeds/mfa-en/t1660057.shtml', 'seeds/mfa-en/t1659619.shtml']);
    const keys = Object.fromEntries(outcomes.map((o) => [o.file.slice(-14), o.ok ? o.transcript.key : o.error]));
    expect(keys).toEqual({ 't1659619.shtml': '2019-04-29', 't1660057.shtml': '2019-04-29b' });
    const later = outcomes.find((o) => o.file.endsWith('t1660057.shtml'));
    expect(later?.ok && later.transcript.records[0]!.id.startsWith('2019-04-29b#')).toBe(true);
  });
});

describe('the 2021 plain-text transcript', () => {
  const t = parseSeed('seeds/plain-text/000_4d07b25c1c8cc511.txt');
  it('yields its 13 exchanges in order, with Wang Wenbin and 2021-02-26', () => {
    expect(t.date).toBe('2021-02-26');
    expect(t.spokesperson).toBe('Wang Wenbin');
    expect(t.records.every((r) => r.kind === 'exchange')).toBe(true);
    expect(exchanges(t).map((e) => e.outlet)).toEqual([
      'CRI', 'NOS', 'NOS', 'Beijing Youth Daily', 'PTI', 'Prasar Bharati', 'China Review News', 'NHK', 'AFP',
      'Shenzhen TV', 'Bloomberg', 'The Paper', 'RIA Novosti',
    ]);
    expect(exchanges(t).map((e) => e.id)).toEqual(Array.from({ length: 13 }, (_, i) => `2021-02-26#${i + 1}`));
    expect(exchanges(t).every((e) => e.spokesperson === 'Wang Wenbin')).toBe(true);
  });

  it('keeps the multi-paragraph answer whole and leaves out the breadcrumb and trailer', () => {
    const nos = exchanges(t)[1]!;
    expect(nos.answer).toHaveLength(5);
    expect(nos.answer[4]).toMatch(/^On your second question, I already stated our position earlier\./);
    const all = t.records.flatMap((r) => [...r.answer, ...(r.kind === 'exchange' ? r.question : [])]).join('\n');
    expect(all).not.toMatch(/Suggest To A Friend|Home >/);
  });
});

describe('a pasted transcript whose labels a Markdown copy wrapped in emphasis (explore32c W6)', () => {
  it('reads `**CRI:**`, `**Wang Wenbin**:` and `__NOS:__` as the labels, so no question joins an answer; the text stays as pasted', () => {
    const text = readFileSync('seeds/plain-text/000_4d07b25c1c8cc511.txt', 'utf8');
    let n = 0;
    const marked = text.replace(/^(CRI|NOS|Wang Wenbin|AFP):/gm, (_, label: string) => (n++ % 3 === 0 ? `**${label}:**` : n % 3 === 0 ? `__${label}:__` : `**${label}**:`));
    expect(marked).toContain('**CRI:** Chinese ambassador');
    const dir = mkdtempSync(join(tmpdir(), 'spox-markdown-paste-'));
    try {
      const file = join(dir, 'pasted.txt');
      writeFileSync(file, marked);
      const [outcome] = parseTranscriptFiles([file]);
      expect(outcome!.ok).toBe(true);
      const pasted = outcome!.ok ? outcome!.transcript : null;
      const plain = parseSeed('seeds/plain-text/000_4d07b25c1c8cc511.txt');
      const shape = (t: typeof plain) => t.records.map((r) => [r.kind, r.id, r.kind === 'exchange' ? r.outlet : null, r.kind === 'exchange' ? r.question : null, r.answer, r.spokesperson]);
      expect(shape(pasted!)).toEqual(shape(plain));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a pasted transcript whose spokesperson labels are slipped (hunt-I #1)', () => {
  const original = readFileSync('seeds/plain-text/000_4d07b25c1c8cc511.txt', 'utf8');
  const plain = parseSeed('seeds/plain-text/000_4d07b25c1c8cc511.txt');
  const shape = (t: typeof plain) => t.records.map((r) => [r.kind, r.id, r.kind === 'exchange' ? r.outlet : null, r.kind === 'exchange' ? r.question : null, r.answer, r.spokesperson]);
  const pasted = (text: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'spox-slipped-label-'));
    try {
      const file = join(dir, 'pasted.txt');
      writeFileSync(file, text);
      return { file, outcome: parseTranscriptFiles([file])[0]! };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it('reads a label slipped by a letter, in capitals or after the role as the spokesperson\'s, so no answer is dropped', () => {
    let n = 0;
    const slips = ['Wang Wenbing', 'WANG WENBIN', 'Spokesperson Wang Wenbin', 'Wnag Wenbin', 'wang wenbin'];
    const slipped = original.replace(/^Wang Wenbin:/gm, () => `${slips[n++ % slips.length]}:`);
    expect(n).toBe(13);
    const { outcome } = pasted(slipped);
    expect(outcome.ok).toBe(true);
    expect(outcome.ok && shape(outcome.transcript)).toEqual(shape(plain));
    expect(outcome.ok && outcome.warnings).toBeUndefined();
  });

  it('says, naming the file and quoting it, a question no answer follows, where a label it cannot read heads the answer', () => {
    let n = 0;
    const unread = original.replace(/^Wang Wenbin:/gm, (label) => (n++ === 2 ? 'Wong Wembing Jr:' : label));
    const { file, outcome } = pasted(unread);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(exchanges(outcome.transcript)).toHaveLength(exchanges(plain).length - 1);
    const lost = exchanges(plain)[2]!;
    expect(outcome.warnings).toEqual([
      expect.stringMatching(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: a question no answer follows is not indexed: “NOS: ${lost.question[0]!.slice(0, 40).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)),
      expect.stringMatching(/: a question no answer follows is not indexed: “Wong Wembing Jr: .*”; if an answer follows it under a label, write the label as the spokesperson's name \(as the title gives it\) or “A:”$/),
    ]);
  });
});

describe('a pasted press conference whose labels were lost in copying (hunt-I b)', () => {
  it('is refused, naming the file, rather than quoting its reporters\' questions as the spokesperson\'s statement', () => {
    const original = readFileSync('seeds/plain-text/000_4d07b25c1c8cc511.txt', 'utf8');
    // Every "CRI: " and "Wang Wenbin: " taken off the lines they open.
    const unlabelled = original.replace(/^[^\n:]{1,40}: /gm, '');
    expect(unlabelled).toContain('China welcomes people from all over the world to visit Xinjiang.');
    expect(unlabelled).not.toMatch(/^Wang Wenbin:/m);
    const dir = mkdtempSync(join(tmpdir(), 'spox-unlabelled-'));
    try {
      const file = join(dir, 'pasted.txt');
      writeFileSync(file, unlabelled);
      // Before: one opening statement of Wang Wenbin's, CRI's question about Wu Ken's interview its first words.
      expect(parseTranscriptFiles([file])).toEqual([{
        file, ok: false,
        error: 'no line opens with a speaker\'s label ("Reuters:", "Mao Ning:"), so its questions cannot be told from its answers, and none is quoted as the spokesperson\'s words: paste it again with the labels, as the Ministry\'s page shows them',
      }]);
      // With its labels, it reads.
      writeFileSync(file, original);
      expect(parseTranscriptFiles([file])[0]!.ok).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a pasted transcript dated after today (hunt-I #6)', () => {
  it('is parsed as dated, with a warning naming the file and the date', () => {
    const dir = mkdtempSync(join(tmpdir(), 'spox-dated-ahead-'));
    try {
      const file = join(dir, 'pasted.txt');
      writeFileSync(file, readFileSync('seeds/plain-text/000_4d07b25c1c8cc511.txt', 'utf8').replace('on February 26, 2021', 'on February 26, 2062'));
      const [outcome] = parseTranscriptFiles([file]);
      expect(outcome!.ok && outcome!.transcript.date).toBe('2062-02-26');
      expect(outcome!.ok && outcome!.warnings).toEqual([expect.stringMatching(new RegExp(`^${file.replace(/[.*+?^\${}()|[\]\\/]/g, '\\$&')}: dated 2062-02-26, after today \\(\\d{4}-\\d\\d-\\d\\d in Beijing\\): check the year in its title; `))]);
      // The bundled pages, all dated before today, carry no such warning.
      const [seed] = parseTranscriptFiles(['seeds/plain-text/000_4d07b25c1c8cc511.txt']);
      expect(seed!.ok && seed!.warnings).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
