import { escapeRegExp } from '../util/regexp.js';
import { PHRASE_ALIASES } from './aliases.js';
import { hasCjk } from './cjk.js';
import { DESCRIBED_NAMES } from './described-names.js';
import { joinsOneName } from './joined-names.js';
import { namedDatesIntent, tidySpaces } from './month.js';
import { quotedMasked, withoutPhraseMarks } from './query.js';
import { relativeDatesIntent } from './relative-dates.js';
import { namesToLookFor, respelledNames, speakerIntent } from './speaker.js';
import { termsOf } from './terms.js';

/**
 * What a question asks to leave out: "Hong Kong but not the protests", "Xinjiang without the BBC",
 * "Hong Kong -protests", "Hong Kong NOT protests", "Hong Kong excluding the protests". Searched as
 * words, "not" and "without" were function words and the rest a topic word: the answer held exactly
 * what was to be left out (111 exchanges on the Hong Kong protests, the BBC's Xinjiang report first).
 * Read here, before anything else of the question, the exchanges whose question or answer holds
 * what is left out are not searched (`SearchEngine`), and the answer says so.
 *
 * "not" inside a topic stays a word: "no first use", "will not", "non-interference", "not to use
 * force against Taiwan", a quoted phrase. Only "but not X" or "and not X" ending the question is read,
 * "NOT X" in capitals (not after a verb it stresses: "China did NOT condemn"), "-X" before a word,
 * "excluding X", "except (for) X", "not including X", and "without X" where X is a name ("without
 * the BBC", "without Hua Chunying"), a quoted phrase or its mention ("without mentioning X"): "talks without
 * preconditions", "a world without US hegemony", "a Middle East without WMD" are topics. A question
 * asking why, whether or how one sees it ("How does China see Asia without NATO?") ("Why does China support Russia but not Ukraine?", "Why did China NOT
 * condemn Russia?") contrasts with "and not", "but not", "NOT" and "without" (but for "without
 * mentioning"): it asks about both. Someone else's chat message is words (`messageQuery`): a bullet
 * or a wire credit ("-Reuters") is no minus. A minus before a spokesperson's full name ("Huawei -Hua
 * Chunying") takes the whole name, which ends where a name the engine knows ends (`spokespeople`):
 * read a word at a time, "Hua" was left out and "Chunying" searched as wanted. So does her name
 * misspelt as a question's name is read ("-Hua Chunyin", `respelledNames`), and the answer says so. Another run of
 * two or three capitalised words ending the question or before a word in lower case is taken whole where it is a
 * name: a listed one, or one the index holds side by side ("-Wang Yi") or not at all ("-John Smith": `nameAfterMinus`);
 * words it holds only apart are not: "Huawei -Trump Xinjiang" leaves out Trump and searches Huawei and Xinjiang.
 *
 * A date left out ("Huawei but not 2019", "Taiwan except this year") is those dates' briefings left
 * out: read as words, "2019" left out only the 3 exchanges that say it, and every 2019 exchange on
 * Huawei stayed.
 */
export interface Exclusion {
  /** The question without what it leaves out. */
  query: string;
  /** Each thing left out, as typed, without its article ("protests", "BBC", a quoted phrase with its marks); none when only dates are. */
  excluded: string[];
  /** The dates left out ("2019", "this year"), as the answer says them ("2026 (this year)"), with their first and last day. */
  dates: DatesLeftOut[];
  /** The words taken out, as typed ("but not the protests", "-protests"): written after a topic, they are read again as the same exclusion. */
  typed: string;
  /** The spokespeople left out ("Huawei but not Hua Chunying"), in the index's form: their answers are not searched (`speakersLeftOut`). */
  speakers?: readonly string[];
  /** Spokespeople's names misspelt after a minus ("-Hua Chunyin"), as typed, each with the name it was read as (`respelledNames`). */
  respelled?: readonly { typed: string; name: string }[];
}

export interface DatesLeftOut {
  words: string;
  from: string;
  to: string;
}

