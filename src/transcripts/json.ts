import type { FileOutcome } from './corpus.js';
import type { RecordSource } from './types.js';

/**
 * The stable `parse --json` line for one input file (documented in the README): answer (and
 * question) paragraphs joined with a blank line.
 */
export function outcomeToJson(outcome: FileOutcome): object {
  if (!outcome.ok) return { file: outcome.file, ok: false, error: outcome.error };
  const t = outcome.transcript;
  return {
    file: outcome.file,
    ok: true,
    title: t.title,
    date: t.date,
    spokesperson: t.spokesperson,
    url: t.url,
    occasion: t.occasion,
    records: t.records.map((r) => ({
      id: r.id,
      kind: r.kind,
      outlet: r.kind === 'exchange' ? r.outlet : null,
      followup: r.kind === 'exchange' ? r.followup : null,
      ...(r.kind === 'exchange' && r.raisedAfter ? { raised_after: true } : {}),
      question: r.kind === 'exchange' ? r.question.join('\n\n') : null,
      answer: r.answer.join('\n\n'),
      spokesperson: r.spokesperson,
      source: r.source ? sourceJson(r.source) : null,
    })),
  };
}

/**
 * A record's `source` as `parse --json` and `ask --json` give it: `{"corpus","excerpt"}`, `date_doubted`
 * (why the sheet contradicts the record's date) when it does, and `url`, the row's own link, where it is
 * not its briefing's.
 */
export function sourceJson(source: RecordSource): object {
  return { corpus: source.corpus, excerpt: source.excerpt, ...(source.dateDoubted ? { date_doubted: source.dateDoubted } : {}), ...(source.url ? { url: source.url } : {}) };
}
