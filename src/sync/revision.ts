import { exchangeTexts, lastingIds } from '../store/lasting-ids.js';
import type { Exchange, Transcript, TranscriptRecord } from '../transcripts/types.js';
import { listed, plural } from '../util/plural.js';

/** A record's words and who said them: not its id, position or follow-up link. */
function recordContent(record: TranscriptRecord): string {
  return record.kind === 'exchange'
    ? JSON.stringify([record.kind, record.spokesperson, record.outlet, record.question, record.answer])
    : JSON.stringify([record.kind, record.spokesperson, record.answer]);
}

/** Records of `from` whose content `against` does not hold (each of `against` matched once). */
function unmatched(from: TranscriptRecord[], against: TranscriptRecord[]): TranscriptRecord[] {
  const left = new Map<string, number>();
  for (const r of against) left.set(recordContent(r), (left.get(recordContent(r)) ?? 0) + 1);
  return from.filter((r) => {
    const n = left.get(recordContent(r)) ?? 0;
    if (n > 0) left.set(recordContent(r), n - 1);
    return n === 0;
  });
}

const exchangesOf = (t: Transcript): Exchange[] => t.records.filter((r): r is Exchange => r.kind === 'exchange');

/**
 * The exchanges a revision changed, added and removed: each exchange of `after` that is one of
 * `before`'s (the same text, or the same corrected in place: same-exchange.ts) and differs from it
 * counts as changed, the others of `after` as added, and those of `before` none is as removed.
 * `retiredIds`: given when `before` carries the ids the index gave its exchanges, with those its
 * briefing retired: the words then name the ids the index gives the exchanges added (ids last:
 * lasting-ids.ts) and those of the exchanges removed, which it retires.
 */
function exchangeChanges(before: Transcript, after: Transcript, retiredIds?: readonly string[]): string[] {
  const [was, now] = [exchangesOf(before), exchangesOf(after)];
  const held = {
    exchanges: exchangeTexts(before).map((text, i) => ({ id: was[i]!.id, ...text })),
    retiredIds: retiredIds ?? [],
  };
  const { ids, added, removed } = lastingIds(before.key, held, exchangeTexts(after));
  const wasById = new Map(was.map((r) => [r.id, r]));
  const changed = now.filter((r, j) => {
    const previous = wasById.get(ids[j]!);
    return previous !== undefined && recordContent(previous) !== recordContent(r);
  }).length;
  const parts: string[] = [];
  if (changed > 0) parts.push(`${plural(changed, 'exchange')} changed`);
  if (added.length > 0) parts.push(`${plural(added.length, 'exchange')} added${retiredIds ? ` as ${listed(added, 'and')}` : ''}`);
  if (removed.length > 0) {
    const retired = removed.length === 1 ? `its id ${removed[0]} retired` : `their ids ${listed(removed, 'and')} retired`;
    parts.push(`${plural(removed.length, 'exchange')} removed${retiredIds ? `, ${retired}` : ''}`);
  }
  return parts;
}

/**
 * How the site's newer copy of a briefing differs from the one kept, in words (`1 exchange changed`,
 * `1 exchange added, its title changed`); null when both hold the same records and facts, whatever
 * their bytes (a page re-served with another time stamp or markup is no revision). `retiredIds`:
 * given when `before` carries the ids the index gave its records (`exchangeChanges`), so the words
 * name the ids of the exchanges added and removed: `1 exchange added as 2026-08-17#9`.
 */
export function transcriptChanges(before: Transcript, after: Transcript, retiredIds?: readonly string[]): string | null {
  const parts = exchangeChanges(before, after, retiredIds);
  const statements = (t: Transcript): TranscriptRecord[] => t.records.filter((r) => r.kind === 'statement');
  const gone = unmatched(statements(before), statements(after)).length;
  const come = unmatched(statements(after), statements(before)).length;
  const changed = Math.min(gone, come);
  if (changed > 0) parts.push(`${plural(changed, 'statement')} changed`);
  if (come > changed) parts.push(`${plural(come - changed, 'statement')} added`);
  if (gone > changed) parts.push(`${plural(gone - changed, 'statement')} removed`);
  if (before.records.length === after.records.length && parts.length === 0 && before.records.some((r, i) => recordContent(r) !== recordContent(after.records[i]!))) {
    parts.push('the order of its records changed');
  }
  for (const fact of ['title', 'date', 'spokesperson', 'occasion', 'lang'] as const) {
    if ((before[fact] ?? null) !== (after[fact] ?? null)) parts.push(`its ${fact === 'lang' ? 'language' : fact} changed`);
  }
  return parts.length === 0 ? null : parts.join(', ');
}
