import { tenureAsked, type TenureAsked } from '../search/framing.js';
import type { SearchFilters, SearchResponse, SpoxSearch } from '../search/types.js';
import { MINISTRY_SPOKESPEOPLE, ministrySpokesperson, servedWords } from '../transcripts/zh/names.js';
import { listed } from '../util/plural.js';
import { importedPairsWords, LANGUAGE_NAMES, otherLanguage, questionLanguage } from './held-words.js';
import { doubtMark, responseDoubtedEnds, spokespersonDayDoubted } from './date-doubt.js';

/**
 * `by the reviewed list of spokespeople's years, Liu Jianchao (2002-2008) and Qin Gang (2005-2010 and
 * 2012-2014) served in 2005`: who served in the years from `fromYear` to `toYear` by the reviewed list
 * (`zh/names.ts`), never by the briefings an index happens to hold, which for years held only as a
 * research corpus's pairs are a sample. A term the list gives no end to is said as such (`; it gives
 * no end to Hua Chunying's term, first in 2012`), not taken to run on, and the spokespeople it gives no
 * years for are named (`; it gives no years for Kong Quan, …`), since any of them may have served then
 * (Kong Quan answers in 2005); '' when the list names no one.
 */
export function servedInWords(fromYear: number, toYear: number, escape: (text: string) => string = (t) => t): string {
  const served = MINISTRY_SPOKESPEOPLE.filter(({ served: terms }) => terms.some(({ from, to }) => (to === undefined ? from >= fromYear && from <= toYear : from <= toYear && to >= fromYear)));
  const open = MINISTRY_SPOKESPEOPLE.filter((p) => !served.includes(p) && p.served.some(({ from, to }) => to === undefined && from < fromYear));
  const years = fromYear === toYear ? `in ${fromYear}` : `from ${fromYear} to ${toYear}`;
  const named = served.length > 0 ? `${listed(served.map((p) => `${escape(p.en)} (${servedWords(p.en)})`), 'and')} served ${years}` : '';
  const unended = open.length > 0 ? `it gives no end to the term${open.length > 1 ? 's' : ''} of ${listed(open.map((p) => `${escape(p.en)} (${servedWords(p.en)})`), 'and')}` : '';
  const yearless = MINISTRY_SPOKESPEOPLE.filter((p) => p.served.length === 0);
  const unknown = yearless.length > 0 ? `it gives no years for ${listed(yearless.map((p) => escape(p.en)), 'and')}` : '';
  if (!named) return '';
  return `by the reviewed list of spokespeople's years, ${[named, unended, unknown].filter(Boolean).join('; ')}`;
}

/**
 * The spokesperson's time in the post a question asks of (`tenureAsked`) when its answer is theirs,
 * listed from the end asked (the oldest first for when they began, the newest for when they left),
 * which the note of `tenureWords` speaks of; null for any other answer.
 */
export function tenureAnswered(query: string, response: Partial<Pick<SearchResponse, 'spokespersonNamed' | 'sort'>>): TenureAsked | null {
  const tenure = tenureAsked(query);
  return tenure !== null && response.spokespersonNamed === tenure.name && response.sort === (tenure.asks === 'first' ? 'oldest' : 'newest') ? tenure : null;
}

/**
 * What an answer to a question of a spokesperson's time in the post (`tenureAsked`: "When did Hua
 * Chunying become spokesperson?", "华春莹什么时候不再担任发言人") says above the answers it lists, each
 * source named: the reviewed list's years (`zh/names.ts`), or that it gives none; then the first (last)
 * answer of theirs the index holds over all its sources (`spokespersonSpan`), in which language's
 * briefings and whether only as a research corpus's pairs, beside the first (last) of the answers
 * listed (`shown`), which are of the question's language alone, and where that language's briefings
 * begin (end). The Chinese pages end in 2020 and the English ones run on: the last of the answers
 * listed is not the last the index holds, and neither is the end of a term.
 * `by the reviewed list of spokespeople's years, Hua Chunying became spokesperson in 2012, and it
 * gives no end to the term. Hua Chunying's last answer the index holds, over all its sources, is of
 * 2022-08-05, in its English briefings, a date held only as the pairs imported from x.csv, which may
 * not hold every exchange; of the Chinese briefings listed here, which run to 2020-07-03, the last is
 * of 2020-06-12. That is the last the index holds, not necessarily the end of the term.`
 */
