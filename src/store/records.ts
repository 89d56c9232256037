import type { Transcript } from '../transcripts/types.js';
import type { BriefingSummary, IndexedRecord } from './types.js';

/** Paragraphs are stored joined with a blank line, the `parse --json` form. */
export const PARAGRAPH_SEPARATOR = '\n\n';

/** Flattens a parsed transcript into the records the index stores, each carrying its citation. */
export function toIndexedRecords(transcript: Transcript): IndexedRecord[] {
  return transcript.records.map((r) => ({
    id: r.id,
    kind: r.kind,
    key: transcript.key,
    date: transcript.date,
    spokesperson: r.spokesperson,
    outlet: r.kind === 'exchange' ? r.outlet : null,
    followup: r.kind === 'exchange' ? r.followup : null,
    ...(r.kind === 'exchange' && r.raisedAfter ? { raisedAfter: true as const } : {}),
    position: r.position,
    question: r.kind === 'exchange' ? r.question.join(PARAGRAPH_SEPARATOR) : null,
    answer: r.answer.join(PARAGRAPH_SEPARATOR),
    url: r.source?.url ?? transcript.url,
    title: transcript.title,
    occasion: transcript.occasion,
    ...(r.source ? { source: r.source } : {}),
    lang: transcript.lang ?? 'en',
  }));
}

export function toBriefingSummary(transcript: Transcript): BriefingSummary {
  return {
    key: transcript.key,
    lang: transcript.lang ?? 'en',
    date: transcript.date,
    title: transcript.title,
    spokesperson: transcript.spokesperson,
    url: transcript.url,
    occasion: transcript.occasion,
    recordIds: transcript.records.map((r) => r.id),
  };
}
