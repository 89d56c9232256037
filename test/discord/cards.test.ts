import { readdirSync } from 'node:fs';
import { questionAsked } from '../../src/answers/question-heading.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../src/util/regexp.js';
import { briefingMessage } from '../../src/discord/briefing-message.js';
import { citation, longDate } from '../../src/answers/citation.js';
import { decodeQuoteRef, quoteOfRef } from '../../src/answers/quote-ref.js';
import { answerPages, fullAnswerEmbeds, hitCard } from '../../src/discord/cards.js';
import { sharedCard } from '../../src/slack/cards.js';
import { parseCustomId } from '../../src/discord/custom-ids.js';
import { limitViolations, LIMITS, type MessageBody } from '../../src/discord/limits.js';
import { escapeVerbatim, unescapeMarkdown } from '../../src/discord/markdown.js';
import type { SpoxMessage } from '../../src/discord/payloads.js';
import { recordMessages } from '../../src/discord/record-message.js';
import { listMessage, resultMessage } from '../../src/discord/result-message.js';
import type { StoredResult } from '../../src/answers/result-store.js';
import { ELLIPSIS } from '../../src/discord/text-fit.js';
import { computeCoverage, describeCoverage } from '../../src/search/coverage.js';
import { isCutShort, quotableSpans, renderQuote, selectQuoteSpans } from '../../src/search/quote.js';
import { splitSentences } from '../../src/search/sentences.js';
import type { SearchHit } from '../../src/search/types.js';
import { toBriefingSummary, toIndexedRecords } from '../../src/store/records.js';
import type { IndexedRecord } from '../../src/store/types.js';
import { parseTranscriptFiles } from '../../src/transcripts/corpus.js';
import { readPressConFile } from '../../src/transcripts/presscon.js';
import type { Transcript } from '../../src/transcripts/types.js';
import { ENGLISH_SEEDS } from '../seed-sources.js';
import { DESCRIBED_NAMES } from '../../src/search/described-names.js';
import { listRow, listRowHead } from '../../src/answers/result-list.js';

let transcripts: Transcript[];
let records: IndexedRecord[];

beforeAll(() => {
  // The English seeds and every 20th Chinese page (all 771 would double the run for no new layout).
  const chinese = readdirSync('seeds/mfa-zh').filter((f) => f.endsWith('.shtml')).sort().filter((_, i) => i % 20 === 0);
  const sources = [...ENGLISH_SEEDS, ...chinese.map((f) => `seeds/mfa-zh/${f}`)];
  transcripts = parseTranscriptFiles(sources).flatMap((o) => (o.ok ? [o.transcript] : []));
  records = transcripts.flatMap(toIndexedRecords);
});

describe('a record whose text comes from a research corpus', () => {
  it('says so on every card and in the Slack byline: the corpus, and that the answer may be an excerpt', async () => {
    const corpus = (await readPressConFile('seeds/presscon/cmfa-presscon-v4-ukraine.csv')).flatMap((o) => (o.ok ? toIndexedRecords(o.transcript) : []));
    const excerpt = corpus.find((r) => r.source?.excerpt)!;
    const whole = corpus.find((r) => r.source && !r.source.excerpt)!;
    const page = records.find((r) => !r.source)!;
    const footer = (r: IndexedRecord) => hitCard({ record: r, quote: r.answer }, { index: 0, total: 1, mode: 'lexical' }).toJSON().footer!.text;
    expect(footer(excerpt)).toContain(`${excerpt.id} · text via CMFA PressCon v4; may be an excerpt · `);
    expect(footer(whole)).toContain(`${whole.id} · text via CMFA PressCon v4 · `);
    expect(footer(page)).not.toContain('text via');
    expect(answerPagesFooter(excerpt)).toContain('text via CMFA PressCon v4; may be an excerpt');
    const shared = JSON.stringify(sharedCard(excerpt, [], excerpt.answer, 'lexical'));
    expect(shared).toContain('_text via CMFA PressCon v4; may be an excerpt_');
    expect(JSON.stringify(sharedCard(page, [], page.answer, 'lexical'))).not.toContain('text via');
  });
});

