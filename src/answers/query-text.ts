import { withoutPhraseMarks } from '../search/query.js';
import { MAX_QUERY_CHARS, searchableLength } from '../search/request.js';
import { withoutBidiControls } from '../util/printable.js';

/** A link with a label: Slack's `<https://…|label>` and Discord's masked `[label](https://…)`; the label is kept. */
const LABELLED_LINK = /<(?:https?|mailto|ftp):[^<>|\s]*\|([^<>]*)>|\[([^\]]*)\]\(<?https?:\/\/[^)\s]*>?\)/gi;

/**
 * Chat markup that is no word of the question: Slack's `<@U…>`, `<#C…|name>`, `<!here>`,
 * `<!subteam^…>` and `<https://…>`; Discord's `<@id>`, `<@!id>`, `<@&id>`, `<#id>`, `<:name:id>`,
 * `<a:name:id>`, `<t:…>`, `</command:id>` and `<id:…>`.
 */
const MARKUP = /<(?:[@#!][^<>]*|a?:\w+:\d+|t:-?\d+(?::\w)?|\/[^<>:]+:\d+|id:\w+|(?:https?|mailto|ftp):[^<>\s]*)>/gi;
/** Discord's `@everyone` and `@here`, typed as text (allowed mentions keep them from pinging; they are no words either). */
const EVERYONE = /(?<![\w@])@(?:everyone|here)\b/gi;

/** A link written out: `https://…`, `www.…`, or a bare `t.co/…`-style domain with a path. */
const BARE_LINK = /\b(?:(?:https?|ftp):\/\/|www\.)\S+|\b(?:[a-z0-9-]+\.)+[a-z]{2,}\/\S*/gi;

/**
 * Slack's emoji codes as message text carries them: `:flag-cn:`, `:+1:`, `:thumbsup::skin-tone-2:`, one
 * or several in a row. Only a whole code standing alone counts: `10:30`, `Re:Huawei:` and `Article 23:
 * Hong Kong` keep their colons, since a letter or digit touches the code or a space breaks it.
 */
const EMOJI_CODES = /(?<![\p{L}\p{N}])(?::[a-z0-9_+-]+:)+(?![\p{L}\p{N}])/gu;

/**
 * Emoji as characters (🔥, 🇨🇳 and their joiners, selectors and skin tones): no word of the question.
 * A tweet's emoji counted toward the question's length and were cut into it, so the words after
 * 150 of them were never searched.
 */
const EMOJI = /[\p{Extended_Pictographic}\p{Regional_Indicator}\p{Emoji_Modifier}\u200d\ufe0f\u20e3]+/gu;

/**
 * A reply or forward subject's prefix (`Re:`, `RE: Fwd:`, `Fw:`, `AW:`, `WG:`) at the start: a message
 * shortcut on a forwarded "Re: Huawei ban" searched "re" ("re-sell", "re-posting") above Huawei.
 */
const SUBJECT_PREFIX = /^(?:\s*(?:re|fwd?|aw|wg)\s*:)+/i;

/** What a bot says when a question holds nothing to search once links and markup are left out. */
export const NOTHING_TO_SEARCH = 'Your question holds only links, mentions or emoji, which are not searched: give the words to look for.';

/**
 * A question or a chat message as the words to search, one rule for every bot and path (`/ask`,
 * the Discord message menu, `/spox`, the Slack shortcut): links, chat markup, emoji codes and bidirectional controls are left out (a
 * link's label is kept, since it is words the message shows), white space collapsed, and a text
 * too long to search (`searchableLength`) cut at a word to its opening. A URL or a mention searched as words would find nothing, and its
 * unknown words would veto the search. `text` is plain text (Slack's `&lt;` entities read back).
 */
export function queryFrom(text: string): string {
  const flat = questionWords(text);
  // Counted in characters, as the request check counts (request.ts), not in UTF-16 units.
  const chars = [...flat];
  if (searchableLength(flat)) return flat;
  const head = chars.slice(0, MAX_QUERY_CHARS).join('');
  // At a word's end already when a space follows; else back to the last space.
  const cut = chars[MAX_QUERY_CHARS] === ' ' ? head.length : head.lastIndexOf(' ');
  return (cut > 0 ? head.slice(0, cut) : head).trim();
}

/**
 * Someone's chat message as words to search (the Discord message menu, the Slack shortcut):
 * `queryFrom`, with its quotation marks read as plain punctuation. A typed search quotes a phrase
 * to find it word for word; a pasted headline quotes loosely (China says it "firmly opposes" US arms
 * sales), and its marks kept only the exchanges with those words in that order.
 */
export function messageQuery(text: string): string {
  return queryFrom(withoutPhraseMarks(text));
}

/** `queryFrom` without the cut: the command line refuses a question too long instead (request.ts). */
export function questionWords(text: string): string {
  return withoutBidiControls(text)
    .replace(LABELLED_LINK, (_, slack?: string, discord?: string) => ` ${slack ?? discord ?? ''} `)
    .replace(MARKUP, ' ')
    .replace(EVERYONE, ' ')
    .replace(BARE_LINK, ' ')
    .replace(EMOJI_CODES, ' ')
    .replace(EMOJI, ' ')
    .replace(SUBJECT_PREFIX, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