/** Words after "not" that make it no exclusion: "but not to use force", "and not only trade", "but not yet". */
const NOT_AN_OBJECT = /^(?:to|only|just|yet|even|always|ever|necessarily|so|too|very|much|least|be|been|being|that|because|if|when|as|all|enough|at|in|for|by|with|from|until|since|before|after|anymore|any\s+more|really|quite|exactly)\b/i;
/** The end of a question: what it leaves out after the topic, to its end. Groups: the word that leaves out, what follows it. */
const TAIL = /(?:\s*,)?\s+(?<op>(?:but|and)\s+not|excluding|except(?:\s+for)?|not\s+including|without)\s+(?<x>[^?!]+?)\s*[?.!]*\s*$/diu;
/** "NOT" in capitals before what it leaves out, to the question's end. */
const NOT_CAPITALS = /\s+NOT\s+(?<x>[^?!]+?)\s*[?.!]*\s*$/du;
/**
 * "not" in lower case before a name or a figure, to the end of a question of keywords ("Huawei not Meng Wanzhou",
 * "Huawei not 5G", "Ukraine not NATO"): searched, "not" was dropped as a common word and the answers were the name's. Not in a sentence
 * (`SENTENCE_WORD`: "China is not happy with Australia"), nor before a word in lower case ("China not happy").
 */
