import { editDistance } from '../util/edit-distance.js';
import { escapeRegExp } from '../util/regexp.js';
import { MINISTRY_SPOKESPEOPLE, SPOKESPEOPLE_ZH } from '../transcripts/zh/names.js';
import { CHINESE_ASKING } from './chinese-question.js';
import { quotedMasked } from './query.js';
import { termsOf } from './terms.js';

/**
 * A question that names the spokesperson who spoke asks for that spokesperson's answers on the
 * topic: the name is who, not what. Searched as words, it would rank the exchanges that mention
 * the spokesperson above the topic's own.
 *
 * A question about what a spokesperson said stays a topic: the name inside the question ("China's
 * response to Zhao Lijian's remarks", "Why did Zhao Lijian say …"), before a possessive that is no
 * word of speaking ("Zhao Lijian's tweet"), as the subject of a clause ("Zhao Lijian said US army
 * may have brought …"), after a word that makes it an object ("the appointment of Hua Chunying"),
 * alone, or in quotes ("\"Zhao Lijian\" Australia": the exchanges that mention the name). The name
 * is who spoke:
 * - asked about: "What did Zhao Lijian say about …", "Has Hua Chunying commented on …", "What does
 *   Geng Shuang think of …";
 * - leading the question as a heading: "Lu Kang on the trade war", "Hua Chunying's comments on
 *   Pompeo", "Geng Shuang: Huawei", "Hua Chunying said about Taiwan", "Geng Shuang in 2018 on
 *   Kashmir" (the year is the talk's: read as "Kashmir in 2018");
 * - a Chinese name before a word of speaking or asking: "华春莹谈台湾", "耿爽对华为的评论", "华春莹：日本",
 *   "华春莹如何评论香港", "华春莹在2019年就华为说了什么";
 * - after "by", "from" or "according to": "Australia by Zhao Lijian";
 * - standing `beside` the topic, leading or ending the question with no word of speaking: "Zhao
 *   Lijian Australia", "Zhao Lijian, Australia", "Hong Kong Geng Shuang", "华春莹 华为". A reporter
 *   asks that way for the spokesperson's answers, but the name may also be what is asked about: the
 *   answer says how to ask for the exchanges that mention it (the name in quotes).
 * A surname alone is read only where it stands in a form that asks who spoke ("Hua on Huawei", "What
 * did Geng say about Huawei?") and begins exactly one spokesperson's full name in the index; never
 * beside a topic or alone ("Mao" or "Lu" is as likely someone else: Mao Zedong, Lu Shaye), and the
 * answer says which name it was read as. Two names joined ("Hua Chunying and Geng Shuang on Huawei",
 * "Geng Shuang or Hua Chunying on Xinjiang", "华春莹和耿爽谈华为") are read as the first would be alone,
 * either of them speaking (`also`); two names apart are searched as written. A misspelt name ("Zhao
 * Lijan") is read as the name (`respelledNames`). A spokesperson of the reviewed list the index holds
 * no answer of ("Liu Weimin on Syria") is read as any other: the engine says the index holds none.
 *
 * A name with nothing else asked ("What did Zhao Lijian say?", "Geng Shuang" once "July 2019" is
 * read as dates) is said to stand `alone`: the engine reads it as the speaker only beside dates
 * (every answer of theirs then), and as the topic otherwise.
 */
