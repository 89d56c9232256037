import { parseTranscriptFiles } from '../src/transcripts/corpus.js';
import { median, round } from './stats.js';

/** Parses every bundled transcript several times; prints the median time and exchanges per second. */
const RUNS = 7;
const times: number[] = [];
let files = 0;
let exchanges = 0;
for (let run = 0; run < RUNS; run++) {
  const started = performance.now();
  const outcomes = parseTranscriptFiles(['seeds']);
  times.push(performance.now() - started);
  files = outcomes.length;
  exchanges = outcomes.reduce((n, o) => n + (o.ok ? o.transcript.records.filter((r) => r.kind === 'exchange').length : 0), 0);
}
const ms = median(times);
console.log(JSON.stringify({
  bench: 'parse', files, exchanges, runs: RUNS, median_ms: round(ms), min_ms: round(Math.min(...times)),
  max_ms: round(Math.max(...times)), exchanges_per_second: Math.round(exchanges / (ms / 1000)), goal_ms: 3000,
}));
