import { escapeRegExp } from '../util/regexp.js';
import { SPOKESPEOPLE_ZH } from '../transcripts/zh/names.js';
import { CHINESE_ASKING } from './chinese-question.js';
import { termsOf } from './terms.js';

/**
 * A question that names the spokesperson who spoke asks for that spokesperson's answers on the
 * topic: the name is who, not what. Searched as words, it would rank the exchanges that mention
 * the spokesperson above the topic's own.
 *
 * Only the forms that ask who spoke count, so that a question about what a spokesperson said stays
 * a topic ("China's response to Zhao Lijian's remarks", "Why did Zhao Lijian say …", "Zhao Lijian's
 * tweet", a name alone):
 * - the name asked about: "What did Zhao Lijian say about …", "Has Hua Chunying commented on …",
 *   "What does Geng Shuang think of …";
 * - the name leading the question, as a heading: "Lu Kang on the trade war", "Hua Chunying's
 *   comments on Pompeo", "Geng Shuang: Huawei";
 * - a Chinese name before a word of speaking or asking: "华春莹谈台湾", "耿爽对华为的评论", "华春莹：日本",
 *   "华春莹如何评论香港".
 * Full names only ("Mao" or "Lu" alone is as likely someone else); a question naming two
 * spokespeople is searched as written: a filter holds one.
 *
 * A name with nothing else asked ("What did Zhao Lijian say?", "Geng Shuang" once "July 2019" is
 * read as dates) is said to stand `alone`: the engine reads it as the speaker only beside dates
 * (every answer of theirs then), and as the topic otherwise.
 */
const ROLE = String.raw`(?:the\s+)?(?:foreign\s+ministry\s+)?spokes(?:person|woman|man)\s+`;
const ASKED_VERB = String.raw`(?:ever\s+|previously\s+|once\s+|recently\s+|just\s+)?(?:say|said|comment(?:ed)?|respond(?:ed)?|reply|replied|answer(?:ed)?|state[d]?|tell|told|speak|spoke|think|thought|mean|meant)\b`;
const HEADING = String.raw`(?:'s|’s)?(?:\s*[:：]|\s+(?:on|about|regarding)\b|\s+(?:comments?|remarks?|position|views?|statements?|words|answers?|response)\s+(?:on|about|regarding|to)\b)`;
// The longer forms of asking first: "华春莹说了什么关于香港" leaves "关于香港", not "了什么关于香港".
const ZH_SPEAKING = new RegExp(`^\\s*(?:${CHINESE_ASKING}|说|表示|回应|称|谈|答|指出|就|对|关于|[:：])`, 'u');

export interface SpeakerIntent {
  /** The query without the spokesperson's name (and its possessive or colon), or the query as given. */
  query: string;
  /** The spokesperson named, in the index's English form; null when none is. */
  spokesperson: string | null;
  /** Nothing is asked beside the name (`query` holds no search term then); absent otherwise. */
  alone?: true;
}

interface NamePatterns {
  name: string;
  /** The name anywhere, as a whole word. */
  anywhere: RegExp;
  /** The forms that ask who spoke; group 1 is the name, group 2 what goes with it (possessive, colon). */
  asking: RegExp[];
}

export function speakerIntent(query: string, spokespeople: readonly string[]): SpeakerIntent {
  const patterns = patternsFor(spokespeople);
  const mentioned = new Set(patterns.filter((p) => p.anywhere.test(query)).map((p) => p.name));
  if (mentioned.size !== 1) return { query, spokesperson: null };
  for (const p of patterns) {
    for (const asking of p.asking) {
      const m = asking.exec(query);
      if (!m?.indices?.[1]) continue;
      const [start] = m.indices[1];
      const end = m.indices[2]?.[1] ?? m.indices[1][1];
      return readAs(`${query.slice(0, start)} ${query.slice(end)}`, p.name);
    }
  }
  // The name and only framing ("spokesperson Zhao Lijian", "赵立坚"): alone, whatever the form.
  const named = patterns.find((p) => p.anywhere.test(query))!;
  const rest = query.replace(named.anywhere, ' ');
  return termsOf(rest).length === 0 ? readAs(rest, named.name) : { query, spokesperson: null };
}

/** The question read with `name` as who spoke; `alone` when nothing but framing is left ("What did Zhao Lijian say?"). */
function readAs(rest: string, name: string): SpeakerIntent {
  const query = rest.replace(/\s+/g, ' ').trim();
  return termsOf(query).length === 0 ? { query, spokesperson: name, alone: true } : { query, spokesperson: name };
}

// An index's spokespeople are one array for its life: their patterns are compiled once, not per question.
const compiled = new WeakMap<readonly string[], NamePatterns[]>();

function patternsFor(spokespeople: readonly string[]): NamePatterns[] {
  let patterns = compiled.get(spokespeople);
  if (!patterns) {
    patterns = [...namesToLookFor(spokespeople)].map(([written, name]) => {
      const form = `(${escapeRegExp(written).replace(/\s+/g, String.raw`\s+`)})`;
      const chinese = /\p{Script=Han}/u.test(written);
      const asking = [
        new RegExp(String.raw`^\s*(?:(?:what|how)\s+)?(?:did|does|do|has|have|had)\s+(?:${ROLE})?${form}()\s+${ASKED_VERB}`, 'iud'),
        new RegExp(String.raw`^\s*(?:${ROLE})?${form}(${HEADING})`, 'iud'),
      ];
      if (chinese) asking.push(new RegExp(`${form}(${ZH_SPEAKING.source.slice(1)})`, 'ud'));
      const anywhere = chinese ? new RegExp(escapeRegExp(written), 'u') : new RegExp(String.raw`(?<![\p{L}\p{N}])${form}(?![\p{L}\p{N}])`, 'iu');
      return { name, anywhere, asking };
    });
    compiled.set(spokespeople, patterns);
  }
  return patterns;
}

/** Each written form to look for → the index's name: the full names and their Chinese forms. */
function namesToLookFor(spokespeople: readonly string[]): Map<string, string> {
  const forms = new Map<string, string>();
  for (const name of spokespeople) {
    // "Unknown spokesperson", "Ministry Spokesperson's Office": not a person one names.
    if (name.split(/\s+/).length < 2 || /spokes|office|unknown/i.test(name)) continue;
    forms.set(name, name);
  }
  for (const [chinese, english] of SPOKESPEOPLE_ZH) if (spokespeople.includes(english)) forms.set(chinese, english);
  return forms;
}

