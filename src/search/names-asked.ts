import { escapeRegExp } from '../util/regexp.js';
import { SPOKESPEOPLE_ZH } from '../transcripts/zh/names.js';
import { namesAPerson } from './speaker.js';
import type { MissingWords } from './types.js';

/**
 * The spokespeople a question writes as words, not read as who spoke (`speaker.ts` keeps "Geng
 * Shuang told reporters …", "Hua said …" as words): each, and the words that write it. Answered
 * by that spokesperson's own answers, the name is no word they say: "none of them says “Geng”,
 * “Shuang”" over Geng Shuang's own card reads as though he did not say it.
 */
export interface NameAsked {
  /** The spokesperson as the index names them. */
  name: string;
  /** The words as the question wrote them: "Geng", "Shuang"; "Hua" for a surname; 耿爽. */
  words: string[];
  /** Where the name starts in the question. */
  at: number;
}

/** The words of a role beside a name, which an answer of theirs does not say either ("spokesman Geng Shuang"). */
const ROLE_WORDS = /^spokes(?:person|persons|people|man|men|woman|women)$/i;

/**
 * The spokespeople of `spokespeople` (the index's names) that `text` writes: a full name in any
 * case, its Chinese form, or a surname with its capital that begins exactly one of the names ("Hua").
 */
export function namesAsked(text: string, spokespeople: readonly string[]): NameAsked[] {
  const people = spokespeople.filter(namesAPerson);
  const found: NameAsked[] = [];
  const bySurname = new Map<string, string[]>();
  for (const name of people) {
    const surname = name.split(/\s+/)[0]!;
    bySurname.set(surname, [...(bySurname.get(surname) ?? []), name]);
  }
  const lower = text.toLowerCase();
  for (const name of people) {
    const chinese = [...SPOKESPEOPLE_ZH].find(([, english]) => english === name)?.[0];
    const surname = name.split(/\s+/)[0]!;
    // Every form below holds the surname or the Chinese name: most questions name no spokesperson, and skip the patterns.
    if (!lower.includes(surname.toLowerCase()) && !(chinese && text.includes(chinese))) continue;
    const full = new RegExp(String.raw`(?<![\p{L}\p{N}])${escapeRegExp(name).replace(/\s+/g, String.raw`\s+`)}(?![\p{L}\p{N}])`, 'iu').exec(text);
    if (full) {
      found.push({ name, words: full[0].split(/\s+/), at: full.index });
      continue;
    }
    const at = chinese ? text.indexOf(chinese) : -1;
    if (chinese && at >= 0) {
      found.push({ name, words: [chinese], at });
      continue;
    }
    if (bySurname.get(surname)?.length !== 1) continue;
    // With its capital, and not beside another capitalised word ("Mao Zedong" is no Mao Ning, "Hong Kong" no Kong Quan).
    const alone = new RegExp(String.raw`(?<![\p{L}\p{N}])(?<!\p{Lu}[\p{L}'’-]*\s+)${escapeRegExp(surname)}(?![\p{L}\p{N}])(?!\s+\p{Lu})`, 'u').exec(text);
    if (alone) found.push({ name, words: [alone[0]], at: alone.index });
  }
  return found.sort((a, b) => a.at - b.at);
}

/**
 * `missing` without the words that write a spokesperson whose own answers are among the matches
 * (`spokenBy`), nor the words of a role ("spokesman") once one is; and which of them were so taken out.
 */
export function withoutSpeakersNames(missing: MissingWords, asked: readonly NameAsked[], spokenBy: ReadonlySet<string>): { missing: MissingWords; speakers: string[] } {
  const speakers = asked.filter((n) => spokenBy.has(n.name));
  if (speakers.length === 0) return { missing, speakers: [] };
  const words = new Set(speakers.flatMap((n) => n.words.map((w) => w.toLowerCase())));
  const kept = (w: string): boolean => !words.has(w.toLowerCase()) && !ROLE_WORDS.test(w);
  const didYouMean = missing.didYouMean && { ...missing.didYouMean, words: missing.didYouMean.words.filter((w) => kept(w.typed)) };
  const apart = missing.apart?.filter(kept);
  return {
    missing: {
      inNoRecord: missing.inNoRecord.filter(kept),
      inNoMatch: missing.inNoMatch.filter(kept),
      ...(apart && apart.length >= 2 ? { apart } : {}),
      ...(didYouMean && didYouMean.words.length > 0 ? { didYouMean } : {}),
    },
    speakers: [...new Set(speakers.map((n) => n.name))],
  };
}

/** Before a name leading the question, only a role ("Foreign Ministry spokesman", "Chinese spokeswoman"). */
const ROLE_BEFORE = /^\s*(?:(?:the\s+)?(?:chinese\s+)?(?:(?:foreign\s+ministry|mfa|fm)\s+)?spokes(?:person|man|woman)\s*,?\s*)?$/iu;
/** After it, a word of saying, as a wire story's lede writes it ("Guo Jiakun urged the US to …", "Hua said …"). */
const SPEECH_AFTER = new RegExp(
  String.raw`^\s*,?\s*(?:(?:has|had|have|also|again|repeatedly|once|on\s+\p{Lu}\p{L}+)\s+)*(?:${[
    'said', 'says', 'told', 'tells', 'urged', 'urges', 'warned', 'warns', 'stressed', 'stresses', 'called', 'calls', 'noted', 'notes',
    'added', 'adds', 'insisted', 'insists', 'stated', 'states', 'claimed', 'claims', 'accused', 'accuses', 'denied', 'denies',
    'slammed', 'slams', 'criticized', 'criticised', 'criticizes', 'criticises', 'dismissed', 'dismisses', 'rejected', 'rejects',
    'blasted', 'blasts', 'asserted', 'asserts', 'reiterated', 'reiterates', 'responded', 'responds', 'replied', 'replies',
    'condemned', 'condemns', 'described', 'describes', 'remarked', 'remarks', 'hit\s+out', 'hits\s+out', 'pointed\s+out', 'points\s+out',
    'expressed', 'expresses', 'declared', 'declares', 'vowed', 'vows', 'demanded', 'demands', 'announced', 'announces', 'confirmed', 'confirms',
  ].join('|')})\b`,
  'iu',
);

/**
 * The spokesperson whose name leads the question before a word of saying, as a wire story attributes
 * a quote ("Guo Jiakun urged the US to lift its sanctions …", "Foreign ministry spokesman Geng Shuang
 * told reporters …", "Hua said …"); null otherwise. `speaker.ts` keeps such a name as words (the
 * question may be about what they said: "Zhao Lijian said US army …" is what reporters asked other
 * spokespeople about); their own answers that say the rest are then ranked first (`engine.ts`), not filtered.
 */
export function ledeName(text: string, asked: readonly NameAsked[]): (NameAsked & { end: number }) | null {
  const first = asked[0];
  if (!first || !ROLE_BEFORE.test(text.slice(0, first.at))) return null;
  const written = new RegExp(String.raw`^${first.words.map(escapeRegExp).join(String.raw`\s+`)}`, 'iu').exec(text.slice(first.at));
  const after = first.at + (written?.[0].length ?? 0);
  const saying = written ? SPEECH_AFTER.exec(text.slice(after)) : null;
  // `end`: after the word of saying; the words up to it (role, name, verb) are no words their answer must say.
  return saying ? { ...first, end: after + saying[0].length } : null;
}

/** Whether a word is a role's ("spokesman"), which no answer of theirs says. */
export function isRoleWord(word: string): boolean {
  return ROLE_WORDS.test(word);
}
