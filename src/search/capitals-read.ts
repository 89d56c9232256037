import { CAPITALS } from './aliases.js';
import type { Respelled } from './framing.js';

/**
 * Capitals read as their country (`aliases.ts`, at index and query time alike): "Damascus", which no
 * exchange writes, answered silently with Syria's 54. The answer says how each was read, as a slip
 * of the framing is said (`FramingRead.respelled`: `“Damascus” read as “Syria”`).
 */

/** Countries whose index term is not their name ("saudi"); the others are their term with its capital. */
const COUNTRY_NAMES: Readonly<Record<string, string>> = { saudi: 'Saudi Arabia' };

/** The capitals `text` writes (a possessive's "'s" left out), once each, as typed, with the country each is read as. */
export function capitalsReadIn(text: string): Respelled[] {
  return listedWordsIn(text, CAPITALS).map(({ typed, listed: country }) => ({ typed, read: COUNTRY_NAMES[country] ?? country[0]!.toUpperCase() + country.slice(1) }));
}

/** The words of `text` (a possessive's "'s" left out) that `table` lists by their lower case, once each, as typed, with what it lists. */
export function listedWordsIn(text: string, table: Readonly<Record<string, string>>): { typed: string; listed: string }[] {
  const found: { typed: string; listed: string }[] = [];
  for (const word of text.split(/[^\p{L}'’]+/u)) {
    const typed = word.replace(/['’]s?$/u, '');
    const listed = table[typed.toLowerCase()];
    if (listed && !found.some((f) => f.typed === typed)) found.push({ typed, listed });
  }
  return found;
}
