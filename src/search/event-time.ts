import { quotedMasked } from './query.js';

/**
 * A time a question gives by an event rather than a date: "What did China say about Huawei before
 * Meng Wanzhou's arrest?" was answered with the exchanges after it, those saying "Meng Wanzhou", and
 * nothing said that "before" was not read. The index holds no event's date, so the words are searched
 * as they are; the answer says so, and how to ask for the dates (`WordsRead.eventTime`). A date after
 * the word ("before December 2018") is read by the date readers first and never reaches here.
 */
const EVENT_TIME = /\b(?:before|after|prior\s+to|ahead\s+of|in\s+the\s+run-up\s+to|in\s+the\s+wake\s+of)\s+(?!\d)(?:the\s+|a\s+|an\s+|his\s+|her\s+|its\s+|their\s+)?[\p{L}][^,;:.?!\u0001]{2,80}/iu;

/** The words giving a time by an event in what is searched ("before Meng Wanzhou's arrest"), or null. */
export function eventTimeIn(searched: string): string | null {
  const masked = quotedMasked(searched);
  const m = EVENT_TIME.exec(masked);
  return m ? searched.slice(m.index, m.index + m[0].length).trim() : null;
}
