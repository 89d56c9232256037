import type { Transcript, TranscriptRecord } from '../transcripts/types.js';
import { plural } from '../util/plural.js';

/** A record's words and who said them: not its id, position or follow-up link, which an exchange added before it moves. */
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

const NOUNS = { exchange: 'exchange', statement: 'statement' } as const;

/**
 * How the site's newer copy of a briefing differs from the one kept, in words (`1 exchange changed`,
 * `1 exchange added, the title changed`); null when both hold the same records and facts, whatever
 * their bytes (a page re-served with another time stamp or markup is no revision).
 */
export function transcriptChanges(before: Transcript, after: Transcript): string | null {
  const parts: string[] = [];
  for (const kind of ['exchange', 'statement'] as const) {
    const gone = unmatched(before.records.filter((r) => r.kind === kind), after.records.filter((r) => r.kind === kind)).length;
    const come = unmatched(after.records.filter((r) => r.kind === kind), before.records.filter((r) => r.kind === kind)).length;
    const changed = Math.min(gone, come);
    if (changed > 0) parts.push(`${plural(changed, NOUNS[kind])} changed`);
    if (come > changed) parts.push(`${plural(come - changed, NOUNS[kind])} added`);
    if (gone > changed) parts.push(`${plural(gone - changed, NOUNS[kind])} removed`);
  }
  if (before.records.length === after.records.length && parts.length === 0 && before.records.some((r, i) => recordContent(r) !== recordContent(after.records[i]!))) {
    parts.push('the order of its records changed');
  }
  for (const fact of ['title', 'date', 'spokesperson', 'occasion', 'lang'] as const) {
    if ((before[fact] ?? null) !== (after[fact] ?? null)) parts.push(`its ${fact === 'lang' ? 'language' : fact} changed`);
  }
  return parts.length > 0 ? parts.join(', ') : null;
}
