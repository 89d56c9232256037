/**
 * `npx tsx scripts/tune-lexical.ts '<json settings>' …`: lexical figures of the TUNING half only,
 * for each given override of the ranking settings (`FusionSettings`), on the evaluation index that
 * `npm run eval` builds (.cache/eval-index). Settings are chosen here; the held-out half is then
 * checked with `npm run eval` (or `--heldout` here, for the check that an adopted setting does not
 * hurt the held-out half), never used to choose.
 */
import { loadQuerySet } from '../src/eval/queries.js';
import { summarizeAll } from '../src/eval/report.js';
import { runQueries } from '../src/eval/run.js';
import { openSearch } from '../src/search/open.js';

const heldout = process.argv.includes('--heldout');
const queries = loadQuerySet().filter((q) => q.split === (heldout ? 'heldout' : 'tuning'));
const args = process.argv.slice(2).filter((a) => a !== '--heldout');
const fmt = (v: number | null): string => (v === null ? '–' : v.toFixed(3));
for (const arg of args.length ? args : ['{}']) {
  const fusion = JSON.parse(arg) as Record<string, unknown>;
  const search = await openSearch('.cache/eval-index', { embedder: null, fusion });
  const outcomes = await runQueries(search, queries);
  const s = summarizeAll(outcomes);
  const empties = outcomes.filter((o) => o.kind !== 'none' && o.empty).length;
  const none = `${Math.round((s.none.emptyRate ?? 0) * s.none.queries)}/${s.none.queries}`;
  console.log(
    `${arg.padEnd(60)} kw P ${fmt(s.keyword.precision)} S ${fmt(s.keyword.success)} | para P ${fmt(s.paraphrase.precision)} | sem P ${fmt(s.semantic.precision)} | MRR kw ${fmt(s.keyword.mrr)} | empty topics ${empties} | none empty ${none}`,
  );
}
