import { escapeRegExp } from '../util/regexp.js';
import { englishSpellings } from '../transcripts/zh/outlets.js';
import { quotedMasked } from './query.js';

/**
 * A question that says who asked ("Hong Kong asked by Reuters", "Hong Kong questions from AFP",
 * "What did they tell Reuters about Hong Kong?", "Bloomberg's questions on Huawei") asks for the
 * exchanges that outlet asked: the outlet is a filter, as `outlet:` is, not a topic word. Searched
 * as words, it ranked other outlets' exchanges that name it first.
 *
 * Only a form of asking or telling reads an outlet, and only one the index holds as an asker: a
 * reporter's topic may name one too ("the Bloomberg reporter detained in Beijing", "Global Times
 * editorial"), and stays words. Read in English questions; a quoted part is never read.
 */
export interface AskerIntent {
  /** The question without the words that named the asker. */
  query: string;
  /** The outlet as the index writes it. */
  outlet: string;
  /** The words that named it, as typed ("asked by Reuters"). */
  written: string;
}

const OPTIONAL_THE = String.raw`(?:the\s+)?`;
const POSSESSIVE = String.raw`(?:'s|’s|')`;
/** Where `{outlet}` stands in a form that says who asked. */
const FORMS = [
  String.raw`(?:asked|raised|posed|put)\s+by\s+${OPTIONAL_THE}{outlet}`,
  String.raw`questions?\s+(?:asked\s+)?(?:by|from)\s+${OPTIONAL_THE}{outlet}`,
  String.raw`${OPTIONAL_THE}{outlet}${POSSESSIVE}\s+questions?`,
  String.raw`(?<telling>tell|tells|told|telling)\s+${OPTIONAL_THE}{outlet}`,
  String.raw`${OPTIONAL_THE}{outlet}\s+(?:asked|asks|ask)`,
];

/** "What did Zhao Lijian tell AFP about …" is read as "What did Zhao Lijian say about …": the speaker's form. */
const SAYING: Record<string, string> = { tell: 'say', tells: 'says', told: 'said', telling: 'saying' };

const compiled = new WeakMap<readonly string[], { patterns: RegExp[]; names: string[] }>();

/** A word every form holds: without one, no pattern is built or run (building them costs a one-shot `ask` tens of ms). */
const FORM_WORD = /(?<![\p{L}\p{N}])(?:ask|asks|asked|raised|posed|put|questions?|tell|tells|told|telling)(?![\p{L}\p{N}])/iu;

export function askerIntent(query: string, outlets: readonly string[]): AskerIntent | null {
  const masked = quotedMasked(query);
  if (!FORM_WORD.test(masked)) return null;
  let found: RegExpExecArray | null = null;
  const { patterns, names } = patternsFor(outlets);
  for (const pattern of patterns) {
    const match = pattern.exec(masked);
    if (match && (!found || match.index < found.index)) found = match;
  }
  if (!found) return null;
  const typed = comparable(found.groups!.outlet!);
  // The index's spelling, else the table's ("SCMP"), which the outlet filter reads as the same outlet.
  const outlet = names.find((o) => comparable(o) === typed || comparable(o) === `the ${typed}`);
  if (!outlet) return null;
  const end = found.index + found[0].length;
  const telling = found.groups!.telling;
  const saying = telling ? SAYING[telling.toLowerCase()] ?? '' : '';
  const rest = `${query.slice(0, found.index)} ${saying} ${query.slice(end)}`.replace(/\s+/g, ' ').replace(/\s+([?.!,])/g, '$1').trim();
  return { query: rest, outlet, written: query.slice(found.index, end) };
}

const comparable = (name: string): string => name.toLowerCase().replace(/’/g, "'").replace(/[\s-]+/g, ' ');

/**
 * A pattern per form over every English outlet of the index and the table's other spellings of it
 * ("Agence France-Presse" beside AFP, "SCMP"), longest first ("Reuters TV" before "Reuters"),
 * a hyphen written as a space too; built once per list.
 */
function patternsFor(outlets: readonly string[]): { patterns: RegExp[]; names: string[] } {
  let built = compiled.get(outlets);
  if (!built) {
    const english = outlets.filter((o) => /^[\p{Script=Latin}\d\s&.'’-]+$/u.test(o));
    const names = [...new Set([...english, ...english.flatMap(englishSpellings)])];
    const written = [...new Set(names.map((o) => o.replace(/^the\s+/i, '')))]
      .sort((a, b) => b.length - a.length)
      .map((o) => escapeRegExp(o).replace(/['’]/g, "['’]").replace(/[\s-]+/g, String.raw`[\s-]+`));
    const outlet = `(?<outlet>${written.join('|')})`;
    const patterns = written.length === 0 ? [] : FORMS.map((form) => new RegExp(String.raw`(?<![\p{L}\p{N}])${form.replace('{outlet}', outlet)}(?![\p{L}\p{N}])`, 'iu'));
    built = { patterns, names };
    compiled.set(outlets, built);
  }
  return built;
}
