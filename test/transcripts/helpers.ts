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

/**
 * The verbatim check: every question and answer paragraph must occur in its page's visible text
 * (worked out without the parser, by `visibleText`). Returns the paragraphs that do not, and how
 * many were checked.
 */
export function verbatimMisses(transcripts: Transcript[], visibleText: (file: string) => string): { misses: string[]; checked: number } {
  const misses: string[] = [];
  let checked = 0;
  for (const t of transcripts) {
    const visible = visibleText(t.file);
    for (const r of t.records) {
      for (const p of [...r.answer, ...(r.kind === 'exchange' ? r.question : [])]) {
        checked++;
        if (!visible.includes(p)) misses.push(`${r.id}: ${p.slice(0, 80)}`);
      }
    }
  }
  return { misses, checked };
}
