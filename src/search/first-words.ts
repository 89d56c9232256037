import { hasCjk } from './cjk.js';
import { ANYONE, ANYONE_WHOLE, ANYONE_ZH, NAME, SPEAKING_OF, SPOKEN_OF, withoutWordingNouns } from './framing.js';
import { outsideQuotes } from './quoted-parts.js';
import { termsOf } from './terms.js';
import { SPEAKING } from './time-words.js';

/**
 * Questions asking when something was first, or last, said: "When did Geng Shuang first mention
 * Meng Wanzhou?", "first mention of COVID-19", "When did China last comment on Huawei?", "the last
 * time the spokesperson mentioned …", "外交部第一次提到孟晚舟是什么时候？". Their words say when, not
 * what, so they are no search terms; the answer is sorted oldest (newest) first. Searched, "first"
 * and "mention" let exchanges holding only them answer "When did the Foreign Ministry first mention
 * COVID-19?" (the first date shown was of 2018), "last" led with "Last week Meng Wanzhou …", and
 * 第一 and 什么时候 with Wang Yi's trip to Russia. Who is asked is no topic word either: no one in
 * particular ("the Foreign Ministry", "China") is left out, and a name is asked what they said, as
 * `framing.ts` asks it, which `speaker.ts` reads ("What did Geng Shuang say about Meng Wanzhou?"):
 * searched as words, "Geng Shuang" put other spokespeople's exchanges first.
 */

/**
 * Speaking of a topic, before it: `SPEAKING_OF`, and the words only a question of when says so ("first raised", "last
 * addressed", "first called for": "When did China first call for a ceasefire in Ukraine?" was no such question, and
 * "called" was searched in "the first time China called for …", three exchanges of 2022 holding it put before 2014's).
 */
const SPOKE = String.raw`(?:${SPEAKING_OF}|address(?:es|ed)?|rais(?:e|es|ed)|spoken\s+(?:about|of|on)|touch(?:es|ed)?\s+(?:up)?on|call(?:s|ed)?\s+for|urg(?:e|es|ed))`;
/** The same going on ("Since when has China been talking about …"). */
const SPEAKING_ON = String.raw`(?:mentioning|(?:talking|speaking)\s+(?:about|of|on)|commenting\s+on|discussing|raising|addressing|referring\s+to|responding\s+to|reacting\s+to|bringing\s+up)`;
/** Speaking, as a question asking when it first happened words it ("first mentioned", "first brought up"). */
const SPOKE_ALONE = String.raw`(?:${SPEAKING}|raised?|brought\s+up|addressed|discussed|talked\s+about|spoke\s+(?:about|of|on)|referred\s+to|reacted)`;
/**
 * What was said, as a noun ("the first mention of", "earliest comments on"), or where ("the latest briefing
 * on Huawei": searched, "briefing" kept 9 exchanges that say it, the newest of 2019, where Huawei's is of 2022; hunt-K #1).
 */
const SAYING = String.raw`(?:mentions?|comments?|references?|remarks?|responses?|reactions?|statements?|(?:regular\s+)?(?:briefings?|press\s+(?:conferences?|briefings?)))`;
const ABOUT = String.raw`(?:\s+(?:of|on|about|to|upon|regarding))?`;
const AUX = String.raw`(?:did|does|do|has|have|had|was|were|is|are)`;
/** Before a speaker who speaks: "When was Meng Wanzhou first mentioned" is the passive, its topic no speaker. */
const ACTIVE_AUX = String.raw`(?:did|does|do|has|have|had)`;
/** How a question asks when: "When", "Since when", "On what date", "In which year". */
const WHEN = String.raw`(?:(?:so|and)\s+)?(?:when|since\s+when|(?:on\s+)?what\s+(?:date|day)|(?:in\s+)?(?:what|which)\s+(?:year|month))`;
const FIRST = String.raw`(?:very\s+)?first(?:\s+ever)?|ever\s+first`;
const LAST = String.raw`(?:very\s+)?last|latest|most\s+recent(?:ly)?`;
/**
 * Using a quoted phrase ("When did they first use "…"?", the noun naming it, "the phrase", read out
 * first: `withoutWordingNouns`): only before the quote, "first use" being a topic's words elsewhere ("no first use").
 */
const USE_QUOTED = String.raw`use[sd]?(?=\s*["“「『])`;
/** A phrase said, used or appearing, in the passive or of the phrase itself: "When was "…" first used?", "When did "…" first appear?". */
const USED = String.raw`(?:said|used|uttered|appear(?:s|ed)?|(?:show(?:s|ed)?|turn(?:s|ed)?)\s+up)`;
/** The topic: the rest of the question, its dates and quoted phrases with it. */
const TOPIC = String.raw`(?<topic>\S[^]*)`;
/** Who is asked: never across a quoted phrase. */
const WHO = String.raw`(?<who>[^"“”「」『』]+?)`;

