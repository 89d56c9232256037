import { createHash } from 'node:crypto';
import type { EvalQuery, QueryKind, QuerySplit } from './queries.js';

/**
 * The sets written after the settings were chosen, by their `source`: each is a split of its own,
 * kept whole. `fresh` was written on 2026-11-29, `fresh2` on 2026-12-01 (after 26 looks at the first).
 */
export const LATER_SETS: readonly QuerySplit[] = ['fresh', 'fresh2'];

/**
 * The tuning / held-out split of the development set, deterministic and stratified by kind: within
 * each kind the queries are ordered by a SHA-256 of their id, and alternate between the halves
 * (the first to `tuning`). The hash, not the file order or the author, decides, so neither half
 * collects one writer's or one topic's queries; each kind is split within one query of half.
 * The result is recorded in the query file (`split`), where a test checks it still matches.
 * Queries of a set written later (`source` "fresh" or "fresh2") form that split whole: they came
 * after the settings were chosen, and adding them moves no query between the halves.
 */
export function assignSplits(queries: readonly Pick<EvalQuery, 'id' | 'kind' | 'source'>[]): Map<string, QuerySplit> {
  const byKind = new Map<QueryKind, { id: string; hash: string }[]>();
  const split = new Map<string, QuerySplit>();
  for (const q of queries) {
    const later = LATER_SETS.find((set) => set === q.source);
    if (later) {
      split.set(q.id, later);
      continue;
    }
    const list = byKind.get(q.kind) ?? [];
    list.push({ id: q.id, hash: createHash('sha256').update(q.id).digest('hex') });
    byKind.set(q.kind, list);
  }
  for (const list of byKind.values()) {
    list.sort((a, b) => a.hash.localeCompare(b.hash));
    list.forEach((q, i) => split.set(q.id, i % 2 === 0 ? 'tuning' : 'heldout'));
  }
  return split;
}
