/**
 * `npx tsx scripts/split-queries.ts [eval/queries.json]`: records each query's half of the
 * development set (`split`: tuning or heldout, by `assignSplits`) in the query file itself, so the
 * split is fixed in the repository and visible in review. Run after adding queries; a test checks
 * the recorded split matches.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { DEFAULT_QUERIES_PATH, parseQuerySet } from '../src/eval/queries.js';
import { assignSplits } from '../src/eval/split.js';

const path = process.argv[2] ?? DEFAULT_QUERIES_PATH;
const raw = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>[];
const queries = parseQuerySet(raw);
const split = assignSplits(queries);
const out = raw.map((q) => ({ ...q, split: split.get(q.id as string) }));
// One field a line, each value compact: the layout the query file is written in.
const entry = (q: Record<string, unknown>): string =>
  `  {\n${Object.entries(q).map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(',\n')}\n  }`;
writeFileSync(path, `[\n${out.map(entry).join(',\n')}\n]\n`);
const tally = new Map<string, number>();
for (const q of queries) {
  const key = `${q.kind} ${split.get(q.id)}`;
  tally.set(key, (tally.get(key) ?? 0) + 1);
}
console.log([...tally].sort().map(([k, n]) => `${k}: ${n}`).join('\n'));
