import './load-env.js';
import type { Embedder } from '../embed/embedder.js';
import { coverageProblem, loadCorpusRecords, MIN_RELEVANT_RECORDS, ruleCoverage } from '../eval/coverage.js';
import { EVAL_CORPUS_PATH, readEvalCorpus } from '../eval/corpus.js';
import { DEFAULT_QUERIES_PATH, loadQuerySet, QUERY_KINDS, QUERY_SPLITS, type EvalQuery, type QueryKind, type QuerySplit } from '../eval/queries.js';
import { buildJsonReport, formatQueryLines, formatSplitTables, type EvalResults, type ModeResult } from '../eval/report.js';
import { EVAL_K, runQueries } from '../eval/run.js';
import { openSearch } from '../search/open.js';
import { resolve } from 'node:path';
import { buildIndex } from '../store/build.js';
import { readManifest, staleIndexReason } from '../store/index-manifest.js';
import { currentGeneration } from '../store/layout.js';
import { loadModel } from './model.js';
import { createProgress } from './progress.js';
import { parseCommandArgs } from './options.js';

/** The evaluation's own index: the fixed corpus only, never the bot's index/. */
const DEFAULT_EVAL_INDEX = '.cache/eval-index';

const USAGE = `usage: npm run eval -- [--json] [--verbose] [--queries FILE] [--index DIR] [--only ID …] [--split HALF] [--corpus LIST] [--rules]
  --json      machine-readable report on stdout
  --verbose   every query and its top ${EVAL_K} hits, not only the failures
  --queries   the query set (default ${DEFAULT_QUERIES_PATH})
  --index     the evaluation index folder (default ${DEFAULT_EVAL_INDEX}); indexed from the fixed
              corpus listed in ${EVAL_CORPUS_PATH} (never from seeds/ as a whole) when not current
  --corpus    the list of transcripts to index (default ${EVAL_CORPUS_PATH}; the figures mean
              something only on that one)
  --only      run only these query ids (repeatable)
  --split     run only one part: tuning, heldout, fresh or fresh2 (tune on tuning only)
  --rules     no search: count each query's relevant records in the corpus (each needs ≥ ${MIN_RELEVANT_RECORDS})`;

const log = (line: string): void => console.error(line);

function counts(queries: readonly EvalQuery[]): Record<QueryKind, number> {
  const result = { keyword: 0, paraphrase: 0, semantic: 0, none: 0 };
  for (const q of queries) result[q.kind]++;
  return result;
}

/** `--rules`: the relevant-record count of every query, straight from the transcripts. */
function printRuleCoverage(queries: readonly EvalQuery[], corpus: string[], list: string, json: boolean): number {
  const records = loadCorpusRecords(corpus);
  const rows = queries.map((q) => ruleCoverage(q, records));
  const problems = rows.map((row) => coverageProblem(row, MIN_RELEVANT_RECORDS)).filter((p): p is string => p !== null);
  if (json) {
    console.log(JSON.stringify({ records: records.length, queries: rows.map(({ ids: _ids, ...row }) => row), problems }));
  } else {
    console.log(`${records.length} records in the ${corpus.length} transcripts of ${list}\n`);
    console.log(`${'kind'.padEnd(11)}${'query'.padEnd(34)}${'relevant'.padStart(9)}${'in question'.padStart(13)}`);
    for (const row of rows) {
      const flag = coverageProblem(row, MIN_RELEVANT_RECORDS) ? '  ✗' : '';
      console.log(`${row.kind.padEnd(11)}${row.id.padEnd(34)}${String(row.matches).padStart(9)}${String(row.inQuestion).padStart(13)}${flag}`);
    }
    console.log(problems.length ? `\n${problems.length} problems:\n  ${problems.join('\n  ')}` : '\nevery rule has enough relevant records; every "none" topic is absent');
  }
  return problems.length ? 1 : 0;
}


/**
 * Whether the evaluation index holds exactly the listed transcripts, in the current format, with
 * vectors of `embedder`'s model when one is given (a transcript edited in place is not detected:
 * the listed pages are the Ministry's, fixed).
 */
function evalIndexCurrent(indexDir: string, corpus: string[], embedder: Embedder | null): boolean {
  const generation = currentGeneration(indexDir);
  if (!generation || staleIndexReason(indexDir)) return false;
  const manifest = readManifest(generation);
  if (!manifest) return false;
  const indexed = Object.values(manifest.transcripts);
  const files = new Set(indexed.map((t) => resolve(t.file)));
  if (files.size !== corpus.length || !corpus.every((f) => files.has(resolve(f)))) return false;
  return !embedder || (manifest.model === embedder.model && indexed.every((t) => t.vectors));
}

