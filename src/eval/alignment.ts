import type { Transcript } from '../transcripts/types.js';
import { alignTranscripts } from '../transcripts/zh/align.js';
import { pairBriefings } from '../transcripts/zh/bilingual.js';

/** English exchanges counted, and how many were paired exactly as expected. */
export interface AlignmentScore {
  briefings: number;
  exchanges: number;
  exact: number;
}

const sameShape = (a: Transcript, b: Transcript): boolean =>
  a.records.length === b.records.length && a.records.every((r, i) => r.kind === b.records[i]!.kind);

/**
 * On briefings where both sides have the same turns (same number of records, same kinds in the same
 * order), the n-th English exchange's counterpart is the n-th Chinese one: how many does the
 * alignment pair exactly so?
 */
export function sameShapeAgreement(transcripts: Transcript[]): AlignmentScore {
  const score: AlignmentScore = { briefings: 0, exchanges: 0, exact: 0 };
  for (const { english, chinese } of pairBriefings(transcripts)) {
    if (!sameShape(english, chinese)) continue;
    score.briefings++;
    const paired = new Map(alignTranscripts(english, chinese).map((p) => [p.en, p.zh]));
    english.records.forEach((r, i) => {
      if (r.kind !== 'exchange') return;
      score.exchanges++;
      if (paired.get(r.id) === chinese.records[i]!.id) score.exact++;
    });
  }
  return score;
}

/**
 * The same briefings with one Chinese exchange taken out (each in turn, every `step`-th): the
 * English exchange it answered must stay unpaired and every other one keep its counterpart.
 */
export function dropOneAgreement(transcripts: Transcript[], step = 1): AlignmentScore {
  const score: AlignmentScore = { briefings: 0, exchanges: 0, exact: 0 };
  let n = 0;
  for (const { english, chinese } of pairBriefings(transcripts)) {
    if (!sameShape(english, chinese)) continue;
    chinese.records.forEach((dropped, k) => {
      if (dropped.kind !== 'exchange' || n++ % step !== 0) return;
      score.briefings++;
      const fewer: Transcript = { ...chinese, records: chinese.records.filter((_, i) => i !== k) };
      const paired = new Map(alignTranscripts(english, fewer).map((p) => [p.en, p.zh]));
      english.records.forEach((r, i) => {
        if (r.kind !== 'exchange') return;
        score.exchanges++;
        const expected = i === k ? undefined : chinese.records[i]!.id;
        if (paired.get(r.id) === expected) score.exact++;
      });
    });
  }
  return score;
}
