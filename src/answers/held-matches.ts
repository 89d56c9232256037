import type { SpoxSearch } from '../search/types.js';
import type { StoredResult } from './result-store.js';
import { plural } from './wording.js';

/**
 * Which of a stored result's matches the index still holds. A sync or a re-index swaps a new index
 * in under a running bot, which may hold fewer of them than the one searched; both bots say so in
 * the same words.
 */

type Held = Pick<StoredResult, 'matches' | 'hits'>;

/** A match's record id: the kept hit's or the listed match's. */
export function matchIdAt(result: Held, index: number): string | undefined {
  return result.matches[index]?.id ?? result.hits[index]?.record.id;
}

/** Whether the index holds match `index` of the result: it may have been rebuilt without it since the search. */
export function holdsMatch(result: Held, index: number, search: Pick<SpoxSearch, 'record'>): boolean {
  const id = matchIdAt(result, index);
  return id !== undefined && search.record(id) !== undefined;
}

/** Positions of the result's matches the index still holds (all of them unless it was rebuilt since the search). */
export function heldPositions(result: Pick<StoredResult, 'matches'>, search: Pick<SpoxSearch, 'record'>): number[] {
  return result.matches.flatMap((m, i) => (search.record(m.id) ? [i] : []));
}

/** How a bot names its search command and escapes an id it echoes. */
export interface BotWords {
  /** The search command: `/ask`, `/spox`. */
  ask: string;
  escape: (text: string) => string;
}

/**
 * What the asker is told, privately, of matches the index no longer holds: it was rebuilt without
 * them since the search. `id` names the match asked for.
 */
export function goneText(result: Pick<StoredResult, 'matches'>, search: Pick<SpoxSearch, 'record'>, words: BotWords, id?: string): string {
  const gone = result.matches.length - heldPositions(result, search).length;
  const which = id ? `, this one (${words.escape(id)}) among them` : '';
  return `The index has been rebuilt since this search and no longer holds ${gone} of its ${plural(result.matches.length, 'match', 'matches')}${which}. Run ${words.ask} again to search the index as it is now.`;
}
