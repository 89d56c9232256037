import { decodePosition, encodePosition, type ResultPosition } from '../answers/result-list.js';

/**
 * A card's Share value: its quote reference, after the card's place in its search (`c.RESULT.INDEX~`)
 * when it has one, so that the shared card says what the search was and its note on the dates. The
 * quote alone still shares once the search is forgotten (and on `/spox quote`, which has none).
 */
export function encodeShareValue(ref: string, at?: ResultPosition): string {
  return at ? `${encodePosition(at)}~${ref}` : ref;
}

export function decodeShareValue(value: string): { ref: string; at: ResultPosition | null } {
  const tilde = value.indexOf('~');
  const at = tilde > 0 ? decodePosition(value.slice(0, tilde)) : null;
  return at?.view === 'card' ? { ref: value.slice(tilde + 1), at } : { ref: value, at: null };
}