export function tenureWords(
  search: Pick<SpoxSearch, 'coverage' | 'spokespersonSpan' | 'briefingsBetween' | 'briefing' | 'record'>, query: string, asked: TenureAsked,
  shown: Partial<Pick<SearchResponse, 'first' | 'last' | 'matches' | 'sort' | 'passing'>>,
  filters: Pick<SearchFilters, 'from' | 'to'> = {},
): string {
  const first = asked.asks === 'first';
  const held = search.spokespersonSpan(asked.name);
  const listYears = listedYearsWords(asked.name, asked.asks);
  if (!held) return `${listYears}.`;
  const date = first ? held.from : held.to;
  const listedDate = first ? shown.first : shown.last;
  // A date only records the sheet contradicts give is marked, as the totals line and the list rows mark it.
  const { matches, sort, passing } = shown;
  const listedEnds = matches && sort && passing !== undefined ? responseDoubtedEnds({ matches, sort, passing }, (id) => search.record(id)) : undefined;
  const listedMark = doubtMark(first ? listedEnds?.first : listedEnds?.last);
  const heldMark = doubtMark(spokespersonDayDoubted(search, asked.name, date));
  const lang = questionLanguage(query);
  const coverage = search.coverage(query);
  // A date the question's language holds no briefing of is one of the other language's, inside its span too
  // (Geng Shuang's first answer, 2016-11-15, is of the Chinese pages; the English pairs run from 2002).
  const elsewhere = search.briefingsBetween(date, date, query).briefings === 0 ? `, in its ${LANGUAGE_NAMES[otherLanguage(query)]} briefings` : '';
  const stretch = (search.coverage().corpusOnly ?? []).find((c) => c.from <= date && date <= c.to);
  const imported = stretch ? `, a date held ${importedPairsWords(stretch.files)}` : '';
  const over = listedDate && listedDate !== date ? ', over all its sources,' : '';
  const which = first ? 'first' : 'last';
  // Dates given narrow the answers listed, not the briefings held.
  const end = filters.from || filters.to ? 'in the dates searched' : first ? `which begin on ${coverage.from}` : `which run to ${coverage.to}`;
  const listedWords = over && coverage.from && coverage.to ? `; of the ${LANGUAGE_NAMES[lang]} briefings listed here, ${end}, the ${which} is of ${listedDate}${listedMark}` : '';
  const bound = first ? 'the start' : 'the end';
  return `${listYears}. ${asked.name}'s ${which} answer the index holds${over} is of ${date}${heldMark}${elsewhere}${imported}${listedWords}. That is the ${which} the index holds, not necessarily ${bound} of the term.`;
}

/**
 * `by the reviewed list of spokespeople's years, Qin Gang became spokesperson in 2005 and again in
 * 2012`, `…, Geng Shuang left the post in 2020`, `…, Hua Chunying became spokesperson in 2012, and it
 * gives no end to the term`, `the reviewed list of spokespeople's years gives none for Kong Quan`: the
 * reviewed list's answer to when a spokesperson began (`first`) or left the post, never a year it does not give.
 */
function listedYearsWords(name: string, asks: TenureAsked['asks']): string {
  const terms = ministrySpokesperson(name)?.served ?? [];
  if (terms.length === 0) return `the reviewed list of spokespeople's years gives none for ${name}`;
  const years = (list: number[]): string => list.map((y, i) => (i === 0 ? `${y}` : `again in ${y}`)).join(' and ');
  const began = `became spokesperson in ${years(terms.map((t) => t.from))}`;
  const ends = terms.flatMap((t) => (t.to === undefined ? [] : [t.to]));
  const unended = terms.some((t) => t.to === undefined);
  const said = asks === 'first' || ends.length === 0 ? began : `left the post in ${years(ends)}`;
  return `by the reviewed list of spokespeople's years, ${name} ${said}${asks === 'last' && unended ? ', and it gives no end to the term' : ''}`;
}
