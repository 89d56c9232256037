import type { IndexedRecord } from '../store/types.js';
import { matchesFilters } from './filters.js';
import { yearRule } from './gate.js';
import type { LexicalIndex, RecordFilter } from './lexical.js';
import { parseQuery } from './query.js';
import { phraseOf, type Phrase } from './phrase.js';
import { englishSpellings } from '../transcripts/zh/outlets.js';
import type { Exclusion } from './exclusion.js';
import { hasCjk } from './cjk.js';
import { namedTermsOf, termsOf } from './terms.js';
import type { RecordsById } from './records-by-id.js';
import type { RecordTexts } from './record-texts.js';
import type { SearchFilters } from './types.js';
/** What the records a query may answer with are told by. */
export interface AcceptedSource {
  records: readonly IndexedRecord[];
  byId: RecordsById;
  texts: RecordTexts;
  /** The English records' lexical index. */
  english: LexicalIndex;
  /** Every outlet the index holds as an asker, sorted. */
  outlets: readonly string[];
  /** `FusionSettings.commonTermShare`: a word in this share of all records names no topic. */
  commonTermShare: number;
}

/** Which records a query may answer with: its filters, phrases and year, and what it leaves out. */
export class AcceptedRecords {
  /** Each outlet's terms, and those of each name it goes by (its own, the table's English spellings): made on first use. */
  private outletTerms: { outlet: string; terms: readonly string[]; names: readonly (readonly string[])[] }[] | undefined;

  constructor(private readonly source: AcceptedSource) {}

  /**
   * The records of the question's language whose question or answer holds one of the things a
   * question leaves out (`exclusion.ts`): every word of it (as the search reads words: "protests"
   * holds "protest"; in Chinese, the text itself), and a quoted phrase as `phrase.ts` matches one.
   * Found in the index, which also holds the asking outlet's name: where that name holds one of the
   * words, the question and answer are read. With them, the records of the dates left out ("but not 2019")
   * and the answers of the spokespeople left out ("but not Hua Chunying").
   */
  holdingAny({ excluded, dates, speakers = [] }: Exclusion, lexical: LexicalIndex): Set<string> {
    const held = new Set<string>();
    if (dates.length > 0 || speakers.length > 0) {
      for (const r of this.source.records) {
        if (dates.some(({ from, to }) => r.date >= from && r.date <= to) || speakers.includes(r.spokesperson)) held.add(r.id);
      }
    }
    for (const typed of excluded) {
      const { text, phrases: quoted } = parseQuery(typed);
      const terms = [...new Set(termsOf(text))];
      if (terms.length === 0) continue;
      // Chinese has no word boundaries: its every pair of characters held is not the text held.
      const phrases = hasCjk(text) ? [...quoted, ...text.split(/\s+/).filter(hasCjk).flatMap((words) => phraseOf(words) ?? [])] : quoted;
      if (terms.some((t) => lexical.documentFrequency(t) === 0)) continue;
      const found = this.source.texts.holdingAll(lexical, terms);
      const outletTerms = new Map<string, string[]>();
      for (const m of found) {
        const r = m.record ?? this.source.byId.get(m.id)!;
        // The outlet's name is indexed too: where it holds a word, the question and answer are read to tell.
        let ofOutlet = r.outlet ? outletTerms.get(r.outlet) : [];
        if (ofOutlet === undefined) outletTerms.set(r.outlet!, (ofOutlet = termsOf(r.outlet!)));
        const said = ofOutlet.some((t) => terms.includes(t)) ? this.source.texts.termCounts(r.id).counts : null;
        if ((!said || terms.every((t) => said.has(t))) && (phrases.length === 0 || this.source.texts.recordHolds(r, phrases))) held.add(r.id);
      }
    }
    return held;
  }

  /**
   * Whether a record holds the query's terms only in the name of the outlet that asked, and they are
   * no whole name of it: "Macao" in Macau Monthly, "Shenzhen" in Shenzhen TV. Such a record is about
   * something else ("What did China say about Macao in 2022?" was answered with Macau Monthly's
   * questions on Ukraine); one the query names whole ("Reuters", "Global Times", "Xinhua" of Xinhua
   * News Agency by the outlet table) still matches, and a question that says who asked reads the outlet as a filter (`asker.ts`).
   * A name is named whole as its words are written (`namedTermsOf`): "Australia", which the search reads
   * as "Australian" too, names no question of The Australian's that does not say it ("Australian" does).
   * Null when no outlet's name holds a query term in part.
   */
  byAskerWordsOnly(queryTerms: readonly string[], queryText: string, lexical: LexicalIndex = this.source.english): ((r: IndexedRecord, doc?: number) => boolean) | null {
    const asked = new Set(queryTerms);
    const named = new Set(namedTermsOf(queryText));
    this.outletTerms ??= this.source.outlets.map((outlet) => ({
      outlet,
      terms: termsOf(outlet),
      names: [outlet, ...englishSpellings(outlet)].map(namedTermsOf).filter((terms) => terms.length > 0),
    }));
    const inPart = new Set(this.outletTerms
      .filter(({ terms, names }) => terms.some((t) => asked.has(t)) && !names.some((name) => name.every((t) => named.has(t))))
      .map(({ outlet }) => outlet));
    if (inPart.size === 0) return null;
    // Words in a quarter of all records ("China") name no topic (`relevantLexical`): holding one is no answer.
    const topical = queryTerms.filter((t) => lexical.documentShare(t) < this.source.commonTermShare);
    // Given its document number in the index searched, the postings say whether its text holds a word: at 25x, reading and
    // tokenizing every exchange China News Service or China Daily asked was a fifth of "China-US trade talks".
    // So of the Chinese records too: 8 of the 38 exchanges counted for "2020年赵立坚提到香港多少次" were 香港中评社's, on other things (hunt-G #1).
    const saysAny = (r: IndexedRecord, doc: number | undefined): boolean =>
      doc !== undefined && lexical.idOf(doc) === r.id ? topical.some((t) => lexical.textHolds(doc, t)) : topical.some((t) => this.source.texts.termCounts(r.id).counts.has(t));
    return (r, doc) => r.outlet !== null && inPart.has(r.outlet) && !saysAny(r, doc);
  }

  /** By id, and by record for a lexical index that knows its records (no id looked up per match). */
  acceptor(
    filters: SearchFilters, phrases: readonly Phrase[], reachesYear: ReturnType<typeof yearRule>, speakers: readonly string[] | null = null, dated: ((date: string) => boolean) | null = null,
    leftOut: ReadonlySet<string> | null = null, byAskerWords: ((r: IndexedRecord, doc?: number) => boolean) | null = null,
  ): RecordFilter {
    const record = (r: IndexedRecord, doc?: number): boolean =>
      matchesFilters(r, filters) &&
      (leftOut === null || !leftOut.has(r.id)) &&
      (byAskerWords === null || !byAskerWords(r, doc)) &&
      (dated === null || dated(r.date)) &&
      (speakers === null || speakers.includes(r.spokesperson)) &&
      (phrases.length === 0 || this.source.texts.recordHolds(r, phrases)) &&
      (reachesYear === null || reachesYear(r.date, () => `${r.question ?? ''}\n${r.answer}`));
    return Object.assign((id: string) => {
      const r = this.source.byId.get(id);
      return r !== undefined && record(r);
    }, { record });
  }
}
