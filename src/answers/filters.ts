import { nameMatches, spokespersonMatches } from '../search/filters.js';
import type { SearchFilters, SpoxSearch } from '../search/types.js';
import { listed } from '../util/plural.js';
import { occasionWords } from './occasion.js';
import { editDistance } from '../util/edit-distance.js';
import { closeOutlets, editsAllowed } from './close-outlets.js';
import { otherLanguageNames } from '../transcripts/zh/outlets.js';

/** The filters in words: `from 2019-01-01 · outlet Reuters`, `outlet Reuters or AFP`. */
export function filtersWords(filters: SearchFilters): string {
  const parts: string[] = [];
  if (filters.from) parts.push(`from ${filters.from}`);
  if (filters.to) parts.push(`to ${filters.to}`);
  if (filters.spokesperson) parts.push(`spokesperson ${filters.spokesperson}`);
  if (filters.outlet) parts.push(`outlet ${filters.outlet}`);
  if (filters.outlets) parts.push(`outlet ${listed(filters.outlets, 'or')}`);
  if (filters.occasion) parts.push(`${occasionWords(filters.occasion)} only`);
  return parts.join(' · ');
}

/** The spokespeople the index holds whom a `--spokesperson` value picks (`spokespersonMatches`: "Zhao Lijan" is Zhao Lijian). */
export function spokespeopleMatched(search: Pick<SpoxSearch, 'spokespeople'>, wanted: string): string[] {
  return search.spokespeople().filter((name) => spokespersonMatches(name, wanted.trim()));
}

/**
 * The filters given, as `filtersWords` says them, with the spokespeople a spokesperson filter picked
 * where the value typed is not their name (`spokesperson Zhao Lijian (typed “Zhao Lijan”)`), so that an
 * answer says whose words it lists (explore40 #6).
 */
export function filtersReadWords(search: Pick<SpoxSearch, 'spokespeople' | 'outlets'>, filters: SearchFilters): string {
  const wanted = filters.spokesperson?.trim();
  const outlet = filters.outlet?.trim();
  return filtersWords({
    ...filters,
    spokesperson: wanted ? namesPicked(spokespeopleMatched(search, wanted), wanted) : wanted,
    outlet: outlet ? namesPicked(outletsMatched(search, outlet), outlet) : outlet,
  });
}

/** The outlets the index holds whom an `--outlet` value picks (`nameMatches`: "Glob" is Global Times and CGTN, China Global Television Network). */
export function outletsMatched(search: Pick<SpoxSearch, 'outlets'>, wanted: string): string[] {
  const matched = search.outlets().filter((name) => nameMatches(name, wanted.trim()));
  // One outlet in both languages is named once, as typed: "Reuters" picks 路透社's questions too, the same agency's.
  const typedInChinese = /\p{Script=Han}/u.test(wanted);
  return matched.filter((name) => /\p{Script=Han}/u.test(name) === typedInChinese || !otherLanguageNames(name).some((other) => matched.includes(other)));
}

/** Names picked at most by name; the others are counted. */
const PICKED_NAMED = 6;

/** `Global Times or CGTN (typed “Glob”)`: the names a value picked, where it is not one of them as typed; the value as typed where it picks none. */
function namesPicked(matched: readonly string[], typed: string): string {
  if (matched.length === 0 || (matched.length === 1 && matched[0]!.toLowerCase() === typed.toLowerCase())) return typed;
  const named = matched.length > PICKED_NAMED ? [...matched.slice(0, PICKED_NAMED - 1), `${matched.length - PICKED_NAMED + 1} others`] : matched;
  return `${listed(named, 'or')} (typed “${typed}”)`;
}

/**
 * The spokespeople one of whose names every typed word is a slip of ("Hau": Hua Chunying; "Geng Shaung":
 * Geng Shuang), by the edits an outlet's name allows (`editsAllowed`); empty when none is that close.
 */
function closeSpokespeople(wanted: string, spokespeople: readonly string[]): string[] {
  const typed = wanted.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  if (typed.length === 0 || /\p{Script=Han}/u.test(wanted)) return [];
  return spokespeople.filter((name) => {
    const words = name.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
    return typed.every((word) => words.some((w) => editDistance(word, w, editsAllowed(word)) !== null));
  });
}

/** Outlets named at most when a filter matches none (the index names some 170). */
const OUTLETS_NAMED = 12;

/**
 * When a spokesperson or outlet filter matches no name the index holds, what to say instead of
 * "nothing relevant" (a misspelt or absent name is no sign that the topic was not discussed):
 * `The index holds no spokesperson matching “Xyz”. It holds: Geng Shuang, …`; else null. Every
 * spokesperson is listed; of the outlets, the closest to the value (`closeOutlets`: "Rueters" is
 * a slip of Reuters), else those whose name starts with its first letter.
 * Matching is the search's own (`spokespersonMatches`, `nameMatches`).
 */
export function unknownNameText(
  search: Pick<SpoxSearch, 'spokespeople' | 'outlets'>,
  filters: Pick<SearchFilters, 'spokesperson' | 'outlet'>,
  escape: (text: string) => string = (t) => t,
): string | null {
  const wanted = filters.spokesperson?.trim();
  if (wanted && !search.spokespeople().some((name) => spokespersonMatches(name, wanted))) {
    const close = closeSpokespeople(wanted, search.spokespeople());
    const closest = close.length > 0 ? `; the closest: ${close.map(escape).join(', ')}` : '';
    return `The index holds no spokesperson matching “${escape(wanted)}”${closest}. It holds: ${search.spokespeople().map(escape).join(', ')}.`;
  }
  const outlet = filters.outlet?.trim();
  if (outlet && !search.outlets().some((name) => nameMatches(name, outlet))) {
    const outlets = search.outlets();
    const listing = (names: readonly string[]): string => names.slice(0, OUTLETS_NAMED).map(escape).join(', ') + (names.length > OUTLETS_NAMED ? ', …' : '');
    const close = closeOutlets(outlet, outlets);
    // "The Guardian" starts with its G, as "The Globe and Mail" does.
    const withoutArticle = (name: string): string => name.replace(/^the\s+(?=\S)/i, '');
    const initial = withoutArticle(outlet)[0]!.toLowerCase();
    const alike = outlets.filter((name) => withoutArticle(name)[0]?.toLowerCase() === initial);
    const some = close.length > 0
      ? `; the closest: ${listing(close)}`
      : alike.length > 0 ? `; those starting with “${escape(initial.toUpperCase())}”: ${listing(alike)}` : '';
    return `The index holds no outlet matching “${escape(outlet)}” (it names ${outlets.length} outlets${some}).`;
  }
  return null;
}
