import './load-env.js';
import { DEFAULT_QUOTE_LABELS, evaluateQuotes, loadQuoteLabels } from '../eval/quotes.js';
import { openSearch } from '../search/open.js';
import { indexDirFromEnv } from '../store/layout.js';
import { ensureIndex } from './ensure-index.js';
import { parseCommandArgs } from './options.js';

const USAGE = `usage: npm run eval:quotes -- [--labels FILE] [--verbose]
  --labels   hand-labelled exchanges (default ${DEFAULT_QUOTE_LABELS})
  --verbose  every exchange's quote before and after, not only the changes`;

const percent = (n: number, total: number): string => `${total ? ((100 * n) / total).toFixed(1) : '0.0'}%`;

async function main(): Promise<number> {
  const args = parseCommandArgs('eval:quotes', USAGE, { options: { labels: { type: 'string', default: DEFAULT_QUOTE_LABELS }, verbose: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } } });
  if (!args) return 2;
  if (args.values.help) {
    console.log(USAGE);
    return 0;
  }
  const { values } = args;
  const labels = loadQuoteLabels(values.labels);
  const indexDir = indexDirFromEnv();
  await ensureIndex(indexDir, null); // quotes need records and term weights only
  const search = await openSearch(indexDir, { embedder: null });
  const result = evaluateQuotes(labels, (id) => search.record(id), (t) => search.idf(t));
  for (const p of result.problems) console.error(`problem: ${p}`);

  for (const o of result.outcomes) {
    if (!values.verbose && o.beforeHit === o.afterHit) continue;
    const mark = (hit: boolean): string => (hit ? '✓' : '✗');
    console.log(`${o.label.id}  "${o.label.query}"  before ${mark(o.beforeHit)} after ${mark(o.afterHit)}`);
    console.log(`  wanted: ${o.label.sentence}`);
    console.log(`  before: ${o.before}`);
    console.log(`  after:  ${o.after}\n`);
  }
  const n = result.outcomes.length;
  console.log(`${n} labelled exchanges (${values.labels}): the quote contains the sentence a reporter would quote`);
  console.log(`  before (query-term selector): ${result.before.hits}/${n} = ${percent(result.before.hits, n)}; mean ${result.before.meanChars} chars; ${result.before.opensWithEllipsis} open with "…"`);
  console.log(`  after  (position selector):   ${result.after.hits}/${n} = ${percent(result.after.hits, n)}; mean ${result.after.meanChars} chars; ${result.after.opensWithEllipsis} open with "…"`);
  return result.problems.length ? 1 : 0;
}

main().then(
  (code) => (process.exitCode = code),
  (err: Error) => {
    console.error(`eval:quotes failed: ${err.message}`);
    process.exitCode = 1;
  },
);
