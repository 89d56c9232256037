import { MAX_QUOTED_QUERY_CHARS } from '../search/request.js';

/**
 * The lines of an `ask --queries-file`, each numbered as an editor shows it. Every line gets one
 * output line, in order, naming its number, so that a script can line the answers up with the
 * questions: those that are no question (blank, a comment) and those refused say so in place.
 */
export type QueriesFileLine =
  | { line: number; question: string }
  | { line: number; skipped: 'a blank line' | 'a comment'; text: string };

export function queriesFileLines(text: string): QueriesFileLine[] {
  const lines = text.split(/\r?\n/);
  // The newline that ends the last line starts no line of its own.
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines.map((written, i) => {
    const line = i + 1;
    if (!written.trim()) return { line, skipped: 'a blank line', text: written };
    // A line starting "# " is a comment.
    if (/^\s*#\s/.test(written)) return { line, skipped: 'a comment', text: written };
    return { line, question: written };
  });
}

/**
 * A line that is no question, as its output line gives it back: whole, or its first
 * MAX_QUOTED_QUERY_CHARS characters and "…" (a line refused for its length may run to megabytes).
 */
export function lineShown(text: string): string {
  const chars = [...text.slice(0, 2 * MAX_QUOTED_QUERY_CHARS + 2)];
  return chars.length <= MAX_QUOTED_QUERY_CHARS ? text : `${chars.slice(0, MAX_QUOTED_QUERY_CHARS).join('')}…`;
}