const NOT_BEFORE_NAME = /\s+not\s+(?<x>[\p{Lu}\p{N}][^?!]*?)\s*[?.!]*\s*$/du;
/** A word that makes a question a sentence, in which "not" says something is not so. */
const SENTENCE_WORD = /\b(?:do|does|did|is|are|am|was|were|be|been|has|have|had|will|would|can|could|shall|should|may|might|must|what|why|how|who|when|where|which|whether|if|say|says|said|n't)\b|n't\b/i;
/**
 * A word before "NOT" that makes it the emphasis of a verb, not a thing left out: "China did NOT
 * condemn the invasion", "it is NOT", "We will NOT accept".
 */
const AUXILIARY_BEFORE = /\b(?:do|does|did|is|are|am|was|were|be|been|has|have|had|will|would|can|could|shall|should|may|might|must)\s*$/i;
/**
 * Before "without", an article and a noun that it qualifies: "a world without US hegemony", "a
 * Middle East without WMD" is the topic, not a topic with something left out.
 */
const QUALIFIED_NOUN = /\b(?:a|an|the)\s+\p{L}+(?:\s+\p{L}+)?\s*,?\s*$/iu;
/** A question asking why or whether: "and not X" and "without X" in it contrast ("Why does China support Russia and not Ukraine?"). */
const ASKS_WHY_OR_WHETHER = /^\s*(?:why|did|does|do|is|was|are|were|has|have|had|will|would|can|could|should|how\s+come|how\s+(?:does|do|would|will|can|could)|what\s+(?:would|if))\b/i;
/** A minus before a word or a quoted phrase (masked), where a word could begin: "-protests". */
const MINUS = /(?<=^|\s)-(?<x>\p{L}[\p{L}\p{N}'’]*|\u0001+)/gu;
/** Words that are a name and nothing else: each capitalised, or a word that joins a name's ("Hua Chunying", "NATO", "Bank of China"). */
const NAME_ONLY = /^\p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}'’.&-]*|of|and|for|the|de))*$/u;
/** After "without", what makes the rest its mention: "without mentioning", "without any mention of", "without reference to". */
const MENTION = /^(?:(?:any\s+)?mention(?:ing|s)?(?:\s+of)?|(?:any\s+)?reference(?:s)?\s+to|talking\s+about)\s+/i;
/** Words that lead a thing left out without being part of it: "the protests", "about the BBC", the minus of "but not -protests". */
const LEAD = /^(?:(?:the|a|an|any|about|on|regarding|mentions?\s+of|anything\s+(?:about|on))\s+|-(?=[\p{L}"“「『]))+/iu;
/** Before a date left out, words that only lead it: "but not in 2019", "except during last year". */
const DATE_LEAD = /^(?:in|during|from)\s+/i;
/** A date or time that ends what is left out belongs to the question: "but not the protests in 2019" asks about 2019. */
const TIME_TAIL = /\s+(?:(?:in|during|since|before|after|until|till|from|between|through|throughout|over)\s+(?:the\s+)?(?:\S+\s+){0,3}?(?:(?:19|20)\d\d|(?:last|this|past)\s+\w+)|(?:last|this)\s+(?:year|month|week)|yesterday|today)\b[^]*$/i;

/**
 * In Chinese: "不包括X" (不包含, 不含, 排除, 除去) ending the question, after a comma or "但" ("香港问题，但不包括修例风波"),
 * never inside the question's words: "不排除使用武力" (a standing Taiwan phrase), "外交部谈排除干扰", "毫不含糊";
 * "不要X的回答" (答复, 发言) so ending it ("华为，不要华春莹的回答"), where "不要" alone is the Ministry's
 * word ("不要干涉内政"); "除了X以外" (之外) ending it ("华为，除了华春莹以外"), or opening it ("除了修例以外，香港的情况")
 * unless "还" or "也" follows, which make it "besides" ("除了华为以外，还有哪些企业", `ALSO`). Several things are
 * joined by 、和 及 或.
 */
const ZH_AFTER_TOPIC = '(?:[，,、；;\\s]+(?:但|而|并且|且)?|但|而|并且|且)\\s*';
const ZH_END = '[？?！!。\\s]*$';
/** The words for a spokesperson's answers after what is left out ("华春莹的回答"): she, or the topic, is what is left out. */
const ZH_ANSWERS = '的(?:回答|答复|发言)';
const ZH_TAIL = new RegExp(`${ZH_AFTER_TOPIC}(?:不包括|不包含|不含(?!糊)|(?<!不)排除|除去|除开|不要(?=[^？?！!。]+?${ZH_ANSWERS}${ZH_END}))(?<x>[^？?！!。]+?)${ZH_END}`, 'du');
// Two characters or more: 除此之外 ("besides this") leaves nothing out.
const ZH_EXCEPT_TAIL = new RegExp(`${ZH_AFTER_TOPIC}除了?(?<x>[^，,。？?！!]{2,}?)(?:以外|之外)(?:${ZH_ANSWERS})?${ZH_END}`, 'du');
const ZH_BESIDES = /^\s*除了?(?<x>[^，,。？?]+?)(?:以外|之外)(?:的)?[，,、\s]*/du;
/** In the clause after an opening "除了X以外", "还" or "也" (not 还是, 也门, 也许): "besides X" ("除了华为以外，美国还制裁了哪些企业"). */
const ALSO = /^[^，,。；;？?！!]*?(?:还(?!是)|也(?!门|许))/u;
/** Words that lead a thing left out in Chinese without being part of it: "有关", "关于", "的", "的回答" (`ZH_ANSWERS`). */
const ZH_LEAD = new RegExp(`^(?:有关|关于|涉及)|(?:${ZH_ANSWERS}|的)$`, 'gu');

function chineseExclusion(question: string): Exclusion | null {
  const tail = ZH_TAIL.exec(question) ?? ZH_EXCEPT_TAIL.exec(question);
  const opening = tail ? null : ZH_BESIDES.exec(question);
  const besides = opening && !ALSO.test(question.slice(opening.index + opening[0].length)) ? opening : null;
  const found = tail ?? besides;
  if (!found?.groups) return null;
  const items = found.groups.x!.split(/\s*(?:、|和|及|以及|或|或者|，|,)\s*/u).map((x) => x.replace(ZH_LEAD, '').trim()).filter((x) => hasCjk(x) || termsOf(x).length > 0);
  const query = (question.slice(0, found.index) + question.slice(found.index + found[0].length)).trim();
  if (items.length === 0 || termsOf(query).length === 0) return null;
  return { query, excluded: items, dates: [], typed: found[0].trim().replace(/^[，,、；;]\s*/u, '') };
}

/**
 * What a question leaves out, its dates relative to `now` ("but not this year"); null when it leaves
 * out nothing. `spokespeople` are the index's, whose full names a minus takes whole; `held`, whether
 * the index holds a word; `wordsHeld`, how it holds the words of a run of capitalised words (`nameAfterMinus`).
 */
export function exclusionIntent(
  question: string, now: Date = new Date(), spokespeople: readonly string[] = [], held: (word: string) => boolean = () => false,
  wordsHeld: (words: string) => WordsHeld = () => 'apart',
): Exclusion | null {
  // A Chinese question leaves out with its own words, or with a minus ("华为 -华春莹", "新疆 -人权"), as an English one does.
  const chinese = hasCjk(question);
  if (chinese) {
    const leftOut = chineseExclusion(question);
    if (leftOut) return leftOut;
  }
  const masked = quotedMasked(question);
  const spans: ({ at: number; end: number } & LeftOut)[] = [];
  const respelled: { typed: string; name: string }[] = [];
  for (const m of masked.matchAll(MINUS)) {
    const after = masked.slice(m.index + 1);
    const misspelt = fullNameAt(after, spokespeople) === null ? misspeltNameAt(after, spokespeople, held) : null;
    const end = m.index + 1 + (misspelt?.typed.length ?? fullNameAt(after, spokespeople) ?? nameAfterMinus(after, wordsHeld) ?? m[0].length - 1);
    if (misspelt) respelled.push({ typed: question.slice(m.index + 1, end), name: misspelt.name });
    // In Chinese, what leads or ends the thing is not part of it ("-华春莹的回答" leaves out her answers).
    const item = chinese ? question.slice(m.index + 1, end).replace(ZH_LEAD, '').trim() : question.slice(m.index + 1, end);
    spans.push({ at: m.index, end, items: [misspelt ? misspelt.name : item], dates: [] });
  }
  const tail = chinese ? null : TAIL.exec(masked) ?? (/\p{Ll}/u.test(masked) ? NOT_CAPITALS.exec(masked) : null) ?? (SENTENCE_WORD.test(masked) ? null : NOT_BEFORE_NAME.exec(masked));
  const op = (tail?.groups?.op ?? 'NOT').toLowerCase().replace(/\s+/g, ' ');
  const [xAt, xEnd] = tail?.indices?.groups?.x ?? [0, 0];
  const before = tail ? masked.slice(0, tail.index) : '';
  const mention = MENTION.test(masked.slice(xAt, xEnd));
  // "without mentioning X" leaves X out in any question.
  const contrasts = (op === 'and not' || op === 'but not' || op === 'not' || (op === 'without' && !mention)) && ASKS_WHY_OR_WHETHER.test(question);
  // "China did NOT condemn", "a world without US hegemony": emphasis and a noun qualified, no exclusion.
  const noExclusion = (op === 'not' && AUXILIARY_BEFORE.test(before)) || (op === 'without' && !mention && QUALIFIED_NOUN.test(before));
  if (tail?.groups && !contrasts && !noExclusion) {
    // A date ending it is the question's ("but not the protests in 2019"): left where it is.
    const time = TIME_TAIL.exec(masked.slice(xAt, xEnd));
    const end = time ? xAt + time.index : xEnd;
    const leftOut = excludedItems(op, question.slice(xAt, end), now);
    if (leftOut.items.length + leftOut.dates.length > 0) spans.push({ at: tail.index, end, ...leftOut });
  }
  if (spans.length === 0) return null;
  spans.sort((a, b) => a.at - b.at || b.end - a.end);
  let query = '';
  let from = 0;
  const kept: typeof spans = [];
  for (const span of spans) {
    // A minus inside what "but not" leaves out ("but not -protests") is read with it, once.
    if (span.at < from) continue;
    kept.push(span);
    query += question.slice(from, span.at);
    from = span.end;
  }
  query = tidySpaces(`${query} ${question.slice(from)}`).replace(/,\s*([?.!]|$)/, '$1');
  // Nothing left to search: what is left out is then the topic ("-protests" alone), searched as typed.
  if (termsOf(quotedMasked(query).replace(/\u0001/g, ' ')).length === 0 && !/["“”「」『』]/.test(query)) return null;
  const typed = kept.map((s) => question.slice(s.at, s.end).trim().replace(/^,\s*/, '')).join(' ');
  const read = respelled.filter((r) => kept.some((s) => s.items.includes(r.name)));
  return { query, excluded: kept.flatMap((s) => s.items), dates: kept.flatMap((s) => s.dates), typed, ...(read.length > 0 ? { respelled: read } : {}) };
}

/**
 * The exclusion with the spokespeople it names alone as things left out ("Huawei but not Hua
 * Chunying", "华为，但不包括华春莹") read as their answers left out (`speakers`), not as words: a
 * spokesperson's name is almost never in her own answers, which stayed, first among them.
 */
export function speakersLeftOut(exclusion: Exclusion | null, spokespeople: readonly string[]): Exclusion | null {
  if (!exclusion) return null;
  const speakers: string[] = [];
  const words: string[] = [];
  for (const item of exclusion.excluded) {
    // Quoted ('Huawei -"Hua Chunying"'), her name is still who is left out: it is almost never in her answers.
    const read = speakerIntent(withoutPhraseMarks(item), spokespeople);
    if (read.alone && read.spokesperson) speakers.push(read.spokesperson, ...(read.also ?? []));
    else words.push(item);
  }
  return speakers.length === 0 ? exclusion : { ...exclusion, excluded: words, speakers };
}

/** Two or three capitalised words after a minus ("-Wang Yi", "-Trump Xinjiang"), ending the question or before a word in lower case. */
const NAME_AFTER_MINUS = /^\p{Lu}[\p{Ll}'’]+(?:[-‐‑]\p{L}+)?(?:\s+\p{Lu}[\p{Ll}'’]+(?:[-‐‑]\p{L}+)?){1,2}(?=\s*$|\s+\p{Ll}|\s*[?.!,])/u;

/** How the index holds the words of a run: some record side by side ("Wang Yi"), only apart ("Trump" and "Xinjiang"), or no record all of them ("Kevin Rudd"). */
export type WordsHeld = 'together' | 'apart' | 'nowhere';

/**
 * The length of the name a minus stands before (`NAME_AFTER_MINUS`): its longest first words, two or
 * more, that are a listed name (`listedName`) or that the index holds side by side or nowhere at all
 * (`wordsHeld`); null when none is, and the minus takes the first word. Taken a word at a time,
 * "-Wang Yi" left out "Wang" and searched "Yi" ("none of them says “Taiwan Yi”"), and "-Kevin Rudd"
 * searched Rudd; taken whole, "Huawei -Trump Xinjiang" left out the exchanges saying “Trump Xinjiang”
 * (none) and searched no Xinjiang, which many exchanges hold apart from Trump.
 */
function nameAfterMinus(text: string, wordsHeld: (words: string) => WordsHeld): number | null {
  const run = NAME_AFTER_MINUS.exec(text)?.[0];
  if (!run) return null;
  const words = [...run.matchAll(/\S+/g)];
  for (let n = words.length; n >= 2; n--) {
    const last = words[n - 1]!;
    const name = run.slice(0, last.index + last[0].length);
    if (listedName(name) || wordsHeld(name) !== 'apart') return name.length;
  }
  return null;
}

let listedNames: Set<string> | undefined;
/** A name of several words `described-names.ts` or `aliases.ts` lists ("Mike Pompeo", "Hong Kong"), in any case and spacing. */
function listedName(name: string): boolean {
  listedNames ??= new Set([...DESCRIBED_NAMES.map(([listed]) => listed), ...PHRASE_ALIASES.flatMap((a) => [a.canonical, ...a.variants])].filter((listed) => /\s/.test(listed)).map(comparable));
  return listedNames.has(comparable(name));
}

function comparable(name: string): string {
  return name.toLowerCase().replace(/[-‐‑\s]+/g, ' ');
}

/**
 * The length of the spokesperson's name of several words that `text` begins with, the longest (in
 * any case: "hua chunying" too, as `speakerIntent` reads it), or null when it begins with none.
 */
function fullNameAt(text: string, spokespeople: readonly string[]): number | null {
  if (spokespeople.length === 0 || !/^\p{L}+\s+\p{L}/u.test(text)) return null;
  // The alternation is tried longest first: the first name it matches is the longest.
  return fullNamesPattern(spokespeople)?.exec(text)?.[0].length ?? null;
}

const fullNamesPatterns = new WeakMap<readonly string[], RegExp | null>();
/** One pattern over the spokespeople's names of several words (and the reviewed list's), longest first, built once per list. */
function fullNamesPattern(spokespeople: readonly string[]): RegExp | null {
  if (!fullNamesPatterns.has(spokespeople)) {
    const names = [...namesToLookFor(spokespeople, true).keys()].filter((name) => /\s/.test(name)).sort((a, b) => b.length - a.length);
    const forms = names.map((name) => escapeRegExp(name).replace(/\s+/g, String.raw`\s+`));
    fullNamesPatterns.set(spokespeople, forms.length === 0 ? null : new RegExp(String.raw`^(?:${forms.join('|')})(?![\p{L}\p{N}])`, 'iu'));
  }
  return fullNamesPatterns.get(spokespeople)!;
}

/**
 * The spokesperson's name misspelt that `text` begins with ("Hua Chunyin", "Hua Chun Ying"), as typed,
 * with the name it is read as (`respelledNames`, which the rest of the question is read with: a given
 * name the index holds, `held`, is someone else's); null when it begins with none. Read a word at a
 * time, "-Hua Chunyin" left out only "Hua", and "Chunyin", in no exchange, left the answer empty.
 */
function misspeltNameAt(text: string, spokespeople: readonly string[], held: (word: string) => boolean): { typed: string; name: string } | null {
  const start = /^\p{L}+(?:\s+\p{L}+){1,2}/u.exec(text);
  if (!start || spokespeople.length === 0) return null;
  for (const typed of [start[0], start[0].replace(/\s+\p{L}+$/u, '')]) {
    const { query, respelled } = respelledNames(typed, spokespeople, held);
    const [name, written] = [...respelled][0] ?? [];
    if (name && written === typed && query === name) return { typed, name };
  }
  return null;
}

/** What follows a word of leaving out: the things left out, as typed, and the dates. */
interface LeftOut {
  items: string[];
  dates: DatesLeftOut[];
}

/**
 * The things left out by what follows a word of leaving out (`op`), each as typed without its lead
 * words, and the dates; none when it is no exclusion: "not to use force", "without preconditions"
 * (no name). Several joined ("the BBC or CNN", "protests and riots") are each left out, unless
 * joined they are one name the search knows ("the Belt and Road").
 */
function excludedItems(op: string, typed: string, now: Date): LeftOut {
  const none: LeftOut = { items: [], dates: [] };
  let x = typed.trim();
  const dates = datesOf(x.replace(DATE_LEAD, ''), now);
  if (dates) return { items: [], dates: [dates] };
  if (op.endsWith('not') && NOT_AN_OBJECT.test(x)) return none;
  if (op === 'without') {
    const mention = MENTION.exec(x);
    if (mention) x = x.slice(mention[0].length);
    // A name ("without the BBC", "without Hua Chunying") or a quoted phrase: "without US hegemony", "without NATO expansion" are topics.
    else if (!/^(?:the\s+\p{Lu}|["“「『‘'])/u.test(x) && !NAME_ONLY.test(x)) return none;
  }
  const whole = stripLead(x);
  const parts = whole.split(/\s*(?:,|\s&\s|\b(?:and|or|nor)\b)\s*/i).map(stripLead).filter((p) => termsOf(p).length > 0);
  if (parts.length === 0) return none;
  // "the Belt and Road" is one name (its terms are not those of its parts): one thing left out.
  if (parts.length === 1 || /["“”「」『』]/.test(whole) || joinsOneName(whole, parts)) return { items: [whole], dates: [] };
  const leftOut: LeftOut = { items: [], dates: [] };
  for (const part of parts) {
    const partDates = datesOf(part.replace(DATE_LEAD, ''), now);
    if (partDates) leftOut.dates.push(partDates);
    else leftOut.items.push(part);
  }
  return leftOut;
}

/** Placed before a date to read it with the readers of a question's dates, which read none alone. */
const TOPIC = 'topic';

/** The dates `text` is, and nothing else ("2019", "March 2019", "this year"); null for anything else. */
function datesOf(text: string, now: Date): DatesLeftOut | null {
  const read = namedDatesIntent(`${TOPIC} in ${text}`) ?? relativeDatesIntent(`${TOPIC} ${text}`, now);
  if (!read || read.query !== TOPIC || read.years) return null;
  return { words: read.words, from: read.from ?? '0000-01-01', to: read.to ?? '9999-12-31' };
}

function stripLead(text: string): string {
  return text.trim().replace(LEAD, '').trim();
}
