import { termsOf } from './terms.js';

/** A word written with a capital, with the parts a hyphen joins to it ("Yo-jong", "Jae-myung"). */
export const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’]*(?:[-‐‑][\p{L}\p{M}]+)*`;
/** Capitalised words, a space apart or with "of" ("of the") between them: "Voice of America". */
const RUN = String.raw`${NAME_WORD}(?:\s+(?:of\s+(?:the\s+)?)?${NAME_WORD})*`;
/** Two such runs joined by "and": "Hong Kong Human Rights and Democracy Act", "Japan and South Korea". */
const JOINED_RUNS = new RegExp(String.raw`(?<![\p{L}\p{N}])(${RUN})\s+and\s+(${RUN})(?![\p{L}\p{N}])`, 'gu');
const POSSESSIVE = /['’]s?$/u;

/**
 * Share of the records writing the words after "and" ("Democracy Act") that must write them in the
 * whole run for it to be one name. Counted on the bundled English pages:
 * - one name: "Democracy Act" 16 records, all writing "Human Rights and Democracy Act"; "Science Act" 1 of
 *   1 "CHIPS and Science Act"; "Road Initiative" 138 of 138 "Belt and Road Initiative"; Bosnia and Herzegovina;
 * - names joined: "South Korea" 2 of 13 "Japan and South Korea", "ZTE" 10 of 15 "Huawei and ZTE", "Macao"
 *   24 of 33 "Hong Kong and Macao", and "Michael Spavor" 30 of 34 "Michael Kovrig and Michael Spavor" (a
 *   person named in 4 records alone is a name of his own).
 */
const WITHIN = 0.95;

/** A name written with "and" inside it, as typed, and where `text` writes it. */
export interface NameWithAnd {
  name: string;
  start: number;
  end: number;
}

/**
 * The names `text` writes with "and" inside them, which the records write whole: cut at "and", the
 * question "Hong Kong Human Rights and Democracy Act" read the names "Hong Kong Human Rights" and
 * "Democracy Act", and its answer said "only 16 of them say “Democracy Act”", naming a fragment. A run
 * is one name where some record writes it whole and nearly every record writing its words after "and"
 * writes them in it (`WITHIN`); the words before "and" are taken from the most that a record writes
 * so ("US CHIPS and Science Act": no record writes "US CHIPS", 1 writes "CHIPS and Science Act").
 * `writers` counts the English records writing a name as a quoted phrase is matched.
 */
export function namesWithAnd(text: string, writers: (name: string) => number): NameWithAnd[] {
  const found: NameWithAnd[] = [];
  for (const match of text.matchAll(JOINED_RUNS)) {
    const after = match[2]!.replace(POSSESSIVE, '');
    const writingAfter = writers(after);
    if (writingAfter === 0) continue;
    const end = match.index + match[0].length - (match[2]!.length - after.length);
    for (const word of match[1]!.matchAll(/\S+/g)) {
      // "Did", "of", "the": a function word opens no name.
      if (termsOf(word[0]).length === 0) continue;
      const start = match.index + word.index;
      const name = `${text.slice(start, match.index + match[1]!.length).split(/\s+/).join(' ')} and ${after.split(/\s+/).join(' ')}`;
      if (writers(name) >= Math.max(1, WITHIN * writingAfter)) {
        found.push({ name, start, end });
        break;
      }
    }
  }
  return found;
}