describe('a PressCon pair whose speaker the corpus did not record (explore31 C22)', () => {
  it('is shown as "Spokesperson (name not recorded)" on the Discord card, the Slack card and a list row, never "Unknown spokesperson"', async () => {
    const corpus = (await readPressConFile('seeds/presscon/cmfa-presscon-v4-ukraine.csv')).flatMap((o) => (o.ok ? toIndexedRecords(o.transcript) : []));
    const pair = corpus.find((r) => r.id === 'pc-2002-12-03#1')!;
    expect(pair.spokesperson).toBe('Unknown spokesperson');
    const card = hitCard({ record: pair, quote: pair.answer }, { index: 0, total: 1, mode: 'lexical' }).toJSON();
    expect(card.title).toBe('Spokesperson (name not recorded) · 2002-12-03');
    const slack = JSON.stringify(sharedCard(pair, [], pair.answer, 'lexical'));
    expect(slack).toContain('*Spokesperson (name not recorded)* · December 3, 2002');
    expect(listRowHead(listRow(pair))).toBe('2002-12-03 · Spokesperson (name not recorded) · outlet not named · ');
    for (const text of [JSON.stringify(card), slack]) expect(text).not.toContain('Unknown spokesperson');
  });
});

function answerPagesFooter(record: IndexedRecord): string {
  return fullAnswerEmbeds(record, { withQuestion: true })[0]![0]!.toJSON().footer!.text;
}

function json(message: SpoxMessage): MessageBody & { allowed_mentions: unknown } {
  return {
    ...(message.content !== undefined ? { content: message.content } : {}),
    embeds: message.embeds.map((e) => e.toJSON()),
    components: message.components.map((c) => c.toJSON()),
    allowed_mentions: message.allowedMentions,
  };
}

/** The quote search would show for a query made of the question's words. */
function realisticHit(record: IndexedRecord): SearchHit {
  const terms = (record.question ?? record.title).toLowerCase().match(/[a-z]{4,}/g) ?? [];
  const spans = selectQuoteSpans(record.answer, terms, () => 1);
  return { record, score: 1, spans, quote: renderQuote(record.answer, spans) };
}

/** The worst case: the whole answer as the quote. */
function wholeAnswerHit(record: IndexedRecord): SearchHit {
  const spans = splitSentences(record.answer);
  return { record, score: 1, spans, quote: renderQuote(record.answer, spans) };
}

/** The longest name a query can be read as describing. */
const LONGEST_NAME = DESCRIBED_NAMES.map(([name]) => name).reduce((a, b) => (b.length > a.length ? b : a));

/** The longest list of missing words a result names: three words a part, each cut, and more counted. */
const LONGEST_WORD = 'x'.repeat(200);
const LONGEST_MISSING = { inNoRecord: Array.from({ length: 9 }, () => LONGEST_WORD), inNoMatch: Array.from({ length: 12 }, () => LONGEST_WORD) };

/** The longest note on dates a result carries: both ends of the index passed, three gaps named and the others counted, and where the English briefings run. */
const LONGEST_NOTE = `Note: you asked about dates of which the index holds no Chinese briefing: it holds Chinese briefings from 2002-01-01 to 2045-10-14. ${describeCoverage(
  computeCoverage(Array.from({ length: 400 }, (_, i) => new Date(Date.UTC(2002, 0, 1 + 40 * i)).toISOString().slice(0, 10))),
)} The index's English briefings run from 2001-01-01 to 2046-12-31: ask in English to search them.`;

function stored(hits: SearchHit[]): StoredResult {
  const matches = hits.map((h) => ({ id: h.record.id, date: h.record.date, score: h.score }));
  return {
    id: 'Ab3_x-9k', userId: '400000000000000001', query: 'a query', filters: { from: '2018-01-01', outlet: 'Reuters' }, mode: 'lexical',
    sort: 'relevance', latestIntent: false, hits, matches, total: hits.length, first: null, last: null, passing: 0, note: LONGEST_NOTE,
    described: LONGEST_NAME, spokespersonNamed: "Ministry Spokesperson's Office", monthNamed: 'September 2019', related: 5,
    missing: LONGEST_MISSING,
  };
}