const ROLE = String.raw`(?<role>(?:the\s+)?(?:chinese\s+)?(?:(?:foreign\s+ministry|mfa|fm)\s+)?spokes(?:person|woman|man)\s+)`;
const ASKED_VERB = String.raw`(?:ever\s+|previously\s+|once\s+|recently\s+|just\s+)?(?:say|said|comment(?:ed)?|respond(?:ed)?|reply|replied|answer(?:ed)?|state[d]?|tell|told|speak|spoke|think|thought|mean|meant)\b`;
const ABOUT = String.raw`(?:on|about|regarding|to)\b`;
const HEADING = String.raw`(?:'s|’s)?(?:\s*[:：]|\s+(?:on|about|regarding)\b|\s+(?:comments?|remarks?|position|views?|statements?|words|answers?|response)\s+${ABOUT}|\s+(?:comments?|remarks?)\b(?:\s+${ABOUT})?|\s+(?:says?|said|commented|remarked|spoke|speaks|stated?|states|responds?|responded|replie[sd]|answer(?:s|ed)?)\s+${ABOUT})`;
/** A year between the name and the heading ("Geng Shuang in 2018 on Kashmir"): the time of the talk. */
const YEAR_BETWEEN = String.raw`(?:\s+(?:in|during)\s+(?<year>(?:19|20)\d\d))?`;
// The longer forms of asking first: "华春莹说了什么关于香港" leaves "关于香港", not "了什么关于香港".
const ZH_SPEAKING = `(?:${CHINESE_ASKING}|说|表示|回应|称|谈|答|指出|就|对|关于|[:：])`;
const ZH_ROLE = '(?<role>(?:(?:中国)?外交部)?发言人)';
/** What may stand between a name and the topic beside it: a comma, colon or dash, or a space. */
const BESIDE = String.raw`\s*[,，、;；:：\-–—]\s*|\s+`;
/** After a name leading the question, the words that make it the subject of a clause ("Zhao Lijian said US army …"), or a second subject. */
const CLAUSE_WORDS = new Set(
  'is was were has had have will would could should may might must can did does do and or who whose which that said says tweeted tweets told tells wrote writes posted posts claimed claims accused accuses blamed blames called calls became becomes left leaves insisted insists suggested suggests denied denies urged urges warned warns'.split(' '),
);
/** Before a name ending the question, the words that make it an object ("the appointment of Hua Chunying", "China's response to Zhao Lijian"). */
const OBJECT_WORDS = new Set('of to about on with against for at and or toward towards into between than like asked ask say said tell told that whether if replace replaced'.split(' '));

export interface SpeakerIntent {
  /** The query without the spokesperson's name (and its possessive or colon), or the query as given. */
  query: string;
  /** The spokesperson named as who spoke, in the index's English form; null when none is. */
  spokesperson: string | null;
  /** The one spokesperson the question names, read as who spoke or not, and the name as written; absent when it names none or two. */
  named?: NameWritten;
  /** The other spokespeople joined to the one named ("Hua Chunying and Geng Shuang on Huawei", "Hua Chunying, Geng Shuang and Lu Kang"): any of them spoke. */
  also?: readonly string[];
  /** Read as who spoke from a name standing beside the topic with no word of speaking ("Zhao Lijian Australia"). */
  beside?: true;
  /** Nothing is asked beside the name (`query` holds no search term then); absent otherwise. */
  alone?: true;
}

/** A spokesperson as the index names them, and as the question wrote the name; `from` when that was not the name itself. */
export interface NameWritten {
  name: string;
  written: string;
  /** Read from the surname alone ("Hua"), or from a misspelling ("Zhao Lijan"). */
  from?: 'surname' | 'spelling';
}

interface NamePatterns {
  name: string;
  /** A surname alone: read only in the forms that ask who spoke, never beside a topic or alone. */
  surname?: true;
  /** The name anywhere, as a whole word. */
  anywhere: RegExp;
  /** Its last word in lower case, which a question naming it holds: most questions name no one, and skip the patterns. */
  hint: string;
  /**
   * The forms that ask who spoke, first to last, with named groups: `name`, `role` ("spokesperson")
   * before it, `with` what goes with it (possessive, colon, "by"), `year` a year of the talk said between them.
   */
  asking: { pattern: RegExp; beside?: 'leading' | 'ending' }[];
}

export function speakerIntent(query: string, spokespeople: readonly string[]): SpeakerIntent {
  // A name in quotes is words to find: masked, so that no form reads it.
  const masked = quotedMasked(query);
  const patterns = patternsFor(spokespeople);
  const lower = masked.toLowerCase();
  const mentioned = patterns.filter((p) => !p.surname && lower.includes(p.hint) && p.anywhere.test(masked));
  if (new Set(mentioned.map((p) => p.name)).size > 1) return jointIntent(query, masked, mentioned) ?? { query, spokesperson: null };
  if (mentioned.length === 0) return surnameIntent(query, masked, patterns.filter((p) => p.surname && lower.includes(p.hint)));
  const p = mentioned[0]!;
  const named = { name: p.name, written: p.anywhere.exec(masked)![0].replace(/\s+/g, ' ') };
  return askedIntent(query, masked, p, named) ?? nameAloneIntent(query, p, named);
}