/** After a topic spoken of, in the passive: who spoke ("by the Foreign Ministry"), and the rest (its dates). */
const BY_AND_REST = String.raw`(?:\s+by\s+(?<by>[^"“”?.!,]+?))?(?<rest>\s*(?:[?.!,][^]*)?|\s+(?:in|since|before|after|during|from|until|between)\b[^]*)$`;

/**
 * The whole question, asking who said it and when ("When did X first mention Y", "When was the last
 * time X mentioned Y", "Since when has X been talking about Y"), or when a topic was spoken of ("When
 * was Y first mentioned by X?").
 */
const ASKING_WHO: RegExp[] = [
  new RegExp(String.raw`^\s*${WHEN}\s+${ACTIVE_AUX}\s+${WHO}\s+(?:(?<first>${FIRST})|(?<last>${LAST}))\s+(?:${SPOKE}|${USE_QUOTED})${ABOUT}\s+${TOPIC}$`, 'iu'),
  new RegExp(String.raw`^\s*(?:${WHEN}\s+(?:was|is)\s+)?(?:the\s+)?(?:(?<first>${FIRST})|(?<last>${LAST}))\s+time\s+(?:that\s+|when\s+)?${WHO}\s+(?:ever\s+)?(?:${SPOKE}|${USE_QUOTED})${ABOUT}\s+${TOPIC}$`, 'iu'),
  new RegExp(String.raw`^\s*(?<first>since\s+when)\s+${ACTIVE_AUX}\s+${WHO}\s+(?:been\s+)?(?:${SPOKE}|${SPEAKING_ON})${ABOUT}\s+${TOPIC}$`, 'iu'),
  new RegExp(String.raw`^\s*${WHEN}\s+${AUX}\s+(?<spoken>[^"“”「」『』]+?|["“][^"“”]+["”])\s+(?:(?<first>${FIRST})|(?<last>${LAST}))\s+(?:${SPOKEN_OF}|${USED})${BY_AND_REST}`, 'iu'),
  // "Who was the first spokesperson to comment on the Wuhan outbreak?": whoever spoke, oldest first (hunt-L: best match first, it led with 2020-02-03, not 2020-01-21).
  new RegExp(String.raw`^\s*who\s+(?:was|were|is)\s+the\s+(?:(?<first>${FIRST})|(?<last>${LAST}))(?:\s+(?:spokes(?:person|man|woman|people)|one|official|person))?\s+to\s+(?:${SPOKE})${ABOUT}\s+${TOPIC}$`, 'iu'),
];

/**
 * The words anywhere, when the question is not one of those: "first" beside anything else stays a
 * word ("the first phase trade deal", "first lady"), and "last" too ("last week", "the last emperor").
 * With whose words they are before them (group 1: "Geng Shuang's latest remarks on Huawei"), read as who
 * spoke on the topic ("Geng Shuang on Huawei"), which `speaker.ts` reads: left as "Geng Shuang's
 * Huawei", the name was searched as words, and the answer was the one statement that mentions him.
 */
const WHOSE_WORDS = String.raw`(['’]s\s+)?`;
const FIRST_WORDS = new RegExp(
  String.raw`${WHOSE_WORDS}\b(?:(?:(?:for\s+)?the\s+)?(?:very\s+)?first\s+time|first\s+(?:ever\s+)?${SPOKE_ALONE}${ABOUT}|(?:the\s+)?(?:very\s+)?(?:first|earliest)\s+${SAYING}${ABOUT}|earliest)\b`,
  'gi',
);
const LAST_WORDS = new RegExp(
  String.raw`${WHOSE_WORDS}\b(?:(?:(?:for\s+)?the\s+)?(?:very\s+)?last\s+time|last\s+${SPOKE_ALONE}${ABOUT}|(?:the\s+)?(?:very\s+)?(?:last|latest|most\s+recent)\s+${SAYING}${ABOUT})\b`,
  'gi',
);

/**
 * In a question read as asking when something was first said, its verb of saying elsewhere ("the
 * first time the spokesperson mentioned Meng Wanzhou") frames it too: searched, "mentioned" let an
 * exchange on Meng Hongwei that mentions something lead the answer. Not "state" ("Islamic State"),
 * nor "say", no search term, which asks who spoke ("What did Hua Chunying say last time about Japan?").
 */
