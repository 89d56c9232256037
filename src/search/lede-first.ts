import { isYearTerm } from './gate.js';
import { ledeName, type NameAsked } from './names-asked.js';
import type { RecordTexts } from './record-texts.js';
import type { RecordsById } from './records-by-id.js';
import { termsOf } from './terms.js';
import type { MatchRef } from './types.js';

/**
 * For a question leading with a spokesperson's name and a word of saying (`ledeName`): `matches`
 * with their own answers that hold every other word asked (`asked`: index terms) first, in their
 * order, the others after; null when the question is no such lede, or none of theirs holds them.
 */
export function ledeFirst(
  searched: string, namesWritten: readonly NameAsked[], matches: readonly MatchRef[], asked: readonly string[], byId: RecordsById, texts: RecordTexts,
): { name: string; count: number; matches: MatchRef[] } | null {
  const lede = ledeName(searched, namesWritten);
  if (!lede) return null;
  const said = new Set(termsOf(searched.slice(0, lede.end)));
  const rest = asked.filter((t) => !said.has(t) && !isYearTerm(t));
  const theirs = matches.filter((m) => {
    if (byId.get(m.id)!.spokesperson !== lede.name) return false;
    const terms = texts.termCounts(m.id).counts;
    return rest.every((t) => terms.has(t));
  });
  if (theirs.length === 0) return null;
  const first = new Set(theirs.map((m) => m.id));
  return { name: lede.name, count: theirs.length, matches: [...theirs, ...matches.filter((m) => !first.has(m.id))] };
}