/** The question read by the first form of `p` that asks who spoke; null when none does. */
function askedIntent(query: string, masked: string, p: NamePatterns, named: NameWritten): SpeakerIntent | null {
  for (const { pattern, beside } of p.asking) {
    const m = pattern.exec(masked);
    const at = m?.indices?.groups;
    if (!m || !at?.name) continue;
    // A surname is read only with its capital: "hua" may be any word.
    if (p.surname && !/^\p{Lu}/u.test(m.groups!.name!)) continue;
    const by = m.groups!.with ?? '';
    // "by", "according to": who spoke, as plainly as a word of speaking says it.
    const byWord = /\b(?:by|from|according\s+to)\b/i.test(by);
    // The name, its role ("spokesperson") and what goes with it, wherever they stand.
    const spans = [at.role, at.name, at.with].filter((span) => span !== undefined);
    const start = Math.min(...spans.map(([from]) => from));
    const end = Math.max(...spans.map(([, to]) => to));
    if (beside === 'leading' && !subjectOfTopic(masked.slice(end))) continue;
    if (beside === 'ending' && !byWord && !objectOfNothing(masked.slice(0, start))) continue;
    // A year said between the name and the topic is the time of the talk: read at the end, where `month.ts` reads it.
    const year = m.groups!.year ? ` in ${m.groups!.year}` : '';
    const read = readAs(`${query.slice(0, start)} ${query.slice(end)}${year}`, named);
    return beside && !byWord && !read.alone ? { ...read, beside: true } : read;
  }
  return null;
}

/** Between two names read as either speaker: "and", "or", "vs", a comma (", and" too), a slash, 和, 或, 、. */
const JOINED = /^\s*(?:,|，|、|&|\/|(?:,\s*)?(?:and|or)|vs\.?|versus|v\.|和|或|与|及)\s*$/iu;
/** The most spokespeople joined that are read as the speakers. */
const MOST_JOINED = 4;
/** Before two names joined, what asks to compare them ("Compare what … said", "Contrast how …"): no topic word. */
const COMPARING = /^\s*(?:compare|contrast)\s+(?:what\s+|how\s+)?/iu;

/**
 * Names joined ("Hua Chunying and Geng Shuang on Huawei", "Geng Shuang or Hua Chunying", "Hua
 * Chunying, Geng Shuang and Lu Kang"), read as the first would be with the others taken out, any of
 * them speaking; null for names standing apart, or named with nothing else asked (every answer is
 * listed of one speaker).
 */
function jointIntent(query: string, masked: string, mentioned: readonly NamePatterns[]): SpeakerIntent | null {
  const found = mentioned.map((p) => ({ p, m: p.anywhere.exec(masked)! })).sort((a, b) => a.m.index - b.m.index);
  const names = found.filter(({ p }, i) => found.findIndex((f) => f.p.name === p.name) === i);
  if (names.length < 2 || names.length > MOST_JOINED) return null;
  for (let i = 1; i < names.length; i++) {
    const previousEnd = names[i - 1]!.m.index + names[i - 1]!.m[0].length;
    if (names[i]!.m.index < previousEnd || !JOINED.test(masked.slice(previousEnd, names[i]!.m.index))) return null;
  }
  const first = names[0]!;
  const last = names.at(-1)!;
  const firstEnd = first.m.index + first.m[0].length;
  // Cut at the same offsets in the query and its masked copy; the comparing words lead both alike.
  const cut = (text: string): string => (text.slice(0, firstEnd) + text.slice(last.m.index + last.m[0].length)).replace(COMPARING, '');
  const named = { name: first.p.name, written: first.m[0].replace(/\s+/g, ' ') };
  const read = askedIntent(cut(query), cut(masked), first.p, named);
  return read?.spokesperson && !read.alone ? { ...read, also: names.slice(1).map(({ p }) => p.name) } : null;
}

/** The name and only framing ("spokesperson Zhao Lijian", "赵立坚"): alone, whatever the form; else the name is words. */
function nameAloneIntent(query: string, p: NamePatterns, named: NameWritten): SpeakerIntent {
  const rest = query.replace(p.anywhere, ' ');
  return termsOf(rest).length === 0 ? readAs(rest, named) : { query, spokesperson: null, named };
}

/** A surname in a form that asks who spoke ("Hua on Huawei"); the question as given otherwise. */
function surnameIntent(query: string, masked: string, patterns: readonly NamePatterns[]): SpeakerIntent {
  for (const p of patterns) {
    const written = p.surname ? p.anywhere.exec(masked)?.[0] : undefined;
    const read = written ? askedIntent(query, masked, p, { name: p.name, written, from: 'surname' }) : null;
    if (read) return read;
  }
  return { query, spokesperson: null };
}

/** The question read with `named` as who spoke; `alone` when nothing but framing is left ("What did Zhao Lijian say?"). */
function readAs(rest: string, named: NameWritten): SpeakerIntent {
  const query = rest.replace(/\s+/g, ' ').replace(/\s+([?.!,])/g, '$1').trim();
  return termsOf(query).length === 0 ? { query, spokesperson: named.name, named, alone: true } : { query, spokesperson: named.name, named };
}

