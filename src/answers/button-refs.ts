import type { BriefingSummary, IndexedRecord } from '../store/types.js';
import { PRESSCON_KEY_PREFIX } from '../transcripts/presscon.js';

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
function goneRecordText(id: string, ask: string): string {
  return `Exchange ${id} is not in the index any more: the index has been rebuilt without it since this card was made. Run ${ask} again to search the index as it is now.`;
}

/** The briefing the index holds under a key or date, as `missingRecordText` reads it. */
type BriefingOf = (keyOrDate: string) => Pick<BriefingSummary, 'key' | 'date' | 'retiredIds' | 'recordIds'> | undefined;

/**
 * What a button says of a record id (`isRecordReference`) the index does not hold, in Discord and
 * Slack alike: why, where the index knows (`unheldRecordText`); that a rebuild dropped it, where one
 * could have (its briefing is not held, or holds exchanges numbered past it); else that the index
 * holds no such exchange, as `/quote` says, since no card of spox's named it (2019-07-26#9999 of a
 * briefing of nine). `shown`: the id escaped for the platform; `commands`: the platform's.
 */
export function missingRecordText(id: string, shown: string, briefingOf: BriefingOf, commands: { ask: string; quote: string; briefing: string }): string {
  const unheld = unheldRecordText(id, shown, briefingOf, commands.briefing);
  if (unheld) return unheld;
  const at = id.lastIndexOf('#');
  const held = briefingOf(id.slice(0, at).toLowerCase());
  const number = Number(id.slice(at + 1));
  const numbers = held?.recordIds.map((r) => /#(\d+)$/.exec(r)?.[1]).filter((n): n is string => n !== undefined).map(Number) ?? [];
  if (!held || numbers.some((n) => n > number)) return goneRecordText(shown, commands.ask);
  return `No exchange ${shown} in the index: this button is damaged, or was made by another app. Run ${commands.ask} again, or open an exchange by its id with ${commands.quote}.`;
}

/**
 * Whether a card of `record` can carry the button that opens its exchange in `language` (English,
 * 中文原文): only a record of the other language has one. Else the button was not spox's.
 */
export function opensOtherLanguage(record: Pick<IndexedRecord, 'lang'>, language: 'en' | 'zh'): boolean {
  return (record.lang ?? 'en') !== language;
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
  id: string, shown: string, briefingOf: (keyOrDate: string) => Pick<BriefingSummary, 'key' | 'date' | 'retiredIds'> | undefined, briefing: string,
): string | null {
  const lower = id.toLowerCase();
  const key = lower.slice(0, lower.lastIndexOf('#'));
  const imported = key.startsWith(PRESSCON_KEY_PREFIX);
  const date = /^pc-(\d{4}-\d{2}-\d{2})#\d+$/.exec(lower)?.[1];
  const page = date === undefined ? undefined : briefingOf(date);
  if (page && !page.key.startsWith(PRESSCON_KEY_PREFIX)) {
    // Said of any such id: whether a pair of that date was ever imported, the index does not know (hunt-J #7: it was said of ids never given).
    return `No exchange ${shown} in the index: an id beginning pc- names a pair imported from the research corpus, and of ${date} the index holds the Ministry's own transcript, under that page's ids (an imported pair gives way to the page of its date). Its exchanges: ${briefing} ${date}.`;
  }
  const held = briefingOf(key);
  if (!held?.retiredIds?.includes(lower)) return null;
  if (imported) {
    return `Exchange ${shown} was removed when its spreadsheet was imported again without that row (deleted, or its question or answer changed); its id is never given to another exchange. The briefing as it is now: ${briefing} ${held.date}.`;
  }
  return `Exchange ${shown} was removed when the Ministry revised its transcript of ${held.date}; its id is never given to another exchange. The transcript as it is now: ${briefing} ${held.date}.`;
}

/** Quote offsets that are not sentences of the record as held now. */
export function quoteMismatchText(id: string, quote: string): string {
  return `This button's quote does not match exchange ${id} as the index holds it now: the button is damaged, or the exchange was re-read since the card was made. Open it in full with ${quote}.`;
}
