import type { Transcript } from '../types.js';
import { alignTranscripts, type AlignedPair } from './align.js';

/** The Chinese transcript of each English one: the same briefing date (an English revision `DATEb` shares its date's Chinese page). */
export function pairBriefings(transcripts: Transcript[]): { english: Transcript; chinese: Transcript }[] {
  const chineseByDate = new Map<string, Transcript>();
  for (const t of transcripts) if (t.lang === 'zh' && !chineseByDate.has(t.date)) chineseByDate.set(t.date, t);
  return transcripts.flatMap((english) => {
    const chinese = english.lang === 'zh' ? undefined : chineseByDate.get(english.date);
    return chinese ? [{ english, chinese }] : [];
  });
}

/** Every English record that has a Chinese counterpart, by English record id. */
export function alignCorpus(transcripts: Transcript[]): Map<string, AlignedPair> {
  const byEnglish = new Map<string, AlignedPair>();
  for (const { english, chinese } of pairBriefings(transcripts)) {
    for (const pair of alignTranscripts(english, chinese)) byEnglish.set(pair.en, pair);
  }
  return byEnglish;
}
