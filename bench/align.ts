import { dropOneAgreement, sameShapeAgreement, type AlignmentScore } from '../src/eval/alignment.js';
import { parseTranscriptFiles } from '../src/transcripts/corpus.js';
import { round } from './stats.js';

/** Prints how well Chinese exchanges align with their English counterparts on the bundled corpus. */
const transcripts = parseTranscriptFiles(['seeds/mfa-en', 'seeds/mfa-zh']).flatMap((o) => (o.ok ? [o.transcript] : []));
const pct = (s: AlignmentScore): number => round((100 * s.exact) / Math.max(1, s.exchanges));
const started = performance.now();
const same = sameShapeAgreement(transcripts);
const drop = dropOneAgreement(transcripts, 7);
console.log(JSON.stringify({
  bench: 'align-zh',
  same_shape: { ...same, exact_pct: pct(same) },
  one_chinese_exchange_removed: { ...drop, exact_pct: pct(drop) },
  took_ms: round(performance.now() - started),
}));
