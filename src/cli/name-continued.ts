import type { parseArgs } from 'node:util';

type ArgToken = NonNullable<ReturnType<typeof parseArgs>['tokens']>[number];

/**
 * A name option's value taken with the word after it: `value`, the name as read; `named`, the names
 * it matches; `word`, the word taken; `positional`, which positional that word was.
 */
export interface NameContinued {
  value: string;
  named: string[];
  word: string;
  positional: number;
}

/**
 * `--spokesperson Geng Shaung`, unquoted: the shell gives the option "Geng" and leaves "Shaung" to
 * the question. The word after an option's value of one word is read as the rest of the name when
 * the two words together name one of `names` (as `matches` reads a filter value, slips of a letter
 * included); a value of several words (quoted) is the whole name, and a word that names no one with
 * it stays in the question. Null when nothing is joined.
 */
export function nameContinued(
  tokens: readonly ArgToken[], option: string, names: readonly string[], matches: (name: string, value: string) => boolean,
): NameContinued | null {
  let at = -1;
  tokens.forEach((t, i) => {
    if (t.kind === 'option' && t.name === option) at = i; // the last given is the one read
  });
  const given = tokens[at];
  const next = tokens[at + 1];
  if (given?.kind !== 'option' || next?.kind !== 'positional' || given.value === undefined) return null;
  const value = given.value.trim();
  const word = next.value.trim();
  if (!/^\p{L}+$/u.test(value) || !/^\p{L}+$/u.test(word)) return null;
  const joined = `${value} ${word}`;
  const named = names.filter((name) => matches(name, joined));
  if (named.length === 0) return null;
  return { value: joined, named, word, positional: tokens.slice(0, at).filter((t) => t.kind === 'positional').length };
}
