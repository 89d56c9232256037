/**
 * The Chinese pages' verbatim rule: runs of ASCII white space and non-breaking spaces collapse to
 * one space, as for the English pages, but the full-width (ideographic) space U+3000 inside a line is
 * text and stays. At the line's ends all white space goes: the U+3000s that indent a paragraph
 * (`　　答：…`) and any left after its last sentence (`办法。 　`, 2019-10-30).
 */
export function normalizeChineseLine(text: string): string {
  return text
    .replace(/[^\S\u3000]+/g, ' ')
    .replace(/^\s+/, '')
    .replace(/\s+$/, '');
}
