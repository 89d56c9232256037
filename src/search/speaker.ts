import { SPOKESPEOPLE_ZH } from '../transcripts/zh/names.js';

/**
 * A question that names the spokesperson who spoke ("What did Zhao Lijian say about Hong Kong?",
 * "Hua Chunying's comments on Pompeo", "华春莹谈台湾") asks for that spokesperson's answers on the
 * topic: the name is who, not what. Searched as words, it would rank the exchanges that mention
 * the spokesperson above the topic's own.
 *
 * Only a name followed by a word of speaking counts (say, said, comment, remarks, on …; 说, 表示,
 * 谈 …): "Zhao Lijian's tweet about the US army" is a topic, and so is a name alone. Full names
 * only: "Mao" or "Lu" alone is as likely someone else. A question naming two spokespeople is
 * searched as written: a filter holds one.
 */
const SPEAKING = new RegExp(
  "^(?:'s|’s)?\\s+(?:(?:ever\\s+|previously\\s+|once\\s+|recently\\s+)?(?:say|said|says|saying|comment(?:ed|s)?|remark(?:ed|s)?|respond(?:ed|s)?|response|reply|replied|answer(?:ed|s)?|state(?:d|s)?|statements?|tell|told|speak|spoke|words|position|view|views|stance)\\b|on\\b|about\\b)",
  'i',
);
const ZH_SPEAKING = /^(?:说|表示|回应|称|谈|答|指出|就|对|关于)/;

export interface SpeakerIntent {
  /** The query without the spokesperson's name (and the possessive), or the query as given. */
  query: string;
  /** The spokesperson named, in the index's English form; null when none is. */
  spokesperson: string | null;
}

export function speakerIntent(query: string, spokespeople: readonly string[]): SpeakerIntent {
  const named: { name: string; start: number; end: number }[] = [];
  const mentioned = new Set<string>();
  for (const { name, chinese, pattern } of patternsFor(spokespeople)) {
    for (const m of query.matchAll(pattern)) {
      mentioned.add(name);
      const end = m.index + m[0].length;
      const speaks = chinese ? ZH_SPEAKING.test(query.slice(end)) : SPEAKING.test(query.slice(end));
      if (speaks) named.push({ name, start: m.index, end });
    }
  }
  if (named.length === 0 || mentioned.size !== 1) return { query, spokesperson: null };
  const names = new Set(named.map((n) => n.name));
  let rest = query;
  for (const n of [...named].sort((a, b) => b.start - a.start)) {
    // The possessive goes with the name, and so does a Chinese word of speaking (谈, 表示): neither is the topic.
    rest = `${rest.slice(0, n.start)} ${rest.slice(n.end).replace(/^(?:'s|’s)/, '').replace(ZH_SPEAKING, '')}`;
  }
  rest = rest.replace(/\s+/g, ' ').trim();
  // Nothing left to search but framing: the name was the topic after all.
  if (!/[\p{L}\p{N}]{2,}/u.test(rest.replace(/\b(?:what|did|does|has|have|say|said|says|about|on|the|comment|comments|remarks)\b/gi, ''))) {
    return { query, spokesperson: null };
  }
  return { query: rest, spokesperson: [...names][0]! };
}

interface NamePattern {
  name: string;
  chinese: boolean;
  pattern: RegExp;
}

// An index's spokespeople are one array for its life: their patterns are compiled once, not per question.
const compiled = new WeakMap<readonly string[], NamePattern[]>();

function patternsFor(spokespeople: readonly string[]): NamePattern[] {
  let patterns = compiled.get(spokespeople);
  if (!patterns) {
    patterns = [...namesToLookFor(spokespeople)].map(([written, name]) => {
      const chinese = /\p{Script=Han}/u.test(written);
      const pattern = chinese ? new RegExp(escape(written), 'gu') : new RegExp(`(?<![\\p{L}\\p{N}])${escape(written)}(?![\\p{L}\\p{N}])`, 'giu');
      return { name, chinese, pattern };
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

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
