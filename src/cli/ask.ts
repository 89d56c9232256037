import './load-env.js';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openSearch } from '../search/open.js';
import { chineseCounterpart } from '../search/bilingual.js';
import type { SearchFilters, SearchResponse, SpoxSearch } from '../search/types.js';
import { indexDirFromEnv } from '../store/layout.js';
import { ensureIndex } from './ensure-index.js';
import { loadModelOrWarn } from './model.js';

const USAGE = `usage: npm run ask -- "<question>" [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--spokesperson NAME]
                      [--outlet NAME] [--k N] [--json] [--queries-file F]`;

/**
 * The stable `ask --json` object (documented in the README). With the index to look in, an
 * English result carries its Chinese original as `zh` when one is aligned.
 */
export function responseToJson(response: SearchResponse, search?: Pick<SpoxSearch, 'record'>): object {
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
      lang: h.record.lang ?? 'en',
      ...chineseJson(search, h.record),
    })),
  };
}

function chineseJson(search: Pick<SpoxSearch, 'record'> | undefined, record: SearchResponse['hits'][number]['record']): object {
  const zh = search ? chineseCounterpart(search, record) : undefined;
  return zh ? { zh: { question: zh.question, answer: zh.answer, url: zh.url, id: zh.id, confidence: record.zh!.confidence } } : {};
}

function printHuman(response: SearchResponse): void {
  if (response.mode === 'lexical') console.log('(lexical search: keyword matching only, semantic search is off)\n');
  if (response.hits.length === 0) {
    console.log(`Nothing relevant found for "${response.query}". Try other words or a wider date range.`);
    return;
  }
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

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        from: { type: 'string' }, to: { type: 'string' }, spokesperson: { type: 'string' }, outlet: { type: 'string' },
        k: { type: 'string', default: '5' }, json: { type: 'boolean', default: false }, 'queries-file': { type: 'string' },
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
    const response = await search.search(query, { filters, k });
    if (values.json || values['queries-file']) console.log(JSON.stringify(responseToJson(response, search)));
    else printHuman(response);
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