/** The index's lookups, over the parsed records. */
let byId: Map<string, IndexedRecord> | undefined;
let spokespeople: string[] | undefined;
const lookup = {
  record: (id: string) => (byId ??= new Map(records.map((r) => [r.id, r]))).get(id),
  quoteFor: (record: IndexedRecord) => {
    const spans = selectQuoteSpans(record.answer, [], () => 1);
    return { spans, quote: renderQuote(record.answer, spans) };
  },
  // English pages only here: no Chinese record to pair.
  englishOf: (): IndexedRecord | undefined => undefined,
  spokespeople: () => (spokespeople ??= [...new Set(records.map((r) => r.spokesperson))].sort()),
};

/** A question as a label: whole, or its opening cut after a whole word, with "…". */
function expectQuestionLabel(shown: string, question: string): void {
  const text = unescapeMarkdown(shown);
  if (text === question) return;
  expect(text.endsWith(ELLIPSIS)).toBe(true);
  const head = text.slice(0, -ELLIPSIS.length);
  expect(question.startsWith(head)).toBe(true);
  expect(question[head.length]).toMatch(/\s/);
}

describe('every bundled exchange fits Discord', () => {
  it('has a corpus with the hard cases: answers over 6000 characters, questions over 1024, Markdown characters', () => {
    expect(records.length).toBeGreaterThan(4000);
    expect(records.some((r) => r.answer.length > LIMITS.embedsTotal)).toBe(true);
    expect(records.some((r) => (r.question ?? '').length > LIMITS.fieldValue)).toBe(true);
    // Markdown characters: a paragraph opening with "-", a list item to Discord (2019-12-18#3), and "_" inside a
    // web address (2020-03-24#2), which must stay as it is. (The "* * *" some 2017 Chinese pages set is a
    // separator, not an answer's text.)
    expect(records.some((r) => /^-/m.test(r.answer))).toBe(true);
    expect(records.some((r) => /https?:\/\/\S*_/.test(r.answer))).toBe(true);
  });

  it('renders each result card within the limits, the quote verbatim and the question cut only at a word', () => {
    const problems: string[] = [];
    for (const record of records) {
      for (const hit of [realisticHit(record), wholeAnswerHit(record)]) {
        const others = [realisticHit(records[0]!), realisticHit(records[1]!)];
        const result = stored([others[0]!, hit, others[1]!]);
        const body = json(resultMessage(result, 1, lookup));
        for (const p of limitViolations(body)) problems.push(`${record.id}: ${p}`);
        // Cite carries the quote itself: decoded, it gives back the card's quote (or, when too long to
        // carry, the whole answer but its editor's notes).
        const cite = body.components!.flatMap((row) => row.components).find((c) => 'custom_id' in c && c.custom_id.startsWith('cite:'));
        const ref = decodeQuoteRef(parseCustomId((cite as { custom_id: string }).custom_id).args[0]!)!;
        expect(ref.recordId).toBe(record.id);
        expect(quoteOfRef(record, ref.spans)!.quote).toBe(ref.spans.length > 0 ? hit.quote : renderQuote(record.answer, quotableSpans(record.answer), isCutShort(record)));
        expect(body.allowed_mentions).toEqual({ parse: [] });
        expect(body.content!.endsWith(`\n${LONGEST_NOTE}`)).toBe(true);
        const embed = body.embeds![0]!;
        expect(embed.footer!.text.startsWith(`2 of 3 · ${record.id} · `)).toBe(true);
        const shown = unescapeMarkdown(embed.description!);
        if (shown !== hit.quote) {
          // Only a quote longer than an embed is shortened: its opening, whole sentences or words, then " …".
          expect(shown.endsWith(` ${ELLIPSIS}`)).toBe(true);
          const head = shown.slice(0, -2);
          expect(hit.quote.startsWith(head)).toBe(true);
          expect(hit.quote[head.length]).toMatch(/\s/);
        }
        if (record.question) expectQuestionLabel(embed.fields!.at(-1)!.value, questionAsked(record)!);
        // A follow-up shows the question it follows first.
        const followed = record.followup ? lookup.record(record.followup) : undefined;
        if (followed?.question) expectQuestionLabel(embed.fields![0]!.value, followed.question);
      }
    }
    expect(problems).toEqual([]);
  }, 240_000);

  it('links to the transcript when its URL is known, and omits the link otherwise', () => {
    const withoutUrl = records.filter((r) => r.url === null);
    expect(withoutUrl.length).toBeGreaterThan(0);
    for (const record of [...withoutUrl, records[0]!]) {
      const body = json(resultMessage(stored([realisticHit(record)]), 0, lookup));
      const links = body.components!.flatMap((row) => row.components).filter((c) => 'url' in c);
      expect(links).toHaveLength(record.url ? 1 : 0);
      expect(body.embeds![0]!.url).toBe(record.url ?? undefined);
      const full = recordMessages(record, { withQuestion: true, cite: { spans: [] } }).map(json).at(-1)!;
      expect(full.components!.flatMap((row) => row.components).map((c) => ('label' in c ? c.label : ''))).toEqual(
        record.url ? ['Cite', 'Footnote', 'Official transcript'] : ['Cite', 'Footnote'],
      );
    }
  });

  it('shows each realistic quote unshortened', () => {
    for (const record of records) {
      const hit = realisticHit(record);
      expect(unescapeMarkdown(hitCard(hit, { index: 0, total: 1, mode: 'hybrid' }).toJSON().description!)).toBe(hit.quote);
    }
  });

  it('splits each full answer over embeds within the limits, every character kept in order, never mid-word', () => {
    const problems: string[] = [];
    for (const record of records) {
      const pages = answerPages(record);
      expect(pages.join('')).toBe(record.answer);
      for (const page of pages.slice(0, -1)) expect(page).toMatch(/\s$/);
      for (const withQuestion of [false, true]) {
        const bodies = recordMessages(record, { withQuestion, ...(withQuestion ? { cite: { spans: [] } } : {}) }).map(json);
        for (const body of bodies) for (const p of limitViolations(body)) problems.push(`${record.id}: ${p}`);
        const embeds = bodies.flatMap((b) => b.embeds!);
        // A question longer than a field is shown whole in an embed of its own, above the answer (explore29b F7).
        const long = withQuestion && escapeVerbatim(questionAsked(record) ?? record.title).length > LIMITS.fieldValue;
        const text = embeds.slice(long ? 1 : 0).map((e) => unescapeMarkdown(e.description!)).join('');
        expect(text).toBe(record.answer);
        if (long) expect(unescapeMarkdown(embeds[0]!.description!).endsWith(`**\n${questionAsked(record)}`)).toBe(true);
        else if (withQuestion && record.question) expectQuestionLabel(embeds[0]!.fields!.at(-1)!.value, questionAsked(record)!);
      }
    }
    expect(problems).toEqual([]);
  });

  it('names the occasion as the title does: press conference, online briefing, written remarks or remarks', () => {
    const byTitle = (pattern: RegExp) => records.find((r) => pattern.test(r.title))!;
    const plain = (r: IndexedRecord) => citation(r, [], { format: 'plain', maxChars: LIMITS.content });
    expect(plain(byTitle(/Regular Press Conference/))).toMatch(/, regular press conference, /);
    expect(plain(byTitle(/Daily Briefing Online/))).toMatch(/, daily online briefing, /);
    expect(plain(byTitle(/Hua Chunying's Remarks on August 6, 2019/))).toMatch(/, written remarks, August 6, 2019, /);
    expect(plain(byTitle(/Remarks on Speaker Pelosi|Pelosi/))).toMatch(/, remarks, /);
  });

  it('fits each citation in one message: the quote from a sentence start, who, where, when, who asked, the transcript link', () => {
    for (const record of records) {
      const realistic = realisticHit(record);
      for (const spans of [realistic.spans, []]) {
        const text = citation(record, spans, { format: 'plain', maxChars: LIMITS.content });
        expect(text.length).toBeLessThanOrEqual(LIMITS.content);
        expect(text.startsWith('“…')).toBe(false);
        expect(text).not.toContain('```');
        if (record.lang === 'zh') {
          // Where the page names who asked, the citation does too (`，答凤凰卫视记者问时表示。`).
          expect(text).toMatch(record.question && record.outlet
            ? new RegExp(`\\n外交部发言人\\S+\\d{4}年\\d{1,2}月\\d{1,2}日主持(网上)?例行记者会，答${escapeRegExp(record.outlet)}记者问时表示。\\n`)
            : /\n外交部发言人\S+\d{4}年\d{1,2}月\d{1,2}日主持(网上)?例行记者会时表示。\n/);
          expect(text).toContain(record.url ?? record.title);
          continue;
        }
        expect(text).toContain(record.spokesperson === 'Foreign Ministry Spokesperson' ? '— Chinese Foreign Ministry spokesperson, ' : `— ${record.spokesperson}, Chinese Foreign Ministry spokesperson, `);
        expect(text).toContain(longDate(record.date));
        expect(text).toContain(record.kind === 'statement' ? (/#s1[a-z]?$/.test(record.id) ? 'in an opening statement' : 'in a closing statement') : record.outlet ? `question from ${record.outlet}` : "a journalist's question");
        expect(text).toContain(record.url ? `Official English transcript: ${record.url}` : record.title);
      }
      const note = citation(record, realistic.spans, { format: 'footnote', maxChars: LIMITS.content });
      if (record.lang === 'zh') {
        expect(note).toMatch(/^外交部发言人\S+，\d{4}年\d{1,2}月\d{1,2}日(网上)?例行记者会，/);
        expect(note).toContain(`《${record.title}》，中华人民共和国外交部`);
        if (record.url) expect(note.endsWith(`${record.url}。`)).toBe(true);
        continue;
      }
      expect(note).toContain(`${record.spokesperson}, `);
      expect(note).toContain(`“${record.title},”`);
      if (record.url) expect(note.endsWith(`${record.url}.`)).toBe(true);
    }
    expect(citation(records[0]!, realisticHit(records[0]!).spans, { format: 'plain', maxChars: 2000 }).startsWith(`“${realisticHit(records[0]!).quote}”\n`)).toBe(true);
  });

  it('renders every page of a list of every record within the limits, with a menu to open each row', () => {
    const all = stored(records.map((r) => ({ record: r, score: 1, spans: [], quote: '' })));
    const problems: string[] = [];
    const pages = Math.ceil(records.length / 10);
    for (let page = 0; page < pages; page++) {
      const body = json(listMessage(all, page, lookup)!);
      for (const p of limitViolations(body)) problems.push(`page ${page}: ${p}`);
      const values = body.components!.flatMap((row) => row.components.flatMap((c) => ('options' in c ? c.options.map((o) => o.value) : [])));
      expect(values).toEqual(records.slice(page * 10, page * 10 + 10).map((_, i) => String(page * 10 + i)));
    }
    expect(problems).toEqual([]);
    const first = json(listMessage(all, 0, lookup)!).embeds![0]!;
    // Statements counted apart, as the answer's totals count them (fix39b).
    const statements = records.filter((record) => record.kind === 'statement').length;
    expect(statements).toBeGreaterThan(0);
    expect(first.title).toBe(`${records.length - statements} exchanges and ${statements} statements · page 1 of ${pages}`);
    const r = records[0]!;
    expect(unescapeMarkdown(first.description!.split('\n')[0]!)).toContain(`**1.** ${r.date} · ${r.spokesperson} · ${r.outlet ?? (r.kind === 'statement' ? 'statement' : 'outlet not named')} · `);
  });

  it('renders each briefing within the limits, with a menu option for every record', () => {
    const problems: string[] = [];
    for (const transcript of transcripts) {
      const briefingRecords = toIndexedRecords(transcript);
      const body = json(briefingMessage({ summary: toBriefingSummary(transcript), records: briefingRecords }));
      for (const p of limitViolations(body)) problems.push(`${transcript.key}: ${p}`);
      const values = body.components!.flatMap((row) => row.components.flatMap((c) => ('options' in c ? c.options.map((o) => o.value) : [])));
      expect(values).toEqual(briefingRecords.map((r) => r.id));
    }
    expect(problems).toEqual([]);
  });
});
