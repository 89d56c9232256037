import { existsSync, readFileSync } from 'node:fs';

/**
 * The transcripts `npm run eval` indexes, listed file by file in `eval/corpus.txt`: the corpus the
 * development queries and their relevance rules were written against. A fixed list, not a folder,
 * so that transcripts added to seeds/ later do not change what the figures measure.
 */
export const EVAL_CORPUS_PATH = 'eval/corpus.txt';

/** The listed paths (blank lines and `#` comments skipped); throws naming any listed file that is missing. */
export function readEvalCorpus(path: string = EVAL_CORPUS_PATH): string[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new Error(`cannot read the evaluation corpus list ${path}: ${(err as Error).message}`);
  }
  const files = text.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  const missing = files.filter((f) => !existsSync(f));
  if (missing.length) throw new Error(`${path} lists ${missing.length} missing file(s): ${missing.slice(0, 5).join(', ')}`);
  if (files.length === 0) throw new Error(`${path} lists no transcripts`);
  return files;
}
