import { editDistance } from '../util/edit-distance.js';
import { escapeRegExp } from '../util/regexp.js';
import { ministryOfficial, MINISTRY_OFFICIALS, MINISTRY_SPOKESPEOPLE, ministrySpokesperson, SPOKESPEOPLE_ZH } from '../transcripts/zh/names.js';
import { CHINESE_ASKING } from './chinese-question.js';
import { MENTIONING_WORDS_ZH, SPEAKING_OF } from './framing.js';
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
 *   Geng Shuang think of …", "Did spokesperson Liu Weimin ever mention …" (the words of mentioning,
 *   which are no stop words, are taken out with the name);
 * - leading the question as a heading: "Lu Kang on the trade war", "Hua Chunying's comments on
 *   Pompeo", "Geng Shuang: Huawei", "Hua Chunying said about Taiwan", "Geng Shuang in 2018 on
 *   Kashmir" (the year is the talk's: read as "Kashmir in 2018");
 * - a Chinese name before a word of speaking or asking: "华春莹谈台湾", "耿爽对华为的评论", "华春莹：日本",
 *   "华春莹如何评论香港", "华春莹在2019年就华为说了什么", "华春莹是否评论过西藏";
 * - after "by", "from" or "according to": "Australia by Zhao Lijian";
 * - standing `beside` the topic, leading or ending the question with no word of speaking: "Zhao
 *   Lijian Australia", "Zhao Lijian, Australia", "Hong Kong Geng Shuang", "华春莹 华为". A reporter
 *   asks that way for the spokesperson's answers, but the name may also be what is asked about: the
 *   answer says how to ask for the exchanges that mention it (the name in quotes).
 * The name may follow its role, an office its holder held beside it, or how one addresses them
 * ("Foreign Ministry spokeswoman Hua Chunying", "Director-General Hua Chunying", "Madam Hua Chunying",
 * "Mr. Zhao"): taken out with it (`ROLE`). Any other office ("Ambassador Hua", "Minister Wang")
 * names someone else, and the name is words.
 * A surname alone is read only where it stands in a form that asks who spoke ("Hua on Huawei", "Ms
 * Hua on Huawei", "What did Geng say about Huawei?") and begins exactly one full name of the persons
 * the index holds answers of; never beside a topic or alone ("Mao" or "Lu" is as likely someone
 * else: Mao Zedong, Lu Shaye), never after the other sex's honorific ("Mr Mao"), and the answer says
 * which name it was read as. In those forms it is read in lower case too ("hua on huawei", "what did
 * zhao say about australia"): searched as a word, "zhao" found Zhao Kezhi's visit to India. A surname two share ("Wang": Wang Wenbin, and Wang Yi where the index
 * holds answers of his) is no one's: searched as written, as any word, and nothing is said of it.
 * Two names joined ("Hua Chunying and Geng Shuang on Huawei", "Geng Shuang or Hua Chunying on
 * Xinjiang", "华春莹和耿爽谈华为") are read as the first would be alone, either of them speaking
 * (`also`); so are they alone ("What did Reuters ask Hua Chunying and Zhao Lijian?"), which the engine reads as
 * one name alone is; two names apart are searched as written. A misspelt name ("Zhao Lijan") is read as the
 * name (`respelledNames`). A spokesperson of the reviewed list the index holds no answer of ("Liu
 * Weimin on Syria", "Liu Weimin and Hua Chunying on Iran") is read as any other: the engine says
 * the index holds none of theirs, and searches the others'.
 * An official who is no spokesperson (`MINISTRY_OFFICIALS`: Wang Yi) is never read as who spoke,
 * whether the index holds answers of his or not: joined to a spokesperson ("Wang Yi and Hua Chunying
 * on the US", "王毅和华春莹谈美国"), the spokesperson is read as alone and the official's name is a
 * topic word (`official`).
 *
 * A name with nothing else asked ("What did Zhao Lijian say?", "Geng Shuang" once "July 2019" is
 * read as dates) is said to stand `alone`: the engine reads it as the speaker only beside dates
 * (every answer of theirs then), and as the topic otherwise.
 */
/** How one addresses a spokesperson before the name: "Ms Hua", "Mr. Zhao", "Madam Hua Chunying". */
const HONORIFIC_WORDS = 'mr|mrs|ms|miss|madam|madame|mme';
const HONORIFIC = String.raw`(?:${HONORIFIC_WORDS})\.?`;
/** The honorific ending a role (`ROLE`), in its group. */
const HONORIFIC_ENDING = new RegExp(String.raw`\b(${HONORIFIC_WORDS})\.?\s*$`, 'i');
/**
 * What may stand before a spokesperson's name and goes with it: the role ("the Foreign Ministry
 * spokeswoman"), the office Hua Chunying and Lu Kang held beside it (Director-General of the
 * Information Department), and an honorific after either or alone ("spokeswoman Ms Hua", "Mr. Zhao").
 */
const ROLE = String.raw`(?<role>(?:(?:the\s+)?(?:chinese\s+)?(?:(?:foreign\s+ministry|mfa|fm)\s+)?(?:spokes(?:person|woman|man)|(?:information\s+department\s+)?director[-\s]general)\s+(?:${HONORIFIC}\s+)?|${HONORIFIC}\s+))`;
/** A role, office or honorific with nothing else: "spokeswoman Hua Chunying" names her alone. */
const ONLY_ROLE = new RegExp(String.raw`^\s*${ROLE}$`, 'iu');
/** The same leading a name, to take it off. */
const ROLE_BEFORE = new RegExp(String.raw`^${ROLE}`, 'iu');
/** The same before a name joined to another ("Ms. Hua Chunying and Mr. Zhao Lijian"), to read the joining word alone. */
const ROLE_BEFORE_JOINED = new RegExp(String.raw`${ROLE}$`, 'iu');
/**
 * After "Did/What did NAME": a word of speaking, which the stop words of terms.ts leave out of the
 * words searched, or one of mentioning or announcing (`verb`: "ever mention", "talk about", "announce": "Did Geng
 * Shuang announce Kim Jong Un's visit?" had searched his name as words, hunt-L #8), which is no stop
 * word, taken out with the name, as is the adverb before either (`with`: "ever", "once").
 */
const ASKED_VERB = String.raw`(?<with>(?:ever|previously|once|recently|just)\s+)?(?:(?:say|said|comment(?:ed)?|respond(?:ed)?|reply|replied|answer(?:ed)?|state[d]?|tell|told|speak|spoke|think|thought|mean|meant)\b|(?<verb>${SPEAKING_OF}|announce[ds]?)\b)`;
const ABOUT = String.raw`(?:on|about|regarding|to)\b`;
const HEADING = String.raw`(?:'s|’s)?(?:\s*[:：]|\s+(?:on|about|regarding)\b|\s+(?:comments?|remarks?|position|views?|statements?|words|answers?|response)\s+${ABOUT}|\s+(?:comments?|remarks?)\b(?:\s+${ABOUT})?|\s+(?:says?|said|commented|remarked|spoke|speaks|stated?|states|responds?|responded|replie[sd]|answer(?:s|ed)?)\s+${ABOUT})`;
/** A year between the name and the heading ("Geng Shuang in 2018 on Kashmir"): the time of the talk. */
const YEAR_BETWEEN = String.raw`(?:\s+(?:in|during)\s+(?<year>(?:19|20)\d\d))?`;
// The longer forms of asking first: "华春莹说了什么关于香港" leaves "关于香港", not "了什么关于香港".
// 是 before the asking ("华春莹是怎么评价蓬佩奥的"), 了 or 过 after a word of saying ("华春莹说了…"): read with it, or they were searched as the topic's first character.
const ZH_SPEAKING = `(?:是?(?:${CHINESE_ASKING})|${MENTIONING_WORDS_ZH}|(?:说|表示|回应|谈|答|指出)[了过]?|称|就|对|关于|[:：])`;
const ZH_ROLE = '(?<role>(?:(?:中国)?外交部)?发言人)';
/** A title or honorific after a Chinese name ("华春莹司长 新疆"): read with the name, never searched; the title's words found a question on her promotion. */
const ZH_TITLE_AFTER = '(?:\\s*(?:副司长|司长|部长助理|大使|女士|先生))?';
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
  /**
   * `alone` after a role, office or honorific: the question without them, the name kept, which is
   * searched where the name is the topic ("Director-General Hua Chunying" → "Hua Chunying": the
   * title's words would find other directors-general).
   */
  untitled?: string;
  /** An official who is no spokesperson joined to the one read ("Wang Yi and Hua Chunying on the US"): kept in `query` as words. */
  official?: NameWritten;
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
  /** The same with a role, office or honorific before it (`ROLE`): "spokeswoman Hua Chunying". */
  titled: RegExp;
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
  const withOfficial = mentioned.length > 0 ? officialJoinedIntent(query, masked, mentioned, spokespeople) : null;
  if (withOfficial) return withOfficial;
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
    // A surname is read after no honorific of the other sex ("Mr Mao"). In lower case too, as reporters
    // type fast ("what did zhao say about australia", "hua on huawei"): these forms ask who spoke in either case.
    if (p.surname && !addressedAs(m.groups!.role, p.name)) continue;
    const by = m.groups!.with ?? '';
    // "by", "according to": who spoke, as plainly as a word of speaking says it.
    const byWord = /\b(?:by|from|according\s+to)\b/i.test(by);
    // The name, its role ("spokesperson") and what goes with it, wherever they stand.
    const spans = [at.role, at.name, at.with, at.verb].filter((span) => span !== undefined);
    const start = Math.min(...spans.map(([from]) => from));
    const end = Math.max(...spans.map(([, to]) => to));
    if (beside === 'leading' && !subjectOfTopic(masked.slice(end))) continue;
    // "spokeswoman Hua Chunying": a role before the name is no topic beside it.
    if (beside === 'ending' && !byWord && (!objectOfNothing(masked.slice(0, start)) || ONLY_ROLE.test(`${masked.slice(0, start)} `))) continue;
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
 * them speaking, `alone` where nothing else is asked (the engine reads them so only beside dates, an
 * outlet or the latest); of surnames (`from`), only in a form that asks who spoke. Null for names standing apart.
 */
function jointIntent(query: string, masked: string, mentioned: readonly NamePatterns[], from?: 'surname'): SpeakerIntent | null {
  const found = mentioned.map((p) => ({ p, m: p.anywhere.exec(masked)! })).sort((a, b) => a.m.index - b.m.index);
  const names = found.filter(({ p }, i) => found.findIndex((f) => f.p.name === p.name) === i);
  if (names.length < 2 || names.length > MOST_JOINED) return null;
  for (let i = 1; i < names.length; i++) {
    const previousEnd = names[i - 1]!.m.index + names[i - 1]!.m[0].length;
    // Each may have its role or honorific ("Ms. Hua Chunying and Mr. Zhao Lijian"; hunt-M #5).
    if (names[i]!.m.index < previousEnd || !JOINED.test(masked.slice(previousEnd, names[i]!.m.index).replace(ROLE_BEFORE_JOINED, ''))) return null;
  }
  const first = names[0]!;
  const last = names.at(-1)!;
  const firstEnd = first.m.index + first.m[0].length;
  // Cut at the same offsets in the query and its masked copy; the comparing words lead both alike.
  const cut = (text: string): string => (text.slice(0, firstEnd) + text.slice(last.m.index + last.m[0].length)).replace(COMPARING, '');
  const named = { name: first.p.name, written: first.m[0].replace(/\s+/g, ' '), ...(from ? { from } : {}) };
  // A surname is read only in a form that asks who spoke, never alone.
  const read = askedIntent(cut(query), cut(masked), first.p, named) ?? (from ? { query, spokesperson: null } : nameAloneIntent(cut(query), first.p, named));
  return read.spokesperson ? { ...read, also: names.slice(1).map(({ p }) => p.name) } : null;
}

/** The officials' names, each form: the question that names none skips them. */
const OFFICIALS = MINISTRY_OFFICIALS.flatMap(({ en, zh }) => [
  { name: en, hint: en.split(/\s+/).at(-1)!.toLowerCase(), anywhere: new RegExp(String.raw`(?<![\p{L}\p{N}])${escapeRegExp(en).replace(/\s+/g, String.raw`\s+`)}(?![\p{L}\p{N}])`, 'iu') },
  { name: en, hint: zh, anywhere: new RegExp(escapeRegExp(zh), 'u') },
]);

/**
 * An official who is no spokesperson joined to a spokesperson's name ("Wang Yi and Hua Chunying on
 * the US", "Hua Chunying and Wang Yi on …", "王毅和华春莹谈美国"): the question read without the
 * official, then the official's name put back among the words searched; null when no official is so
 * joined, or the spokesperson is then not read as who spoke, or alone.
 */
function officialJoinedIntent(query: string, masked: string, mentioned: readonly NamePatterns[], spokespeople: readonly string[]): SpeakerIntent | null {
  const lower = masked.toLowerCase();
  for (const official of OFFICIALS) {
    const o = lower.includes(official.hint) ? official.anywhere.exec(masked) : null;
    if (!o) continue;
    const [oStart, oEnd] = [o.index, o.index + o[0].length];
    for (const p of mentioned) {
      const n = p.anywhere.exec(masked)!;
      const [nStart, nEnd] = [n.index, n.index + n[0].length];
      // The official and the joining word taken out: "Wang Yi and " before the name, " and Wang Yi" after it.
      const cut = oEnd <= nStart && JOINED.test(masked.slice(oEnd, nStart)) ? [oStart, nStart] : nEnd <= oStart && JOINED.test(masked.slice(nEnd, oStart)) ? [nEnd, oEnd] : null;
      if (!cut) continue;
      const read = speakerIntent(query.slice(0, cut[0]) + query.slice(cut[1]), spokespeople);
      if (!read.spokesperson || read.alone) return null;
      const written = query.slice(oStart, oEnd);
      return { ...read, query: `${written} ${read.query}`.trim(), official: { name: official.name, written } };
    }
  }
  return null;
}

/** The name and only framing ("spokesperson Zhao Lijian", "赵立坚"): alone, whatever the form; else the name is words. */
function nameAloneIntent(query: string, p: NamePatterns, named: NameWritten): SpeakerIntent {
  const rest = query.replace(p.titled, ' ');
  if (termsOf(rest).length > 0) return { query, spokesperson: null, named };
  const untitled = query.replace(p.titled, (titled) => titled.replace(ROLE_BEFORE, ''));
  return { ...readAs(rest, named), ...(untitled !== query ? { untitled: untitled.replace(/\s+/g, ' ').trim() } : {}) };
}

/** A surname in a form that asks who spoke ("Hua on Huawei"); the question as given otherwise. */
function surnameIntent(query: string, masked: string, patterns: readonly NamePatterns[]): SpeakerIntent {
  // Two joined ("What did Hua and Zhao say in March 2020?"), in a form that asks who spoke, as full names joined are (hunt-M #5).
  const found = patterns.filter((p) => p.surname && p.anywhere.test(masked));
  const joint = new Set(found.map((p) => p.name)).size > 1 ? jointIntent(query, masked, found, 'surname') : null;
  if (joint) return joint;
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

/**
 * Whether the honorific in a name's role, if any, is the one its holder is addressed with ("Ms Hua",
 * not "Mr Hua"; `MinistrySpokesperson.addressed`); true without one, or for a name outside the reviewed list.
 */
function addressedAs(role: string | undefined, name: string): boolean {
  const honorific = role && HONORIFIC_ENDING.exec(role)?.[1]?.toLowerCase();
  const addressed = ministrySpokesperson(name)?.addressed;
  return !honorific || !addressed || (honorific === 'mr') === (addressed === 'Mr');
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
      const hint = (chinese ? written : written.split(/\s+/).at(-1)!).toLowerCase();
      // Made on the first question whose text holds the name's hint: a one-shot `ask` would otherwise
      // build every name's (about 20 ms of a process's start).
      let anywhere: RegExp | undefined;
      let titled: RegExp | undefined;
      let asking: NamePatterns['asking'] | undefined;
      return {
        name, hint, ...(surname ? { surname: true as const } : {}),
        get anywhere() {
          return (anywhere ??= chinese ? new RegExp(escapeRegExp(written), 'u') : new RegExp(String.raw`(?<![\p{L}\p{N}])${words}(?![\p{L}\p{N}])`, 'iu'));
        },
        get titled() {
          return (titled ??= chinese ? this.anywhere : new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${ROLE})?${words}(?![\p{L}\p{N}])`, 'iu'));
        },
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
    { pattern: new RegExp(String.raw`^\s*(?:(?:what|how|when)\s+)?(?:did|does|do|has|have|had)\s+(?:${ROLE})?${form}\s+${ASKED_VERB}`, 'iud') },
    { pattern: new RegExp(String.raw`^\s*(?:${ROLE})?${form}${YEAR_BETWEEN}(?<with>${HEADING})`, 'iud') },
  ];
  if (chinese) {
    asking.push(
      { pattern: new RegExp(`(?:${ZH_ROLE})?${form}${ZH_TITLE_AFTER}(?<with>(?:\\s*在)?(?:\\s*(?<year>(?:19|20)\\d\\d))?\\s*${ZH_SPEAKING})`, 'ud') },
      { pattern: new RegExp(`^\\s*(?:${ZH_ROLE})?${form}${ZH_TITLE_AFTER}(?<with>${BESIDE})`, 'ud'), beside: 'leading' },
      { pattern: new RegExp(`(?<with>${BESIDE})${form}\\s*[?？。!！]*\\s*$`, 'ud'), beside: 'ending' },
    );
  } else if (!surname) {
    // A surname alone is read only in the forms above, which ask who spoke.
    asking.push(
      { pattern: new RegExp(String.raw`^\s*(?:${ROLE})?${form}(?<with>${BESIDE})`, 'iud'), beside: 'leading' },
      { pattern: new RegExp(String.raw`(?<with>(?:${BESIDE})(?:(?:by|from|according\s+to)\s+)?(?:${ROLE})?)${form}\s*[?.!]*\s*$`, 'iud'), beside: 'ending' },
    );
  }
  // A wire story's attribution ending it: "…, foreign ministry spokesman Zhao Lijian told reporters on Tuesday.", and
  // after a quote whose comma is inside it ("\"…,\" spokeswoman Hua Chunying said."); the quote opened by one:
  // "Hua Chunying said \"…\"". The full name had been searched as words beside the quote, and nothing found (hunt-N #1).
  if (!chinese) {
    asking.push(
      { pattern: new RegExp(String.raw`(?<with>(?:\s*,|(?<=${QUOTE_MASKED}))\s*(?:${ROLE})?)${form}\s+${ATTRIBUTION}\s*[?.!]*\s*$`, 'iud') },
      { pattern: new RegExp(String.raw`^\s*(?:${ROLE})?${form}\s+${ATTRIBUTION}(?<with>\s*[:,]?\s*)(?=${QUOTE_MASKED})`, 'iud') },
    );
  }
  return asking;
}

/** A quoted phrase as `quotedMasked` leaves it, its marks too. */
const QUOTE_MASKED = '\\u0001';

/** The words of a wire story's attribution after the name ("told reporters on Tuesday", "said", "told a regular press briefing"). */
const ATTRIBUTION = String.raw`(?<verb>(?:said|says|told\s+(?:reporters|journalists|the\s+press|a\s+(?:regular\s+|daily\s+)?(?:press|news)\s+(?:conference|briefing))|added|stressed)(?:\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today))?)`;

/**
 * Each surname that begins exactly one full name of the persons the index holds answers of → that
 * name ("Hua" → Hua Chunying); a surname two share is no one's, nor is an official's (`MINISTRY_OFFICIALS`:
 * "Wang" of an index that holds answers of Wang Yi and Wang Wenbin, or of Wang Yi alone).
 */
function uniqueSurnames(spokespeople: readonly string[]): Map<string, string> {
  const bySurname = new Map<string, string[]>();
  for (const name of spokespeople.filter(namesAPerson)) {
    const surname = name.split(/\s+/)[0]!;
    if (/\p{Script=Han}/u.test(surname)) continue;
    bySurname.set(surname, [...new Set([...(bySurname.get(surname) ?? []), name])]);
  }
  return new Map([...bySurname].filter(([, names]) => names.length === 1 && !ministryOfficial(names[0]!)).map(([surname, [name]]) => [surname, name!]));
}

/**
 * Whether every term (`termsOf`) is of a spokesperson's name (the index's, the reviewed list's):
 * "Hua Chunying and Geng Shuang on", what is left of a question once its topic is taken out, asks about no topic.
 */
export function namesOnly(terms: readonly string[], spokespeople: readonly string[]): boolean {
  if (terms.length === 0) return false;
  const ofNames = new Set(termsOf([...namesToLookFor(spokespeople, true).keys()].join(' ')));
  return terms.every((t) => ofNames.has(t));
}

/** Whether a spokesperson's name in the index is a person's: not "Unknown spokesperson", "Foreign Ministry Spokesperson", "Ministry Spokesperson's Office". */
export function namesAPerson(name: string): boolean {
  return name.split(/\s+/).length >= 2 && !/spokes|office|unknown/i.test(name);
}

/**
 * Each written form to look for → the index's name: the full names and their Chinese forms, but an
 * official's (`MINISTRY_OFFICIALS`), who is never read as who spoke; with `reviewed`, also those of
 * the Ministry's spokespeople the index holds no answer of (`MINISTRY_SPOKESPEOPLE`).
 */
export function namesToLookFor(spokespeople: readonly string[], reviewed = false): Map<string, string> {
  const forms = new Map<string, string>();
  for (const name of spokespeople) {
    if (namesAPerson(name) && !ministryOfficial(name)) forms.set(name, name);
  }
  for (const [chinese, english] of SPOKESPEOPLE_ZH) if (spokespeople.includes(english) && !ministryOfficial(english)) forms.set(chinese, english);
  if (reviewed) {
    for (const { en, zh } of MINISTRY_SPOKESPEOPLE) {
      if (!forms.has(en)) forms.set(en, en);
      if (!forms.has(zh)) forms.set(zh, en);
    }
  }
  return forms;
}
