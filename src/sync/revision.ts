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

/** `2026-08-17#12` → `#12`: the part of an id a revision can move (the key stays). */
const idNumber = (record: TranscriptRecord): string => record.id.slice(record.id.indexOf('#'));

/**
 * The records `after` holds unchanged (the same content, paired in order) under another id, as
 * `#3 → #4`; consecutive ones moved alike are joined (`#3–#9 → #4–#10`). Null when none moved.
 */
function movedIds(before: TranscriptRecord[], after: TranscriptRecord[]): string | null {
  const waiting = new Map<string, TranscriptRecord[]>();
  for (const r of after) waiting.set(recordContent(r), [...(waiting.get(recordContent(r)) ?? []), r]);
  const moves: [string, string][] = [];
  for (const r of before) {
    const twin = waiting.get(recordContent(r))?.shift();
    if (twin && idNumber(twin) !== idNumber(r)) moves.push([idNumber(r), idNumber(twin)]);
  }
  if (moves.length === 0) return null;
  const runs: { from: [string, string]; to: [string, string] }[] = [];
  const next = (id: string): string | null => (/^#\d+$/.test(id) ? `#${Number(id.slice(1)) + 1}` : null);
  for (const [was, now] of moves) {
    const last = runs.at(-1);
    if (last && next(last.from[1]) === was && next(last.to[1]) === now) {
      last.from[1] = was;
      last.to[1] = now;
    } else {
      runs.push({ from: [was, was], to: [now, now] });
    }
  }
  const span = ([first, last]: [string, string]): string => (first === last ? first : `${first}–${last}`);
  return runs.map((run) => `${span(run.from)} → ${span(run.to)}`).join(' and ');
}

/**
 * How the site's newer copy of a briefing differs from the one kept, in words (`1 exchange changed`,
 * `1 exchange added, its title changed`), and the ids of the records it kept that moved (`1 exchange
 * added, ids moved: #3–#9 → #4–#10`); null when both hold the same records and facts, whatever
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
  if (parts.length === 0) return null;
  // Ids are numbered in order: an exchange added or removed moves those after it, which a citation of them must know.
  const moved = movedIds(before.records, after.records);
  return moved === null ? parts.join(', ') : `${parts.join(', ')}, ids moved: ${moved}`;
}
