import type { IndexedRecord } from '../store/types.js';
import { yearsIn } from './coverage.js';
import { isYearTerm } from './gate.js';
import type { LexicalIndex, LexicalMatch } from './lexical.js';
import { wordsAsTyped } from './missing-words.js';
import { partNames } from './part-names.js';
import { shareRead, type ShareRead } from './share-read.js';
import type { Phrase } from './phrase.js';
import type { RecordTexts } from './record-texts.js';
import type { RecordsById } from './records-by-id.js';
import { normalizeTerm, termsOf } from './terms.js';
import type { MatchRef, MissingWords, PartName } from './types.js';

// What an English answer adds to the words its matches miss (`MissingWords`): target years none says,
// the words the Chinese briefings hold, and names the matches write only in part.

/**
 * `missing` with the years the question states as words of its topic, not as when ("China will take
 * Taiwan by force by 2027": a target year, `yearsIn`), that none of `matches` says: "none of them says
 * “2027”". A year read as when is rule 4's (`gate.ts`), and the answer says which years the index holds.
 */
export function withTargetYears(missing: MissingWords, text: string, searched: string, matches: readonly MatchRef[], index: LexicalIndex, byId: RecordsById): MissingWords {
  const when = new Set(yearsIn(searched).map(String));
  const years = termsOf(text).filter((t) => isYearTerm(t) && !when.has(t));
  if (years.length === 0) return missing;
  const unsaid = years.filter((year) => {
    const said = new RegExp(`(?<![\\p{L}\\p{N}])${year}(?![\\p{L}\\p{N}])`, 'u');
    return !matches.some((m) => {
      const r = byId.get(m.id)!;
      return said.test(r.answer) || said.test(r.question ?? '');
    });
  });
  const inNoRecord = unsaid.filter((y) => index.documentFrequency(y) === 0);
  const inNoMatch = unsaid.filter((y) => !inNoRecord.includes(y));
  return { ...missing, inNoRecord: [...missing.inNoRecord, ...inNoRecord], inNoMatch: [...missing.inNoMatch, ...inNoMatch] };
}

/**
 * An English search's missing words with those the Chinese briefings hold (`inChinese`): only the
 * English ones were searched, so the answer must not say no exchange in the index holds them.
 * `chinese`: the Chinese records' lexical index, undefined when the index has none.
 */
export function heldInChinese(missing: MissingWords, chinese: LexicalIndex | undefined): MissingWords {
  const exchanges = (word: string): number => chinese?.documentFrequency(normalizeTerm(word) ?? word) ?? 0;
  const held = missing.inNoRecord.map((word) => ({ word, exchanges: exchanges(word) })).filter((w) => w.exchanges > 0);
  return held.length > 0 ? { ...missing, inChinese: held } : missing;
}

/**
 * `partNames` of the matches: their lexical terms as matched, their text as a quoted phrase is matched.
 * Not of a name with a word no record holds, which the answer says already ("no exchange in the index
 * says “Vystrcil”"): "Czech Senate President Vystrcil" was said again, cut short.
 */
export function partNamesOf(
  text: string, matches: readonly MatchRef[], lexical: readonly LexicalMatch[], unheldWords: readonly string[], byId: RecordsById, texts: RecordTexts, joined = false,
): PartName[] {
  const matched = new Map(lexical.map((m) => [m.id, m.matched]));
  const holds = (r: IndexedRecord, phrase: Phrase): boolean => texts.holdsName(r, phrase);
  const unheld = new Set(unheldWords.map((w) => w.toLowerCase()));
  // Of thousands of matches, a share is read and the counts scaled (`shareRead`): the note then says "about".
  const share = shareRead(matches);
  return partNames(text, share.read.map((m) => byId.get(m.id)!), (id) => matched.get(id), holds, (terms) => wordsAsTyped(text, terms), (name) => texts.recordsWriting(name), joined)
    .filter((n) => !n.name.split(/\s+/).some((w) => unheld.has(w.replace(/['’]s?$/u, '').toLowerCase())))
    .map((n) => (share.sampled ? scaledPartName(n, share, matches.length) : n));
}

/** A part name counted on a share of `total` matches (`shareRead`), its counts scaled to all of them. */
function scaledPartName(n: PartName, share: ShareRead<MatchRef>, total: number): PartName {
  const holding = share.scaled(n.holding);
  return { ...n, holding, partly: share.scaled(n.partly), apart: share.scaled(n.apart), others: total - holding, read: share.read.length };
}