/**
 * Brings the evaluation index up to date with exactly the fixed corpus (transcripts no longer
 * listed are dropped; vectors of unchanged ones are kept), embedding when a model is given.
 */
async function buildEvalIndex(indexDir: string, corpus: string[], list: string, embedder: Embedder | null): Promise<void> {
  if (evalIndexCurrent(indexDir, corpus, embedder)) return;
  log(`Indexing the ${corpus.length} transcripts of ${list} into ${indexDir}/.`);
  const progress = createProgress('embedding');
  try {
    const report = await buildIndex({ sources: corpus, indexDir, embedder, log, progress: (done, total) => progress.update(done, total) });
    for (const f of report.failures) log(`error: ${f.file}: ${f.error}`);
  } finally {
    progress.stop();
  }
}

/** Runs the queries against an index opened with `embedder` (null: lexical-only). */
async function runMode(indexDir: string, embedder: Embedder | null, queries: EvalQuery[]): Promise<ModeResult> {
  const notes: string[] = [];
  const search = await openSearch(indexDir, { embedder, log: (line) => notes.push(line) });
  const wanted = embedder ? 'hybrid' : 'lexical';
  if (search.info().mode !== wanted) {
    return { available: false, reason: notes.join('; ') || `the index opened in ${search.info().mode} mode` };
  }
  return { available: true, outcomes: await runQueries(search, queries) };
}

async function main(): Promise<number> {
  const args = parseCommandArgs('eval', USAGE, {
    options: {
      json: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
      queries: { type: 'string', default: DEFAULT_QUERIES_PATH },
      index: { type: 'string' },
      only: { type: 'string', multiple: true },
      split: { type: 'string' },
      corpus: { type: 'string', default: EVAL_CORPUS_PATH },
      rules: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (!args) return 2;
  const { values } = args;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }

  let queries: EvalQuery[];
  try {
    queries = loadQuerySet(values.queries);
  } catch (err) {
    console.error(`eval: ${(err as Error).message}`);
    return 2;
  }
  if (values.only?.length) {
    const unknown = values.only.filter((id) => !queries.some((q) => q.id === id));
    if (unknown.length) {
      console.error(`eval: no query with id ${unknown.map((id) => `"${id}"`).join(', ')} in ${values.queries}`);
      return 2;
    }
    queries = queries.filter((q) => values.only!.includes(q.id));
  }
  let corpus: string[];
  try {
    corpus = readEvalCorpus(values.corpus);
  } catch (err) {
    console.error(`eval: ${(err as Error).message}`);
    return 2;
  }
  if (values.split !== undefined) {
    if (!QUERY_SPLITS.includes(values.split as QuerySplit)) {
      console.error(`eval: --split must be one of ${QUERY_SPLITS.join(', ')}, not "${values.split}"`);
      return 2;
    }
    queries = queries.filter((q) => q.split === values.split);
  }
  if (values.rules) return printRuleCoverage(queries, corpus, values.corpus, values.json);

  const indexDir = values.index ?? DEFAULT_EVAL_INDEX;
  const model = await loadModel(log);
  const embedder = model.ok ? model.embedder : null;
  await buildEvalIndex(indexDir, corpus, values.corpus, embedder);

  const lexical = await runMode(indexDir, null, queries);
  const hybrid: ModeResult = embedder
    ? await runMode(indexDir, embedder, queries)
    : { available: false, reason: `model unavailable: ${model.ok ? 'unknown' : model.reason}` };

  const results: EvalResults = { lexical, hybrid };
  if (values.json) {
    console.log(JSON.stringify(buildJsonReport(results, counts(queries), { list: values.corpus, transcripts: corpus.length })));
    return 0;
  }
  const c = counts(queries);
  console.log(
    `spox retrieval eval: ${queries.length} queries (${QUERY_KINDS.map((k) => `${c[k]} ${k}`).join(', ')}), top ${EVAL_K},\n` +
      `on the ${corpus.length} transcripts of ${values.corpus} (index ${indexDir}/)\n`,
  );
  for (const line of formatSplitTables(results)) console.log(line);
  const details = formatQueryLines(results, values.verbose);
  if (details.length) {
    console.log(values.verbose ? '\nevery query (✓ relevant, ✗ not):' : `\nfailures (precision@${EVAL_K} < 1, or hits for a "none" query):`);
    for (const line of details) console.log(line);
  }
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (err: Error) => {
    console.error(`eval failed: ${err.stack ?? err.message}`);
    process.exitCode = 1;
  },
);
