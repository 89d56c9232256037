import './load-env.js';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { describeCoverage, reachesOutside, type Coverage } from '../search/coverage.js';
import { openSearch } from '../search/open.js';
import type { SearchFilters, SearchResponse, SpoxSearch } from '../search/types.js';
import { indexDirFromEnv } from '../store/layout.js';
import { dataDirFromEnv } from '../sync/settings.js';
import { readSyncState } from '../sync/state.js';
import { ensureIndex } from './ensure-index.js';
import { loadModelOrWarn } from './model.js';

const USAGE = `usage: npm run ask -- "<question>" [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--spokesperson NAME]
                      [--outlet NAME] [--k N] [--json] [--queries-file F]
       npm run ask -- --about`;

/** The stable `ask --json` object (documented in the README). */
export function responseToJson(response: SearchResponse, coverage: Coverage): object {
  return {
    query: response.query,
    mode: response.mode,
    took_ms: Math.round(response.tookMs * 100) / 100,
    results: response.hits.map((h) => ({
      id: h.record.id,
      date: h.record.date,
      spokesperson: h.record.spokesperson,
      outlet: h.record.outlet,
      question: h.record.question,
      answer: h.record.answer,
      quote: h.quote,
      url: h.record.url,
      score: h.score,
    })),
    coverage,
  };
}

function printHuman(response: SearchResponse, coverage: Coverage, filters: SearchFilters): void {
  if (response.mode === 'lexical') console.log('(lexical search: keyword matching only, semantic search is off)\n');
  if (response.hits.length === 0) {
    console.log(`Nothing relevant found for "${response.query}". Try other words or a wider date range.`);
    console.log(describeCoverage(coverage));
    return;
  }
  if (reachesOutside(coverage, response.query, filters)) console.log(`Note: you asked about dates the index does not hold. ${describeCoverage(coverage)}\n`);
  response.hits.forEach((hit, i) => {
    const r = hit.record;
    const asker = r.kind === 'statement' ? 'opening statement' : `asked by ${r.outlet ?? 'a journalist'}`;
    console.log(`${i + 1}. ${r.date} · ${r.spokesperson} · ${asker}   [${r.id}]`);
    if (r.question) console.log(`   Q: ${r.question.length > 300 ? r.question.slice(0, 300).replace(/\s+\S*$/, '') + ' …' : r.question}`);
    console.log(`   “${hit.quote}”`);
    console.log(`   ${r.url ?? '(no source URL known)'}\n`);
  });
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `--about`: the sources, the span and its gaps, and the last sync. */
function printAbout(search: SpoxSearch, dataDir: string): void {
  const info = search.info();
  const coverage = search.coverage();
  console.log(`${coverage.briefings} briefings, ${info.exchanges} exchanges, ${info.statements} statements; ${info.mode} search${info.model ? ` with ${info.model}` : ''}`);
  console.log(coverage.from ? `span: ${coverage.from} to ${coverage.to}` : 'span: none (the index is empty)');
  console.log(coverage.gaps.length ? `gaps (over 30 days without a briefing): ${coverage.gaps.map((g) => `${g.from} to ${g.to}`).join(', ')}` : 'gaps: none');
  console.log('sources:');
  for (const s of search.sources()) console.log(`  ${s.kind.padEnd(8)} ${String(s.briefings).padStart(5)} briefings, ${s.from} to ${s.to}`);
  const last = readSyncState(dataDir).lastSync;
  console.log(last ? `last sync: ${last.at} from ${last.site} (${last.fetched} new pages)` : `last sync: never (npm run sync fills ${dataDir}/)`);
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        from: { type: 'string' }, to: { type: 'string' }, spokesperson: { type: 'string' }, outlet: { type: 'string' },
        k: { type: 'string', default: '5' }, json: { type: 'boolean', default: false }, 'queries-file': { type: 'string' },
        about: { type: 'boolean', default: false },
      },
    });
  } catch (err) {
    console.error(`ask: ${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = args;
  for (const option of ['from', 'to'] as const) {
    const value = values[option];
    if (value !== undefined && (!DATE.test(value) || Number.isNaN(Date.parse(value)))) {
      console.error(`ask: --${option} must be a date written YYYY-MM-DD, not "${value}"`);
      return 2;
    }
  }
  const k = Number(values.k);
  if (!Number.isInteger(k) || k < 1 || k > 50) {
    console.error(`ask: --k must be a whole number from 1 to 50, not "${values.k}"`);
    return 2;
  }
  let queries: string[];
  if (values['queries-file']) {
    try {
      queries = readFileSync(values['queries-file'], 'utf8').split(/\r?\n/).map((q) => q.trim()).filter(Boolean);
    } catch (err) {
      console.error(`ask: cannot read --queries-file ${values['queries-file']}: ${(err as Error).message}`);
      return 2;
    }
  } else if (positionals.length > 0 || values.about) {
    queries = [positionals.join(' ')];
  } else {
    console.error(`ask: give a question\n${USAGE}`);
    return 2;
  }

  const indexDir = indexDirFromEnv();
  const embedder = await loadModelOrWarn();
  await ensureIndex(indexDir, embedder);
  const dataDir = dataDirFromEnv();
  const search = await openSearch(indexDir, { embedder, log: (line) => console.error(line), dataDir });
  if (values.about) {
    printAbout(search, dataDir);
    return 0;
  }
  const coverage = search.coverage();
  const filters: SearchFilters = { from: values.from, to: values.to, spokesperson: values.spokesperson, outlet: values.outlet };
  for (const query of queries) {
    const response = await search.search(query, { filters, k });
    if (values.json || values['queries-file']) console.log(JSON.stringify(responseToJson(response, coverage)));
    else printHuman(response, coverage, filters);
  }
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (err: Error) => {
    console.error(`ask failed: ${err.message}`);
    process.exitCode = 1;
  },
);
