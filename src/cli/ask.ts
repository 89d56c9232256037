import './load-env.js';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { occasionPhrase } from '../answers/occasion.js';
import { searchedSpan, type SearchedSpan } from '../answers/span.js';
import { nothingRelevantText, totalsLine } from '../answers/totals.js';
import { openSearch } from '../search/open.js';
import type { SearchFilters, SearchResponse } from '../search/types.js';
import { indexDirFromEnv } from '../store/layout.js';
import { ensureIndex } from './ensure-index.js';
import { loadModelOrWarn } from './model.js';

const USAGE = `usage: npm run ask -- "<question>" [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--spokesperson NAME]
                      [--outlet NAME] [--sort relevance|newest] [--k N] [--json] [--queries-file F]`;

/** The stable `ask --json` object (documented in the README). */
export function responseToJson(response: SearchResponse): object {
  return {
    query: response.query,
    mode: response.mode,
    sort: response.sort,
    took_ms: Math.round(response.tookMs * 100) / 100,
    total: response.total,
    first: response.first,
    last: response.last,
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
  };
}

function printHuman(response: SearchResponse, filters: SearchFilters, span: SearchedSpan): void {
  if (response.mode === 'lexical') console.log('(keyword search only: the meaning search model is off)\n');
  if (response.hits.length === 0) {
    console.log(nothingRelevantText(response.query, filters, span));
    return;
  }
  console.log(`${totalsLine(response)}\n`);
  response.hits.forEach((hit, i) => {
    const r = hit.record;
    const asker = r.kind === 'statement' ? 'opening statement' : `asked by ${r.outlet ?? 'a journalist'}`;
    console.log(`${i + 1}. ${r.date} · ${r.spokesperson} · ${occasionPhrase(r)} · ${asker}   [${r.id}]`);
    if (r.question) console.log(`   Q: ${r.question.length > 300 ? r.question.slice(0, 300).replace(/\s+\S*$/, '') + ' …' : r.question}`);
    console.log(`   “${hit.quote}”`);
    console.log(`   ${r.url ?? '(no source URL known)'}\n`);
  });
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        from: { type: 'string' }, to: { type: 'string' }, spokesperson: { type: 'string' }, outlet: { type: 'string' },
        k: { type: 'string', default: '5' }, sort: { type: 'string' }, json: { type: 'boolean', default: false }, 'queries-file': { type: 'string' },
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
  const sort = values.sort;
  if (sort !== undefined && sort !== 'relevance' && sort !== 'newest') {
    console.error(`ask: --sort must be relevance or newest, not "${sort}"`);
    return 2;
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
  } else if (positionals.length > 0) {
    queries = [positionals.join(' ')];
  } else {
    console.error(`ask: give a question\n${USAGE}`);
    return 2;
  }

  const indexDir = indexDirFromEnv();
  const embedder = await loadModelOrWarn();
  await ensureIndex(indexDir, embedder);
  const search = await openSearch(indexDir, { embedder, log: (line) => console.error(line) });
  const filters: SearchFilters = { from: values.from, to: values.to, spokesperson: values.spokesperson, outlet: values.outlet };
  for (const query of queries) {
    const response = await search.search(query, { filters, k, ...(sort ? { sort } : {}) });
    if (values.json || values['queries-file']) console.log(JSON.stringify(responseToJson(response)));
    else printHuman(response, filters, searchedSpan(search, filters));
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
