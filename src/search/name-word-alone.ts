import { PHRASE_ALIASES } from './aliases.js';
import type { TextsHolding } from './one-persons-name.js';
import type { EveryWriting } from './spaced-compounds.js';
import { termsOf } from './terms.js';
import { escapeRegExp } from '../util/regexp.js';

/**
 * A question asking one word of a name the index holds whole (`PHRASE_ALIASES`: "Gulf Cooperation
 * Council" is held as GCC) where that word is a topic of its own: "Gulf" found the 31 exchanges saying
 * "Gulf" elsewhere and none of the 3 on the council, which write it too. Read as the word in either
 * writing, its own term or the whole name's (rule 7 of gate.ts, as names joined): the council's
 * exchanges are counted, after those on the Gulf itself. (Scored as one term, `writingsAsOneTerm`,
 * they ranked among the others, but every answer of "Gulf" and "Iran" was ordered anew.) A word is a topic of its own where the
 * transcripts write it as a name, with its capital (`NAME_SHARE` of its mentions: "Gulf", 1 of 50 "the gulf
 * region"; "cooperation" is a word), and it is
 * a word before the last of one whole name only. The whole name asked is read as before: "Gulf Cooperation Council"
 * is GCC, and its answers are the council's. Not keeping the word in the index beside the whole name's
 * term (fix39h): the question's whole name would be read as both, and found the Gulf region's.
 */
export function wholeNameOfWord(searched: string, queryTerms: readonly string[], documentFrequency: (term: string) => number, textsHolding: TextsHolding): EveryWriting | null {
  if (queryTerms.length !== 1) return null;
  const [term] = queryTerms as [string];
  const typed = searched.split(/\s+/).map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')).find((w) => termsOf(w).join(' ') === term);
  if (!typed) return null;
  const names = wholeNamesByWord().get(term) ?? [];
  const [solid, ...others] = [...names].filter((t) => documentFrequency(t) > 0);
  if (!solid || others.length > 0 || documentFrequency(term) === 0) return null;
  const texts = textsHolding(typed);
  return mostlyCapitalised(typed, texts) && standsAloneSomewhere(typed, texts) ? { written: typed, apart: [term], solid } : null;
}

/**
 * Whether `texts` write `word` somewhere with no capitalised word beside it (a sentence's first apart):
 * a topic of its own ("the Gulf", "tensions in the Gulf"), not only a given name ("Donald Tusk", "Hong
 * Lei", whom "Donald" and "Hong" asked alone found, before Donald Trump and Hong Kong).
 */
function standsAloneSomewhere(word: string, texts: readonly string[]): boolean {
  const mention = new RegExp(String.raw`(?<![\p{L}\p{N}-])${escapeRegExp(word)}(?![\p{L}\p{N}-])`, 'giu');
  return texts.some((text) => [...text.matchAll(mention)].some((m) => {
    const before = text.slice(0, m.index);
    const after = text.slice(m.index + m[0].length);
    const previous = /(\S+)\s+$/u.exec(before);
    const named = (token: string | undefined): boolean => token !== undefined && /^[("“'‘]*\p{Lu}/u.test(token);
    const opensSentence = previous !== null && /(?:^|[.?!:;"“”])\s*$/u.test(before.slice(0, previous.index));
    return !(named(previous?.[1]) && !opensSentence) && !named(/^\s+(\S+)/u.exec(after)?.[1]);
  }));
}

/** Share of a word's mentions written with its capital from which it is a name, a slip or a quote's lower case apart. */
const NAME_SHARE = 0.9;

/** Whether `texts` write `word` with its capital in `NAME_SHARE` of its mentions. */
function mostlyCapitalised(word: string, texts: readonly string[]): boolean {
  const mention = new RegExp(String.raw`(?<![\p{L}\p{N}])${escapeRegExp(word)}(?![\p{L}\p{N}])`, 'giu');
  let mentions = 0;
  let capitalised = 0;
  for (const text of texts) {
    for (const m of text.matchAll(mention)) {
      mentions++;
      if (/^\p{Lu}/u.test(m[0])) capitalised++;
    }
  }
  return mentions > 0 && capitalised >= NAME_SHARE * mentions;
}

let byWord: Map<string, Set<string>> | undefined;

/**
 * Each word's term → the terms of the names held whole whose words, but their last, hold it ("gulf" →
 * "gcc"). Read once from the alias list, not on every question.
 */
function wholeNamesByWord(): ReadonlyMap<string, ReadonlySet<string>> {
  if (byWord) return byWord;
  byWord = new Map();
  for (const alias of PHRASE_ALIASES) {
    for (const variant of alias.variants) {
      const words = variant.split(/\s+/);
      const [whole, ...more] = termsOf(variant);
      if (words.length < 2 || !whole || more.length > 0) continue;
      // A word naming what the whole is of ("Gulf"), not its last, the name's head: South Sudan is no Sudan, Papua New Guinea no Guinea.
      for (const word of words.slice(0, -1)) {
        const term = termsOf(word).join(' ');
        if (!term || term === whole) continue;
        const names = byWord.get(term) ?? new Set<string>();
        names.add(whole);
        byWord.set(term, names);
      }
    }
  }
  return byWord;
}
