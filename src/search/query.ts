/** A user's query split into free words and the exact phrases written in double quotes. */
export interface ParsedQuery {
  /** The whole query without quote marks: what the rankers read. */
  text: string;
  /** Phrases that must occur in the exchange, lower-cased, white space collapsed. */
  phrases: string[];
}

export function parseQuery(query: string): ParsedQuery {
  const phrases: string[] = [];
  const text = query.replace(/["“”]([^"“”]+)["“”]/g, (_, phrase: string) => {
    const normal = normalizeForPhrase(phrase);
    if (normal) phrases.push(normal);
    return ` ${phrase} `;
  });
  return { text: text.replace(/["“”]/g, ' ').replace(/\s+/g, ' ').trim(), phrases };
}

/** Lower case, curly apostrophes straightened, white space collapsed: how phrases are compared. */
export function normalizeForPhrase(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
}
