import type { MatchRef, SearchResponse } from './types.js';

/**
 * Whether a record id is a statement's: an opening or closing statement, no question asked, is named
 * by its place (`2019-04-12#s1`, `pc-2022-03-01#s2b`), an exchange by its number (`2019-04-12#3`, `pc-DATE#4b`).
 */
export function isStatementId(id: string): boolean {
  return /#s\d/.test(id);
}

/** How many of the matches are statements (`SearchResponse.statements`), absent when none. */
export function statementsAmong(matches: readonly Pick<MatchRef, 'id'>[]): Pick<SearchResponse, 'statements'> {
  const statements = matches.filter((m) => isStatementId(m.id)).length;
  return statements > 0 ? { statements } : {};
}