const SAYING_VERB = /\b(?:mention(?:ed)?|comment(?:ed)?|raised?|brought\s+up|talk(?:ed)?\s+about|discussed|spoke\s+(?:about|of|on)|respond(?:ed)?|react(?:ed)?|referred\s+to)\b(?:\s+(?:of|on|about|to)\b)?/gi;
/** Left by the words taken out: who was asked, no one in particular ("When did the Foreign Ministry", "by China"). */
const ASKING_ANYONE = new RegExp(String.raw`^\s*${WHEN}\s+${AUX}\s+(?:${ANYONE})\b|\bby\s+(?:${ANYONE})(?=\s*[?.!]*\s*$)`, 'giu');

/**
 * Chinese: first (last) and a word of mentioning ("第一次提到", "首次提及", "最后一次谈到", "最后一次谈华为"),
 * of appearing after the topic ("新冠肺炎第一次出现"), or standing alone ("孟晚舟 最早"). A verb of one
 * character not where it begins another word: 谈判 (talks), 说明, 讲话, 提出 (put forward), 提供.
 */
const MENTIONING_ZH = '(?:被)?(?:提到|提及|提起|谈到|谈及|说到|说起|讲到|评论|回应|表态|谈论|讨论|涉及|出现|发言(?!人)|谈(?![判话])|说(?![明法服])|讲(?![话述])|提(?![出供高醒议名交前]))过?';
const FIRST_ZH = '第一次|首次|头一次|第一回|初次|最早|最先';
const LAST_ZH = '最后一次|最近一次|上一次|最后';
/** When, asked in Chinese: "是什么时候", "何时", "哪一天". */
const WHEN_ZH = '(?:的时间)?是?(?:什么时候|什么时间|何时|哪一?天|哪一?年|几号)(?:的)?';
const SAID_WHEN_ZH = new RegExp(`(?:${WHEN_ZH})?(?:(?<first>${FIRST_ZH})|(?<last>${LAST_ZH}))(?:${MENTIONING_ZH}|(?=[\\s?？。!！]|$))`, 'u');
const ASKING_WHEN_ZH = new RegExp(WHEN_ZH, 'gu');
const ANYONE_LEADING_ZH = new RegExp(`^\\s*(?:(?:${ANYONE_ZH})\\s*)+`, 'u');
/** "谁是第一个谈到孟晚舟的发言人" ("Who was the first spokesperson to mention …"), "最后一个…的发言人是谁": the topic, oldest (newest) first (hunt-M #10). */
const WHO_FIRST_ZH = new RegExp(`^\\s*(?:谁是|哪位是)?\\s*(?:(?<first>第一个|首个|最早)|(?<last>最后一个|最近一个))\\s*(?:${MENTIONING_ZH})(?<topic>[^？?。]+?)的(?:外交部)?发言人(?:是谁)?\\s*[？?。]*$`, 'u');
/** Before the words, at the start: a word that stands alone in the question ("孟晚舟 最早"), not "第一次世界大战". */
const STANDS_ALONE_ZH = /(?:^|[\s,，、])$/u;

export interface SaidWhenIntent {
  /** The question without its words asking when it was first (last) said and who was asked (quoted phrases kept as written). */
  query: string;
  /** Whether it asked when something was first said: answered oldest first. */
  earliest: boolean;
  /** Whether it asked when something was last said: answered newest first, as "latest" is. */
  latest: boolean;
}

/** What an English question asking so holds: one that does not runs none of the patterns (their first run costs a one-shot `ask` ms). */
const HINT = /first|last|earliest|latest|recent|since\s+when/i;

/** Reads a question asking when something was first or last said; one made only of those words keeps them. */
export function saidWhenIntent(query: string): SaidWhenIntent {
  const asIs = { query, earliest: false, latest: false };
  if (!hasCjk(query) && !HINT.test(query)) return asIs;
  const unnamed = withoutWordingNouns(query);
  const read = hasCjk(query) ? chineseSaidWhen(query) : asked(unnamed) ?? saidWhenWords(unnamed);
  if (!read || termsOf(read.query).length === 0) return asIs;
  return { ...read, query: tidy(read.query) };
}

/**
 * When someone last (first) spoke, with no topic: "When did Guo Jiakun last speak?", "When did Mao Ning
 * last brief?", "When did Hua Chunying first hold a briefing?": the one named, newest (oldest) first,
 * which `speaker.ts` reads as every answer of theirs. Searched, "Jiakun" or "brief" was the topic (hunt-J #1).
 */
