import { MINISTRY_SPOKESPEOPLE, servedWords } from '../transcripts/zh/names.js';
import { listed } from '../util/plural.js';

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
