import { MAX_QUERY_CHARS } from '../search/request.js';

/** A message's text as a query (a long message is searched by its opening words): white space collapsed, a long text cut at a word to its opening. */
export function queryFrom(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= MAX_QUERY_CHARS) return flat;
  const cut = flat.lastIndexOf(' ', MAX_QUERY_CHARS);
  return flat.slice(0, cut > 0 ? cut : MAX_QUERY_CHARS);
}