/** Whether what follows a name leading the question is a topic beside it, not a clause it is the subject of ("said US army …", "and Pompeo"). */
function subjectOfTopic(after: string): boolean {
  const next = /^[\s,，、;；:：\-–—]*([\p{L}]+)/u.exec(after)?.[1];
  return !next || !(CLAUSE_WORDS.has(next) || /^\p{Ll}+ed$/u.test(next));
}

/** Whether the words before a name ending the question leave it no object of theirs ("the appointment of", "response to"). */
function objectOfNothing(before: string): boolean {
  if (/['’]s\s*$/.test(before)) return false;
  const last = /([\p{L}]+)[^\p{L}]*$/u.exec(before)?.[1];
  return !last || !(OBJECT_WORDS.has(last.toLowerCase()) || /^\p{Ll}+ed$/u.test(last));
}

/**
 * The question with the name as written put in quotes, or `as` in its place (a misspelling's name):
 * the exchanges that mention it ("\"Zhao Lijian\" Australia"); null when it is not found as written.
 */
export function withNameQuoted(query: string, written: string, as?: string): string | null {
  const form = new RegExp(escapeRegExp(written).replace(/\s+/g, String.raw`\s+`), 'iu');
  const m = form.exec(query);
  return m ? `${query.slice(0, m.index)}"${as ?? m[0]}"${query.slice(m.index + m[0].length)}` : null;
}

/** The shortest given name a misspelling is read for: "Kan" may be no "Kang". */
const MIN_GIVEN_LETTERS = 5;

/**
 * The question with each spokesperson's name written with one letter of the given name wrong,
 * missing, extra, or two swapped ("Zhao Lijan", "Hua Chunyin", "Geng Shaung") as the index names
 * them, and each name so read → the name as written. The surname must be right; a given name the
 * index holds (`held`: "Zhao Kezhi", "Zhao Leji" are others) or shorter than five letters is no misspelling.
 */
export function respelledNames(query: string, spokespeople: readonly string[], held: (word: string) => boolean): { query: string; respelled: Map<string, string> } {
  const respelled = new Map<string, string>();
  let out = query;
  const lower = query.toLowerCase();
  for (const name of new Set(namesToLookFor(spokespeople).values())) {
    const [surname, given, ...more] = name.split(/\s+/);
    if (!given || more.length > 0 || given.length < MIN_GIVEN_LETTERS || !lower.includes(surname!.toLowerCase())) continue;
    const written = new RegExp(String.raw`(?<![\p{L}\p{N}])(${escapeRegExp(surname!)})\s+(\p{L}+)(?![\p{L}\p{N}])`, 'giu');
    // The given name's syllables written apart, as wire copy and pinyin typists often do ("Hua Chun Ying", "Wang Wen-bin").
    const apart = new RegExp(String.raw`(?<![\p{L}\p{N}])(${escapeRegExp(surname!)})\s+(\p{L}+)[\s-]+(\p{L}+)(?![\p{L}\p{N}])`, 'giu');
    out = out.replace(apart, (whole: string, typedSurname: string, first: string, second: string) => {
      if (`${first}${second}`.toLowerCase() !== given.toLowerCase()) return whole;
      respelled.set(name, whole);
      return `${typedSurname} ${given}`;
    });
    out = out.replace(written, (whole: string, typedSurname: string, typedGiven: string) => {
      if (typedGiven.toLowerCase() === given.toLowerCase() || editDistance(typedGiven.toLowerCase(), given.toLowerCase(), 1) === null || held(typedGiven)) return whole;
      respelled.set(name, whole);
      return `${typedSurname} ${given}`;
    });
    // The Western order, given name first ("Chunying Hua"), as some English outlets write it.
    const reversed = new RegExp(String.raw`(?<![\p{L}\p{N}])${escapeRegExp(given)}\s+${escapeRegExp(surname!)}(?![\p{L}\p{N}])`, 'giu');
    out = out.replace(reversed, (whole: string) => {
      respelled.set(name, whole);
      return name;
    });
  }
  return { query: out, respelled };
}


// An index's spokespeople are one array for its life: their patterns are compiled once, not per question.
const compiled = new WeakMap<readonly string[], NamePatterns[]>();

function patternsFor(spokespeople: readonly string[]): NamePatterns[] {
  let patterns = compiled.get(spokespeople);
  if (!patterns) {
    const surnames = uniqueSurnames(spokespeople);
    patterns = [...namesToLookFor(spokespeople, true), ...surnames].map(([written, name]) => {
      const surname = surnames.has(written);
      const words = escapeRegExp(written).replace(/\s+/g, String.raw`\s+`);
      const form = `(?<name>${words})`;
      const chinese = /\p{Script=Han}/u.test(written);
      const anywhere = chinese ? new RegExp(escapeRegExp(written), 'u') : new RegExp(String.raw`(?<![\p{L}\p{N}])${words}(?![\p{L}\p{N}])`, 'iu');
      const hint = (chinese ? written : written.split(/\s+/).at(-1)!).toLowerCase();
      // Made on the first question that names them: a one-shot `ask` would otherwise build every name's.
      let asking: NamePatterns['asking'] | undefined;
      return {
        name, anywhere, hint, ...(surname ? { surname: true as const } : {}),
        get asking() {
          return (asking ??= askingForms(form, chinese, surname));
        },
      };
    });
    compiled.set(spokespeople, patterns);
  }
  return patterns;
}

/** The forms that ask who spoke (`NamePatterns.asking`) for one name; `form` its pattern, with its `name` group. */
function askingForms(form: string, chinese: boolean, surname: boolean): NamePatterns['asking'] {
  const asking: NamePatterns['asking'] = [
    { pattern: new RegExp(String.raw`^\s*(?:(?:what|how)\s+)?(?:did|does|do|has|have|had)\s+(?:${ROLE})?${form}\s+${ASKED_VERB}`, 'iud') },
    { pattern: new RegExp(String.raw`^\s*(?:${ROLE})?${form}${YEAR_BETWEEN}(?<with>${HEADING})`, 'iud') },
  ];
  if (chinese) {
    asking.push(
      { pattern: new RegExp(`(?:${ZH_ROLE})?${form}(?<with>(?:\\s*在)?(?:\\s*(?<year>(?:19|20)\\d\\d))?\\s*${ZH_SPEAKING})`, 'ud') },
      { pattern: new RegExp(`^\\s*(?:${ZH_ROLE})?${form}(?<with>${BESIDE})`, 'ud'), beside: 'leading' },
      { pattern: new RegExp(`(?<with>${BESIDE})${form}\\s*[?？。!！]*\\s*$`, 'ud'), beside: 'ending' },
    );
  } else if (!surname) {
    // A surname alone is read only in the forms above, which ask who spoke.
    asking.push(
      { pattern: new RegExp(String.raw`^\s*(?:${ROLE})?${form}(?<with>${BESIDE})`, 'iud'), beside: 'leading' },
      { pattern: new RegExp(String.raw`(?<with>(?:${BESIDE})(?:(?:by|from|according\s+to)\s+)?(?:${ROLE})?)${form}\s*[?.!]*\s*$`, 'iud'), beside: 'ending' },
    );
  }
  return asking;
}

/**
 * Each surname that begins exactly one spokesperson's full name in the index → that name ("Hua" →
 * Hua Chunying); a surname two share is no one's.
 */
function uniqueSurnames(spokespeople: readonly string[]): Map<string, string> {
  const bySurname = new Map<string, string[]>();
  for (const name of namesToLookFor(spokespeople).values()) {
    const surname = name.split(/\s+/)[0]!;
    if (/\p{Script=Han}/u.test(surname)) continue;
    bySurname.set(surname, [...new Set([...(bySurname.get(surname) ?? []), name])]);
  }
  return new Map([...bySurname].filter(([, names]) => names.length === 1).map(([surname, [name]]) => [surname, name!]));
}

/** Whether a spokesperson's name in the index is a person's: not "Unknown spokesperson", "Foreign Ministry Spokesperson", "Ministry Spokesperson's Office". */
export function namesAPerson(name: string): boolean {
  return name.split(/\s+/).length >= 2 && !/spokes|office|unknown/i.test(name);
}

/**
 * Each written form to look for → the index's name: the full names and their Chinese forms; with
 * `reviewed`, also those of the Ministry's spokespeople the index holds no answer of (`MINISTRY_SPOKESPEOPLE`).
 */
function namesToLookFor(spokespeople: readonly string[], reviewed = false): Map<string, string> {
  const forms = new Map<string, string>();
  for (const name of spokespeople) {
    if (namesAPerson(name)) forms.set(name, name);
  }
  for (const [chinese, english] of SPOKESPEOPLE_ZH) if (spokespeople.includes(english)) forms.set(chinese, english);
  if (reviewed) {
    for (const { en, zh } of MINISTRY_SPOKESPEOPLE) {
      if (!forms.has(en)) forms.set(en, en);
      if (!forms.has(zh)) forms.set(zh, en);
    }
  }
  return forms;
}
