/**
 * Who spoke, where the record does not say: the research corpus writes `missing`. Kept apart from the
 * corpus's reader so the answers can name it without loading the spreadsheet and CSV code.
 */
export const UNKNOWN_SPOKESPERSON = 'Unknown spokesperson';
