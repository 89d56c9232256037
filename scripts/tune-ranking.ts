/**
 * `npx tsx scripts/tune-ranking.ts [--hybrid] [--heldout | --fresh] '<json settings>' …`: figures of the TUNING
 * half only, for each given override of the ranking settings (`FusionSettings`), on the evaluation
 * index that `npm run eval` builds (.cache/eval-index). Settings are chosen here; the held-out half
 * is then checked with `npm run eval` (or `--heldout` here, for the check that an adopted setting
 * does not hurt the held-out half), never used to choose.
 *
 * `--fresh`, `--fresh2`: the fresh sets (`eval/README.md`), likewise only to check an adopted setting.
 *
 * `--hybrid`: with the configured embedding model (`SPOX_MODEL`, as `npm run eval`, which must have
 * built the eval index with it), so that the fusion's weights can be re-checked where the real model
 * can be loaded; without settings it tries a grid of `vectorWeight` × `minVectorSimilarity`.
 */
import { loadModel } from '../src/cli/model.js';
import { loadQuerySet } from '../src/eval/queries.js';
import { summarizeAll } from '../src/eval/report.js';
import { runQueries } from '../src/eval/run.js';
import { FUSION } from '../src/search/fusion.js';
import { openSearch } from '../src/search/open.js';
import { staleIndexReason } from '../src/store/index-manifest.js';

const INDEX = '.cache/eval-index';
const flags = ['--heldout', '--fresh', '--fresh2', '--hybrid'];
const splitFlag = (['heldout', 'fresh', 'fresh2'] as const).find((s) => process.argv.includes(`--${s}`));
const split = splitFlag ?? 'tuning';
const hybrid = process.argv.includes('--hybrid');
const queries = loadQuerySet().filter((q) => q.split === split);
const args = process.argv.slice(2).filter((a) => !flags.includes(a));
const fmt = (v: number | null): string => (v === null ? '–' : v.toFixed(3));

// A stale index is searched as it stands, with today's question reading: figures of neither engine.
const stale = staleIndexReason(INDEX);
if (stale) {
  console.error(`tune-ranking: ${stale}: run \`npm run eval -- --split tuning\` first, which rebuilds it`);
  process.exit(2);
}

const model = hybrid ? await loadModel((line) => console.error(line)) : null;
if (model && !model.ok) {
  console.error(`tune-ranking: --hybrid needs the embedding model: ${model.reason}`);
  process.exit(2);
}
const embedder = model?.ok ? model.embedder : null;

/** The fusion grid tried with `--hybrid` and no settings: the weight of the vectors and their floor, around today's. */
function fusionGrid(): string[] {
  const settings: string[] = [];
  for (const vectorWeight of [0.1, 0.2, FUSION.vectorWeight, 0.5, 0.8]) {
    for (const minVectorSimilarity of [0.35, FUSION.minVectorSimilarity, 0.5]) settings.push(JSON.stringify({ vectorWeight, minVectorSimilarity }));
  }
  return [...new Set(settings)];
}

for (const arg of args.length ? args : hybrid ? fusionGrid() : ['{}']) {
  const fusion = JSON.parse(arg) as Record<string, unknown>;
  const search = await openSearch(INDEX, { embedder, fusion });
  if (hybrid && search.info().mode !== 'hybrid') {
    console.error(`tune-ranking: ${INDEX}/ holds no vectors of ${embedder!.model}: run \`npm run eval\` with the same SPOX_MODEL first`);
    process.exit(2);
  }
  const outcomes = await runQueries(search, queries);
  const s = summarizeAll(outcomes);
  const empties = outcomes.filter((o) => o.kind !== 'none' && o.empty).length;
  const none = `${Math.round((s.none.emptyRate ?? 0) * s.none.queries)}/${s.none.queries}`;
  console.log(
    `${arg.padEnd(60)} kw P ${fmt(s.keyword.precision)} S ${fmt(s.keyword.success)} | para P ${fmt(s.paraphrase.precision)} | sem P ${fmt(s.semantic.precision)} | MRR kw ${fmt(s.keyword.mrr)} | empty topics ${empties} | none empty ${none}`,
  );
}
