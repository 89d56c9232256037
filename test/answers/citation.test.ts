import { readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { citation } from '../../src/answers/citation.js';
import { escapeVerbatim, unescapeMarkdown } from '../../src/discord/markdown.js';
import { LIMITS } from '../../src/discord/limits.js';
import { citationMessage, sharedCard } from '../../src/slack/cards.js';
import { occasionPhrase } from '../../src/answers/occasion.js';
import { SLACK_LIMITS } from '../../src/slack/limits.js';
import { unescapeMrkdwn } from '../../src/slack/mrkdwn.js';
import { isCutShort, quotableSpans, renderQuote, selectQuoteSpans } from '../../src/search/quote.js';
import { editorNotes } from '../../src/search/editor-notes.js';
import { quoteOfRef } from '../../src/answers/quote-ref.js';
import { termsOf } from '../../src/search/terms.js';
import { splitSentences } from '../../src/search/sentences.js';
import { toIndexedRecords } from '../../src/store/records.js';
import type { IndexedRecord } from '../../src/store/types.js';
import { parseTranscriptFiles } from '../../src/transcripts/corpus.js';
import { readPressConFile } from '../../src/transcripts/presscon.js';
import { isLateAnswerNote } from '../../src/transcripts/turns.js';
import { isReportedAnswer, questionAsked, questionHeading } from '../../src/answers/question-heading.js';
import { ENGLISH_SEEDS } from '../seed-sources.js';

let records: IndexedRecord[];
const byId = (id: string): IndexedRecord => records.find((r) => r.id === id)!;

beforeAll(() => {
  // The English seeds and every 20th Chinese page (as test/discord/cards.test.ts reads them).
  const chinese = readdirSync('seeds/mfa-zh').filter((f) => f.endsWith('.shtml')).sort().filter((_, i) => i % 20 === 0);
  records = parseTranscriptFiles([...ENGLISH_SEEDS, ...chinese.map((f) => `seeds/mfa-zh/${f}`)])
    .flatMap((o) => (o.ok ? toIndexedRecords(o.transcript) : []));
});

/** The quote of a plain citation (between its opening “ and the ”\n that closes it). */
function quoteOf(text: string): string {
  return text.slice(1, text.indexOf('”\n'));
}

/** Each piece of a quote between skip markers, which must be in the answer as it is. */
function pieces(quote: string): string[] {
  return quote.replace(/ …$/, '').split(' … ').filter(Boolean);
}

describe('a citation of a whole answer too long for one message', () => {
  it('says that it is cut: " …" before the closing mark whenever fewer sentences than asked are quoted; each piece verbatim', () => {
    // The Slack tester's repros: long whole answers (Cite under /spox quote, Full answer, 中文原文).
    for (const id of ['2020-05-07#2', '2019-12-04#1']) {
      const record = byId(id);
      // 700: not even the first sentence fits beside the question, and is cut at a word.
      for (const max of [LIMITS.content, SLACK_LIMITS.sectionText - 8, 700]) {
        const text = citation(record, [], { format: 'plain', maxChars: max });
        expect(text.length).toBeLessThanOrEqual(max);
        const quote = quoteOf(text);
        expect(quote.endsWith(' …')).toBe(true);
        expect(record.answer.startsWith(quote.slice(0, -2))).toBe(true);
      }
    }
    // Every bundled record, whole and from its last sentences: cut exactly when fewer sentences fit.
    let cut = 0;
    for (const record of records) {
      const sentences = splitSentences(record.answer);
      for (const spans of [[], sentences.slice(-3)]) {
        const text = citation(record, spans, { format: 'plain', maxChars: LIMITS.content });
        expect(text.length).toBeLessThanOrEqual(LIMITS.content);
        const quote = quoteOf(text);
        for (const piece of pieces(quote)) expect(record.answer).toContain(piece);
        const asked = spans.length > 0 ? spans : quotableSpans(record.answer, sentences);
        const whole = quote === renderQuote(record.answer, asked);
        expect(quote.endsWith(' …'), record.id).toBe(!whole);
        if (!whole) cut++;
      }
    }
    expect(cut).toBeGreaterThan(5);
  });

  it('is marked cut on Slack too, in the Cite block, escaped for mrkdwn', () => {
    const record = byId('2019-12-04#1');
    const message = citationMessage(record, []);
    const plain = unescapeMrkdwn(JSON.stringify(message.blocks[1]).match(/```([\s\S]*?)```/)![1]!.replace(/\\n/g, '\n').replace(/\\"/g, '"'));
    expect(plain.length).toBeLessThan(SLACK_LIMITS.sectionText);
    const quote = quoteOf(plain);
    expect(quote.endsWith(' …')).toBe(true);
    expect(record.answer.startsWith(quote.slice(0, -2))).toBe(true);
  });
});

describe("a citation of a whole answer that holds editor's notes (review34 #1)", () => {
  it("leaves every note out of the quotation marks, in Cite, Footnote and a button's whole-answer quote, cut with \" … \"", () => {
    // 2019-07-15#7: two notes amid the answer; 2019-02-21#8: a journalist's words, last.
    const mid = byId('2019-07-15#7');
    const cite = quoteOf(citation(mid, [], { format: 'plain', maxChars: 4000 }));
    expect(cite).not.toContain('(The spokesperson turned');
    expect(cite).not.toContain('(The journalist nodded');
    expect(cite).toContain('"second question", etc. … Next time when you ask questions');
    const last = quoteOf(citation(byId('2019-02-21#8'), [], { format: 'plain', maxChars: 4000 }));
    expect(last).not.toContain('I can wait for tomorrow');
    expect(last.endsWith('Do you need me to restate my previous answer?')).toBe(true);
    // Every record of the sample with a note, English and Chinese: no note's words between the marks.
    const noted = records.filter((r) => editorNotes(r.answer).length > 0);
    expect(noted.filter((r) => r.lang === 'zh').length).toBeGreaterThan(0);
    expect(noted.length).toBeGreaterThan(20);
    for (const record of noted) {
      const quotes = [quoteOf(citation(record, [], { format: 'plain', maxChars: Number.MAX_SAFE_INTEGER })), quoteOfRef(record, [])!.quote];
      for (const quote of quotes) {
        for (const note of editorNotes(record.answer)) {
          const words = record.answer.slice(note.start, note.end).replace(/[.。!！?？,，;；]+$/u, '');
          expect(quote, record.id).not.toContain(words);
        }
        for (const piece of pieces(quote)) expect(record.answer).toContain(piece);
      }
    }
  });
});

describe('the question in a citation', () => {
  it('is given as asked, in Cite and Footnote, cut with " …" only when the quote needs the room', () => {
    const short = byId('2020-05-07#2'); // a 6,788-character answer after a 270-character question
    const question = short.question!.replace(/\s+/g, ' ');
    const plain = citation(short, [], { format: 'plain', maxChars: LIMITS.content, escape: escapeVerbatim });
    expect(unescapeMarkdown(plain).endsWith(`\nQuestion: “${question}”`)).toBe(true);
    expect(citation(short, [], { format: 'footnote', maxChars: LIMITS.content })).toContain(`answering a question from BBC (“${question}”), in “`);
    let cutQuestions = 0;
    for (const record of records.filter((r) => r.question)) {
      for (const max of [LIMITS.content, SLACK_LIMITS.sectionText - 8]) {
        for (const format of ['plain', 'footnote'] as const) {
          const text = citation(record, [], { format, maxChars: max });
          expect(text.length, record.id).toBeLessThanOrEqual(max);
          // A question taken after the conference is quoted without the editor's words opening it (raised-after.test.ts).
          const asked = questionAsked(record)!.replace(/\s+/g, ' ').trim();
          // The editor's note over an answer given after the conference is cited as that note (below).
          const shown = isLateAnswerNote(asked) ? /(?:\nEditor's note on the transcript: |\(editor's note on the transcript: |\n原文编者注：|（原文编者注：)(.*?)(?:$|\), in “|），《)/s.exec(text)?.[1]
            : record.lang === 'zh'
            ? /(?:\n(?:会后)?问：|，(?:会后)?答[^，“]*记者问)“(.*?)”(?:$|，《)/s.exec(text)?.[1]
            : /(?:\nQuestion: |\()“(.*?)”(?:$|\), in “)/s.exec(text)?.[1];
          expect(shown, `${record.id} ${format}`).toBeDefined();
          if (shown === asked) continue;
          expect(shown!.endsWith(' …'), record.id).toBe(true);
          expect(asked.startsWith(shown!.slice(0, -2)), record.id).toBe(true);
          cutQuestions++;
        }
      }
    }
    expect(cutQuestions).toBeGreaterThan(0);
  });
});

describe("the editor's note over an answer given after the conference (explore33a #7)", () => {
  it('is cited as that note, never in quotation marks as what was asked, in English and Chinese, Cite and Footnote', () => {
    const late = byId('2020-04-07#12');
    const note = 'After the press conference, Zhao made further response to the question raised by South China Morning Post.';
    expect(late.question).toBe(note);
    const plain = citation(late, [], { format: 'plain', maxChars: LIMITS.content });
    expect(plain.endsWith(`\nEditor's note on the transcript: ${note}`)).toBe(true);
    expect(plain).toContain(', answering a question from South China Morning Post. ');
    expect(plain).not.toContain(`“${note}`);
    const footnote = citation(late, [], { format: 'footnote', maxChars: LIMITS.content });
    expect(footnote).toContain(`answering a question from South China Morning Post (editor's note on the transcript: ${note}), in “`);
    expect(footnote).not.toContain(`“${note}`);
    const zh = parseTranscriptFiles(['seeds/mfa-zh/t1766913.shtml']).flatMap((o) => (o.ok ? toIndexedRecords(o.transcript) : []));
    const lateZh = zh.find((r) => r.id === 'zh-2020-04-07#12')!;
    expect(lateZh.question).toBe('会后，就《南华早报》记者所提问题，赵立坚表示：');
    const plainZh = citation(lateZh, [], { format: 'plain', maxChars: LIMITS.content });
    expect(plainZh.endsWith('\n原文编者注：会后，就《南华早报》记者所提问题，赵立坚表示：')).toBe(true);
    expect(plainZh).not.toContain('问：“会后');
    expect(citation(lateZh, [], { format: 'footnote', maxChars: LIMITS.content })).toContain('，答南华早报记者问（原文编者注：会后，就《南华早报》记者所提问题，赵立坚表示：），《');
    // A question asked after the conference is a question: cited as asked.
    const asked = byId('2020-04-07#11');
    expect(citation(asked, [], { format: 'plain', maxChars: LIMITS.content })).toContain(`\nQuestion: “${asked.question!.replace(/\s+/g, ' ')}”`);
  });
});

describe('an answer the research corpus cut mid-word (explore33a #8)', () => {
  it('is quoted with " …" at the cut, in the card\'s quote and in the Cite; an answer that ends its sentence is not', async () => {
    const pressCon = (await readPressConFile('seeds/presscon/cmfa-presscon-v4-ukraine.csv')).flatMap((o) => (o.ok ? toIndexedRecords(o.transcript) : []));
    const cut = pressCon.find((r) => r.id === 'pc-2022-02-24#19')!;
    expect(cut.answer.endsWith('But I can t')).toBe(true);
    const spans = selectQuoteSpans(cut.answer, termsOf(cut.question!), () => 1);
    expect(spans.at(-1)!.end).toBe(cut.answer.length);
    expect(renderQuote(cut.answer, spans, isCutShort(cut)).endsWith('But I can t …')).toBe(true);
    expect(quoteOf(citation(cut, spans, { format: 'plain', maxChars: LIMITS.content })).endsWith('But I can t …')).toBe(true);
    expect(quoteOf(citation(cut, [], { format: 'plain', maxChars: LIMITS.content })).endsWith('But I can t …')).toBe(true);
    // Of every pair and page: only an answer that stops mid-sentence, from the corpus, is so marked.
    const marked = [...pressCon, ...records].filter((r) => isCutShort(r)).map((r) => r.id);
    expect(marked).toContain('pc-2022-02-24#19');
    expect(marked.every((id) => id.startsWith('pc-'))).toBe(true);
    for (const r of records.filter((r) => !r.source)) expect(quoteOf(citation(r, [], { format: 'plain', maxChars: 100_000 })).endsWith(' …'), r.id).toBe(false);
  });
});

describe('a statement that names no spokesperson', () => {
  it('is attributed once to the Ministry’s spokesperson, not "Foreign Ministry Spokesperson, Chinese Foreign Ministry spokesperson"', () => {
    const statement = byId('2026-07-18#1');
    const text = citation(statement, [], { format: 'plain', maxChars: LIMITS.content });
    expect(text).toContain('\n— Chinese Foreign Ministry spokesperson, remarks, July 18, 2026, ');
    expect(text).not.toMatch(/spokesperson, Chinese Foreign Ministry spokesperson/i);
    // A named one keeps both.
    expect(citation(byId('2020-05-07#2'), [], { format: 'plain', maxChars: LIMITS.content })).toContain('\n— Hua Chunying, Chinese Foreign Ministry spokesperson, regular press conference, May 7, 2020, ');
  });
});

describe('a question answered in a publication read as a statement (explore37 #19)', () => {
  it('is called remarks, as its title does, never "statement" beside who asked, in Cite, Footnote and the Slack card', () => {
    // "Foreign Ministry Spokesperson’s Remarks on the UK Nationalizing British Steel", set out as Q:/A:.
    const asked = byId('2026-07-18#1');
    expect([asked.occasion, asked.kind, asked.question]).toEqual(['statement', 'exchange', expect.stringMatching(/^According to reports, the UK government/)]);
    expect(occasionPhrase(asked)).toBe('remarks');
    expect(citation(asked, [], { format: 'plain', maxChars: LIMITS.content })).toContain(', remarks, July 18, 2026, answering a journalist\'s question.');
    expect(citation(asked, [], { format: 'footnote', maxChars: LIMITS.content })).toMatch(/^Foreign Ministry Spokesperson, remarks, July 18, 2026, answering a journalist's question \(“According to reports/);
    const card = JSON.stringify(sharedCard(asked, [], asked.answer.slice(0, 200), 'lexical'));
    expect(card).toContain(' · July 18, 2026 · remarks');
    expect(card).not.toMatch(/statement/i);
    // Of every record of the sample: "statement" is said only of a statement, which never says who asked.
    for (const r of records) {
      if (occasionPhrase(r) === 'statement') expect(r.kind, r.id).toBe('statement');
      if (r.kind === 'statement') expect(citation(r, [], { format: 'plain', maxChars: 100_000 }), r.id).not.toMatch(/\n— [^\n]*answering/);
    }
  });
});

describe('a PressCon pair whose speaker the corpus did not record (explore31 C22)', () => {
  it('is cited as the Ministry’s spokesperson, name not recorded, not "Unknown spokesperson", on every platform and in both forms', async () => {
    const pressCon = (await readPressConFile('seeds/presscon/cmfa-presscon-v4-ukraine.csv')).flatMap((o) => (o.ok ? toIndexedRecords(o.transcript) : []));
    const pair = pressCon.find((r) => r.id === 'pc-2002-12-03#1')!;
    expect(pair.spokesperson).toBe('Unknown spokesperson');
    const plain = citation(pair, [], { format: 'plain', maxChars: LIMITS.content });
    expect(plain).toContain('\n— Chinese Foreign Ministry spokesperson (name not recorded), regular press conference, December 3, 2002, ');
    expect(citation(pair, [], { format: 'footnote', maxChars: LIMITS.content })).toMatch(/^Chinese Foreign Ministry spokesperson \(name not recorded\), regular press conference, December 3, 2002, /);
    expect(JSON.stringify(citationMessage(pair, []))).toContain('Chinese Foreign Ministry spokesperson (name not recorded)');
    for (const text of [plain, JSON.stringify(citationMessage(pair, []))]) expect(text).not.toContain('Unknown spokesperson');
  });
});

describe('the Chinese citation of a speaker who did not host the briefing', () => {
  it('names the record\'s own speaker, not the title\'s host (zh-2020-02-24: Hua Chunying opens and gives the floor to Zhao Lijian)', () => {
    const [page] = parseTranscriptFiles(['seeds/mfa-zh/t1748857.shtml']);
    const day = page!.ok ? toIndexedRecords(page!.transcript) : [];
    const [hua, zhao, first] = ['zh-2020-02-24#s1', 'zh-2020-02-24#s1b', 'zh-2020-02-24#1'].map((id) => day.find((r) => r.id === id)!);
    expect(hua!.title).toBe('2020年2月24日外交部发言人赵立坚主持例行记者会');
    const plain = (record: IndexedRecord): string => citation(record, [], { format: 'plain', maxChars: LIMITS.content });
    expect(plain(hua!)).toContain('”\n外交部发言人华春莹2020年2月24日在例行记者会上表示。\n');
    expect(plain(hua!)).not.toContain('外交部发言人赵立坚');
    expect(citation(hua!, [], { format: 'footnote', maxChars: LIMITS.content })).toMatch(/^外交部发言人华春莹，2020年2月24日例行记者会，《2020年2月24日外交部发言人赵立坚主持例行记者会》/);
    for (const record of [zhao!, first!]) expect(plain(record)).toContain('\n外交部发言人赵立坚2020年2月24日主持例行记者会时表示。\n');
  });
});

describe('an announcement the page runs on after the last answer with no separator (2019-01-08: the WeChat account\'s first birthday)', () => {
  it('is cited as a closing statement, and the answer before it without it', () => {
    const plain = (record: IndexedRecord): string => citation(record, [], { format: 'plain', maxChars: LIMITS.content });
    const answer = plain(byId('2019-01-08#10'));
    expect(quoteOf(answer)).toMatch(/to get our message across to the US side\.$/);
    expect(answer).not.toContain('WeChat');
    expect(answer).toContain('\n— Lu Kang, Chinese Foreign Ministry spokesperson, regular press conference, January 8, 2019, answering a journalist\'s question. ');
    const statement = plain(byId('2019-01-08#s2'));
    expect(quoteOf(statement)).toMatch(/^One year ago today, I announced here the opening of the official WeChat account .* You are all welcome to participate in this activity\.$/s);
    expect(statement).toContain('\n— Lu Kang, Chinese Foreign Ministry spokesperson, regular press conference, January 8, 2019, in a closing statement. ');
    expect(statement).not.toContain('\nQuestion:');
    expect(citation(byId('2019-01-08#s2'), [], { format: 'footnote', maxChars: LIMITS.content })).toContain('in a closing statement');
  });

  it('is left out of the Chinese citation of the answer before it (zh-2017-12-29)', () => {
    const [page] = parseTranscriptFiles(['seeds/mfa-zh/t1522838.shtml']);
    const day = page!.ok ? toIndexedRecords(page!.transcript) : [];
    const plain = (id: string): string => citation(day.find((r) => r.id === id)!, [], { format: 'plain', maxChars: LIMITS.content });
    expect(quoteOf(plain('zh-2017-12-29#5'))).toMatch(/^中方强烈谴责这一暴力袭击事件.*所作的不懈努力。$/);
    expect(plain('zh-2017-12-29#5')).not.toContain('休会');
    expect(quoteOf(plain('zh-2017-12-29#s2'))).toMatch(/^如果没有问题了，我宣布一则通知：.*谢谢！$/s);
  });
});

describe('the Chinese citation of an exchange whose asker the page names (explore32b M16)', () => {
  it('names the outlet, as the English citation of the same exchange does', () => {
    const [page] = parseTranscriptFiles(['seeds/mfa-zh/t1793857.shtml']);
    const chinese = (page!.ok ? toIndexedRecords(page!.transcript) : []).find((r) => r.id === 'zh-2020-07-01#6')!;
    expect(chinese.outlet).toBe('凤凰卫视');
    expect(citation(chinese, [], { format: 'plain', maxChars: LIMITS.content })).toContain('\n外交部发言人赵立坚2020年7月1日主持例行记者会，答凤凰卫视记者问时表示。\n');
    expect(citation(chinese, [], { format: 'footnote', maxChars: LIMITS.content })).toMatch(/^外交部发言人赵立坚，2020年7月1日例行记者会，答凤凰卫视记者问“/);
    expect(citation(byId('2020-07-01#6'), [], { format: 'plain', maxChars: LIMITS.content })).toContain('answering a question from Phoenix TV');
    // A page that names no asker keeps the plain form.
    const unnamed = records.find((r) => r.lang === 'zh' && r.question && !r.outlet && r.title.includes('主持例行记者会') && r.spokesperson === 'Lu Kang')!;
    expect(citation(unnamed, [], { format: 'plain', maxChars: LIMITS.content })).toMatch(/外交部发言人陆慷\d{4}年\d{1,2}月\d{1,2}日主持例行记者会时表示。/);
  });
});

describe('a transcript given as a pasted text, with no link', () => {
  it('is cited as the copy it is, not as an official transcript with a title in place of its link (explore33a #5)', () => {
    const record = byId('2021-02-26#2');
    expect(record.url).toBeNull();
    expect(record.source ?? null).toBeNull();
    for (const format of ['plain', 'footnote'] as const) {
      const text = citation(record, [], { format, maxChars: 4000 });
      expect(text).toContain(`“${record.title}`);
      expect(text).toContain('a copy given to spox, with no link to the Ministry’s page');
      expect(text).not.toMatch(/official English transcript/i);
    }
    // In Chinese too: the title is said to be a copy with no link, not set where the link stands (review34 #11).
    const zh = { ...records.find((r) => r.lang === 'zh' && r.question)!, url: null };
    const plain = citation(zh, [], { format: 'plain', maxChars: 4000 });
    expect(plain.split('\n')).toContain(`原文：《${zh.title}》（提供给 spox 的副本，无外交部网页链接）`);
    expect(plain.split('\n')).not.toContain(zh.title);
    expect(citation(zh, [], { format: 'footnote', maxChars: 4000 })).toContain(`《${zh.title}》，中华人民共和国外交部（提供给 spox 的副本，无外交部网页链接）。`);
    // A page with its link is still the official transcript.
    const linked = records.find((r) => r.lang !== 'zh' && r.url && !r.source)!;
    expect(citation(linked, [], { format: 'plain', maxChars: 4000 })).toContain(`Official English transcript: ${linked.url}`);
  });
});

describe('an answer the transcript gives in its own words, after the conference (hunt-J #3)', () => {
  it('is said so on every card heading and in every Cite, where its words had been cited as the spokesperson\'s', async () => {
    const imported = (await readPressConFile('seeds/presscon/cmfa-presscon-v4-ukraine.csv')).flatMap((o) => (o.ok ? toIndexedRecords(o.transcript) : []));
    const reported = [...records, ...imported].filter(isReportedAnswer).map((r) => r.id);
    // "Hong Lei remarked that …", "Spokesperson Hua Chunying said that …": the only two of the bundled English records.
    expect(reported).toEqual(['pc-2012-11-02#1b', 'pc-2014-06-23#1b']);
    const hong = imported.find((r) => r.id === 'pc-2012-11-02#1b')!;
    expect(hong.answer).toMatch(/^Hong Lei remarked that /);
    expect(questionHeading(hong)).toBe("Question raised after the press conference (outlet not named); answer in the transcript's words, not the spokesperson's");
    const plain = citation(hong, [], { format: 'plain', maxChars: LIMITS.content });
    expect(plain).toContain('\n— Hong Lei, Chinese Foreign Ministry spokesperson, as the transcript reports in its own words, regular press conference, November 2, 2012,');
    expect(citation(hong, [], { format: 'footnote', maxChars: LIMITS.content })).toMatch(/^Hong Lei \(as the transcript reports in its own words\), regular press conference, November 2, 2012, /);
    // A spokesperson's own answer is cited as ever.
    const own = imported.find((r) => r.id === 'pc-2014-03-24#1b')!;
    expect(isReportedAnswer(own)).toBe(false);
    expect(citation(own, [], { format: 'plain', maxChars: LIMITS.content })).toContain('\n— Hong Lei, Chinese Foreign Ministry spokesperson, regular press conference,');
  });

  it('a follow-up the corpus numbers before the row telling of a question after the conference is not cited as raised after it (hunt-J #2)', async () => {
    const imported = (await readPressConFile('seeds/presscon/cmfa-presscon-v4-ukraine.csv')).flatMap((o) => (o.ok ? toIndexedRecords(o.transcript) : []));
    const followUp = imported.find((r) => r.id === 'pc-2022-03-17#13')!;
    expect(followUp.question).toBe('Does China plan on speaking to President Zelenskyy?');
    // Before: "Question raised after the press conference", raised_after in --json, and so in its Cite.
    expect(followUp.raisedAfter).toBeUndefined();
    expect(citation(followUp, [], { format: 'plain', maxChars: LIMITS.content })).not.toContain('after the press conference');
    expect(imported.filter((r) => r.raisedAfter).map((r) => r.id)).toEqual(['pc-2012-11-02#1b', 'pc-2014-03-24#1b', 'pc-2014-06-23#1b']);
  });
});
