/**
 * The one text normalisation the verbatim rule allows: runs of white space (including
 * non-breaking spaces) collapse to one space, and the ends are trimmed. Nothing else changes.
 */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
