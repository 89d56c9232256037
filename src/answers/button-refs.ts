import type { BriefingSummary } from '../store/types.js';

/**
 * What a bot says of a button that names an exchange it cannot show, in Discord and Slack alike.
 * `ask` is the platform's search command ("/ask", "/spox"), `quote` how to open an exchange by id;
 * ids come escaped for the platform.
 */

/**
 * The shape of a record id a card's button carries (`2019-04-29b#3`, `pc-2014-03-19#1`,
 * `zh-2020-05-26#3`): one that is not is no reference spox made, and "not in the index any more"
 * would be false of it.
 */
const RECORD_ID = /^[A-Za-z0-9_.-]{0,20}\d{4}-\d{2}-\d{2}[A-Za-z0-9_.-]{0,10}#\d{1,5}$/;

export function isRecordReference(id: string | undefined): id is string {
  return id !== undefined && RECORD_ID.test(id);
}

/** A reference that is not a record id: the button is damaged or another app's. */
export function brokenReferenceText(ask: string, quote: string): string {
  return `This button does not name an exchange spox can read: it is damaged, or was made by another app. Run ${ask} again, or open an exchange by its id with ${quote}.`;
}

/** A record id the index no longer holds: it was rebuilt without it. */
export function goneRecordText(id: string, ask: string): string {
  return `Exchange ${id} is not in the index any more: the index has been rebuilt without it since this card was made. Run ${ask} again to search the index as it is now.`;
}

/**
 * Why an id handed out before names nothing now, where the index knows, and where the day's
 * exchanges are (`briefing`: the platform's command, "/briefing"); null for any other id. `shown`:
 * the id escaped for the platform; `briefingOf`: the briefing the index holds under a key or date.
 * - An imported exchange (`pc-2023-03-14#2`) whose date the Ministry's own page now covers: the
 *   import gave way to the page (prefer-pages.ts).
 * - An exchange a revision of its page removed: its id is retired, never given again (lasting-ids.ts).
 */
export function unheldRecordText(
  id: string, shown: string, briefingOf: (keyOrDate: string) => Pick<BriefingSummary, 'date' | 'retiredIds'> | undefined, briefing: string,
): string | null {
  const date = /^pc-(\d{4}-\d{2}-\d{2})#\d+$/.exec(id)?.[1];
  if (date && briefingOf(date)) {
    return `Exchange ${shown} was imported from the research corpus, and the Ministry's own transcript of ${date} is indexed in its place, under that page's ids. Its exchanges: ${briefing} ${date}.`;
  }
  const lower = id.toLowerCase();
  const held = briefingOf(lower.slice(0, lower.lastIndexOf('#')));
  if (!held?.retiredIds?.includes(lower)) return null;
  return `Exchange ${shown} was removed when the Ministry revised its transcript of ${held.date}; its id is never given to another exchange. The transcript as it is now: ${briefing} ${held.date}.`;
}

/** Quote offsets that are not sentences of the record as held now. */
export function quoteMismatchText(id: string, quote: string): string {
  return `This button's quote does not match exchange ${id} as the index holds it now: the button is damaged, or the exchange was re-read since the card was made. Open it in full with ${quote}.`;
}
