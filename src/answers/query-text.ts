import { withoutPhraseMarks } from '../search/query.js';
import { MAX_QUERY_CHARS, MAX_QUOTED_QUERY_CHARS, searchableLength } from '../search/request.js';
import { questionWords } from '../util/chat-text.js';

/** What a bot says when a question holds nothing to search once links and markup are left out. */
export const NOTHING_TO_SEARCH = 'Your question holds only links, mentions or emoji, which are not searched: give the words to look for.';

/**
 * Most characters of a text read for its words: four times the longest question searched, so that
 * a message holding more links and emoji than words still gives its words, and a Slack message of
 * 40,000 characters is not read whole before all but its opening is cut away (review33 #10).
 */
export const READ_CHARS = 4 * MAX_QUOTED_QUERY_CHARS;

/** `text`'s first `READ_CHARS` characters (code points: no emoji is cut in two). */
function opening(text: string): string {
  if (text.length <= READ_CHARS) return text;
  return [...text.slice(0, 2 * READ_CHARS)].slice(0, READ_CHARS).join('');
}

/**
 * A question or a chat message as the words to search, one rule for every bot and path (`/ask`,
 * the Discord message menu, `/spox`, the Slack shortcut): its opening (`READ_CHARS`), with links,
 * chat markup, emoji codes and control characters (`typedText`) left out (a link's label is kept,
 * since it is words the message shows), white space collapsed, and a text too long to search
 * (`searchableLength`) cut at a word to its opening. A URL or a mention searched as words would find
 * nothing, and its unknown words would veto the search. `text` is plain text (Slack's `&lt;` entities
 * read back). A typed question is checked before (`checkSearchRequest`), so only a message is cut.
 */
export function queryFrom(text: string): string {
  const flat = questionWords(opening(text));
  if (searchableLength(flat)) return flat;
  // Counted in characters, as the request check counts (request.ts), not in UTF-16 units.
  const chars = [...flat];
  const head = chars.slice(0, MAX_QUERY_CHARS).join('');
  // At a word's end already when a space follows; else back to the last space.
  const cut = chars[MAX_QUERY_CHARS] === ' ' ? head.length : head.lastIndexOf(' ');
  return (cut > 0 ? head.slice(0, cut) : head).trim();
}

/**
 * Someone's chat message as words to search (the Discord message menu, the Slack shortcut):
 * `queryFrom`, with its quotation marks read as plain punctuation and a minus before a word left
 * out. A typed search quotes a phrase to find it word for word, and "-protests" leaves the word out;
 * a pasted headline quotes loosely (China says it "firmly opposes" US arms sales), and a message's
 * bullets and wire credits ("-arms sales", "-Reuters") are its words: its marks kept only the
 * exchanges with those words in that order, and its minus left out the very words it names.
 */
export function messageQuery(text: string): string {
  return queryFrom(withoutPhraseMarks(opening(text)).replace(/(?<=^|\s)-+(?=[\p{L}\p{N}])/gu, ''));
}

/** `queryFrom` without the cut: the command line refuses a question too long instead (request.ts). */
export { questionWords };
