/**
 * The Chinese pages' verbatim rule: runs of ASCII white space and non-breaking spaces collapse to
 * one space and the line's end is trimmed, as for the English pages, but the full-width (ideographic)
 * space U+3000 is text and stays — except the ones that indent a paragraph (`　　答：…`), removed.
 */
export function normalizeChineseLine(text: string): string {
  return text
    .replace(/[^\S\u3000]+/g, ' ')
    .replace(/^\s+/, '')
    .replace(/[^\S\u3000]+$/, '');
}
