import { parseTranscriptFiles } from '../../src/transcripts/corpus.js';
import type { Exchange, Transcript } from '../../src/transcripts/types.js';

export const SEED_PAGES = 'seeds/mfa-en';

/** Parses one bundled page (its folder's manifest gives the URL) and fails loudly if it does not parse. */
export function parseSeed(name: string): Transcript {
  const [outcome] = parseTranscriptFiles([name.includes('/') ? name : `${SEED_PAGES}/${name}`]);
  if (!outcome?.ok) throw new Error(`${name} did not parse: ${outcome?.ok === false ? outcome.error : 'no outcome'}`);
  return outcome.transcript;
}

export function exchanges(t: Transcript): Exchange[] {
  return t.records.filter((r): r is Exchange => r.kind === 'exchange');
}
