import { pairExchanges, type ExchangeText } from '../transcripts/same-exchange.js';
import type { Transcript } from '../transcripts/types.js';
import type { readStoredLines } from './records-file.js';
import { PARAGRAPH_SEPARATOR } from './records.js';
import type { IndexedRecord } from './types.js';

/**
 * Ids that last: a page parsed alone numbers its exchanges 1, 2, 3…, but an id handed out (a card's
 * footer, a Cite button, a reporter's notes) must go on naming the exchange it named. So when the
 * Ministry revises a briefing the index holds, each exchange of the newer version that is one of
 * the briefing's exchanges before (same-exchange.ts: the same text, or the same one corrected in
 * place) keeps that one's id; one that is new takes a number no exchange of the briefing ever had;
 * and the id of one that is gone is retired: never given again, so it names nothing.
 */

/** A briefing as the index holds it: its exchanges in order, and the ids of exchanges revisions removed. */
export interface HeldBriefing {
  exchanges: readonly Pick<IndexedRecord, 'id' | 'question' | 'answer'>[];
  retiredIds: readonly string[];
}

/** What a newer version of a held briefing does to its exchanges' ids. */
export interface LastingIds {
  /** Per exchange of the newer version, in order: the id it keeps, or the new one it is given. */
  ids: string[];
  /** The ids given to exchanges that are new, in order. */
  added: string[];
  /** The ids of the held exchanges the newer version no longer holds, in order. */
  removed: string[];
}

/** The number of an exchange id (`2019-07-26#7` → 7); 0 for another id. */
function numberOf(id: string): number {
  const m = /#(\d+)$/.exec(id);
  return m ? Number(m[1]) : 0;
}

/** The ids `exchanges` (the newer version of `held`, briefing `key`) take. */
export function lastingIds(key: string, held: HeldBriefing, exchanges: readonly ExchangeText[]): LastingIds {
  const before = held.exchanges.map((e) => ({ question: e.question ?? '', answer: e.answer }));
  const pairs = pairExchanges(before, exchanges);
  let last = 0;
  for (const id of [...held.exchanges.map((e) => e.id), ...held.retiredIds]) last = Math.max(last, numberOf(id));
  const added: string[] = [];
  const ids = pairs.map((i) => {
    if (i >= 0) return held.exchanges[i]!.id;
    const id = `${key}#${++last}`;
    added.push(id);
    return id;
  });
  const kept = new Set(pairs);
  const removed = held.exchanges.flatMap((e, i) => (kept.has(i) ? [] : [e.id]));
  return { ids, added, removed };
}

/** A transcript's exchanges as `lastingIds` compares them (paragraphs joined as the index stores them). */
export function exchangeTexts(transcript: Transcript): ExchangeText[] {
  return transcript.records.flatMap((r) =>
    r.kind === 'exchange' ? [{ question: r.question.join(PARAGRAPH_SEPARATOR), answer: r.answer.join(PARAGRAPH_SEPARATOR) }] : []);
}

/** The ids a transcript's exchanges take (`planIds`), in order, and its briefing's retired ids then. */
export interface IdPlan {
  ids: string[];
  retiredIds: string[];
}

/**
 * The ids the exchanges of `transcript` (parsed as a page alone numbers them) take as the newer
 * version of `held` (`lastingIds`), and the briefing's retired ids then: those retired before and
 * those of the exchanges gone. `sameContent`: the transcript is the one the index holds (the same
 * content hash), whose exchanges take the held ids in order, no text compared.
 */
export function planIds(transcript: Transcript, held: HeldBriefing, sameContent: boolean): IdPlan {
  const count = transcript.records.filter((r) => r.kind === 'exchange').length;
  const { ids, removed } = sameContent && count === held.exchanges.length
    ? { ids: held.exchanges.map((e) => e.id), removed: [] }
    : lastingIds(transcript.key, held, exchangeTexts(transcript));
  return { ids, retiredIds: [...held.retiredIds, ...removed] };
}

/** Gives the exchanges of `transcript` the ids of `ids`, in order, and renames follow-up links with them; statements keep theirs (`#s1`, `#s2`: named by their place, not counted). */
export function renameExchanges(transcript: Transcript, ids: readonly string[]): void {
  const exchanges = transcript.records.filter((r) => r.kind === 'exchange');
  const renamed = new Map(exchanges.map((r, i) => [r.id, ids[i]!]));
  for (const record of transcript.records) {
    record.id = renamed.get(record.id) ?? record.id;
    if (record.kind === 'exchange' && record.followup) record.followup = renamed.get(record.followup) ?? record.followup;
  }
}

/** The briefing `key` as a generation's stored records hold it; undefined when they hold none. */
export function heldBriefing(stored: ReturnType<typeof readStoredLines>, key: string): HeldBriefing | undefined {
  const records = stored.recordsByKey.get(key);
  if (!records) return undefined;
  return { exchanges: records.filter((r) => r.kind === 'exchange'), retiredIds: stored.briefing(key)?.retiredIds ?? [] };
}