const SPOKE_LAST = new RegExp(
  String.raw`^\s*when\s+(?:did|has|have)\s+${WHO}\s+(?:(?<first>first)|(?<last>last))\s+(?:(?:spoke|speak|spoken|talk(?:ed)?|brief(?:ed)?)(?:\s+(?:to\s+)?(?:the\s+)?(?:reporters|journalists|press|media))?|(?:took|take|taken)\s+questions|(?:gave|give|given|held|hold)\s+(?:a\s+)?(?:regular\s+)?(?:press\s+)?(?:briefing|conference)|appear(?:ed)?(?:\s+at\s+(?:a|the)\s+(?:press\s+)?(?:briefing|podium|conference))?)\s*[?.!]*\s*$`,
  'iu',
);

/** The whole question of `ASKING_WHO`: the topic, asked of the one named ("What did Zhao Lijian say about Australia?"). */
function asked(query: string): SaidWhenIntent | null {
  const spoke = SPOKE_LAST.exec(query);
  if (spoke?.groups && !ANYONE_WHOLE.test(spoke.groups.who!.trim())) {
    return { query: spoke.groups.who!.trim(), earliest: Boolean(spoke.groups.first), latest: Boolean(spoke.groups.last) };
  }
  for (const pattern of ASKING_WHO) {
    const m = pattern.exec(query);
    if (!m?.groups) continue;
    const { spoken, by, rest } = m.groups;
    const who = (spoken === undefined ? m.groups.who ?? '' : by ?? '').trim();
    const topic = spoken === undefined ? m.groups.topic! : `${spoken}${rest}`;
    const text = !who || ANYONE_WHOLE.test(who) ? topic : NAME.test(who) ? `What did ${who} say about ${topic}` : `${who} ${topic}`;
    return { query: text, earliest: Boolean(m.groups.first), latest: Boolean(m.groups.last) };
  }
  return null;
}

/**
 * "say about" of "last say about", kept: no search term, it is how `speaker.ts` reads who spoke. Taken
 * out, "What did Zhao Lijian last say about Australia?" left "What did Zhao Lijian Australia?", and the
 * name was searched as words.
 */
function saidKept(words: string): string {
  return /^(?:first|last)\s+((?:say|said)\b.*)$/i.exec(words.trim())?.[1] ?? '';
}

/** The words of `FIRST_WORDS` or `LAST_WORDS` anywhere outside quotes, and with them the verbs of saying and who was asked. */
function saidWhenWords(query: string): SaidWhenIntent | null {
  let earliest = false;
  let latest = false;
  const without = outsideQuotes(query, (part) =>
    part
      .replace(FIRST_WORDS, (whole: string, whose?: string) => {
        earliest = true;
        return whose ? ' on ' : ` ${saidKept(whole)} `;
      })
      .replace(LAST_WORDS, (whole: string, whose?: string) => {
        latest = true;
        return whose ? ' on ' : ` ${saidKept(whole)} `;
      }));
  // Both: neither order answers it.
  if (earliest === latest) return null;
  const stripped = outsideQuotes(without, (part) => part.replace(SAYING_VERB, ' ').replace(ASKING_ANYONE, ' '));
  return { query: stripped, earliest, latest };
}

/** "外交部第一次提到孟晚舟是什么时候？" → "孟晚舟", "华春莹最后一次谈到香港是什么时候" → "华春莹：香港", which `speaker.ts` reads. */
function chineseSaidWhen(query: string): SaidWhenIntent | null {
  const who = WHO_FIRST_ZH.exec(query);
  if (who?.groups) return { query: who.groups.topic!, earliest: Boolean(who.groups.first), latest: Boolean(who.groups.last) };
  let read: SaidWhenIntent | null = null;
  const text = outsideQuotes(query, (part) => {
    if (read) return part;
    const m = SAID_WHEN_ZH.exec(part);
    if (!m?.groups) return part;
    const before = part.slice(0, m.index);
    const after = part.slice(m.index + m[0].length);
    // Alone, the word must stand apart from a topic's ("第一次世界大战", "最后通牒").
    if (m[0] === (m.groups.first ?? m.groups.last) && !STANDS_ALONE_ZH.test(before)) return part;
    read = { query: '', earliest: Boolean(m.groups.first), latest: Boolean(m.groups.last) };
    const who = before.replace(ASKING_WHEN_ZH, ' ').replace(ANYONE_LEADING_ZH, ' ').trim();
    const topic = after.replace(ASKING_WHEN_ZH, ' ');
    return who && hasCjk(who) && hasCjk(topic) ? `${who}：${topic}` : `${who} ${topic}`;
  });
  return read ? { ...(read as SaidWhenIntent), query: text } : null;
}

function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\s+([?.!,？。])/g, '$1').trim();
}
