import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsedOutcome } from '../../src/transcripts/corpus.js';
import type { Transcript } from '../../src/transcripts/types.js';
import { transcriptChanges } from '../../src/sync/revision.js';
import { SITE_PAGES } from './fake-site.js';

const CONFERENCE = 'eng/xw/fyrbt/lxjzh/202608/t20260817_12005503.html';
const SERVED = readFileSync(join(SITE_PAGES, CONFERENCE), 'utf8');
/** The Antara exchange on the Chinese injured in the earthquake: its question and answer paragraphs. */
const ANTARA = SERVED.split('\n').filter((line) => /^<p><strong>Antara: Still related|^<p>Lin Jian: To my knowledge, a few Chinese citizens/.test(line));

function parsed(html: string): Transcript {
  const outcome = parsedOutcome(CONFERENCE, Buffer.from(html), { url: `https://www.mfa.gov.cn/${CONFERENCE}`, date: null, published: '2026-08-17' });
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.transcript;
}

describe('transcriptChanges', () => {
  it('says what a revision changed, exchange by exchange; nothing for the same transcript in other bytes', () => {
    expect(ANTARA).toHaveLength(2);
    const served = parsed(SERVED);
    const withoutAntara = parsed(SERVED.split('\n').filter((line) => !ANTARA.includes(line)).join('\n'));
    expect(withoutAntara.records.length).toBe(served.records.length - 1);
    // The Antara exchange is the 6th (#6): the two after it move.
    expect(served.records.filter((r) => r.kind === 'exchange').findIndex((r) => r.outlet === 'Antara')).toBe(5);
    expect(transcriptChanges(withoutAntara, served)).toBe('1 exchange added, ids moved: #6–#7 → #7–#8');
    expect(transcriptChanges(served, withoutAntara)).toBe('1 exchange removed, ids moved: #7–#8 → #6–#7');
    const corrected = parsed(SERVED.replace('deep condolences', 'profound condolences').replace('Denpasar', 'Denpasar, Bali,'));
    expect(transcriptChanges(served, corrected)).toBe('2 exchanges changed');
    expect(transcriptChanges(withoutAntara, corrected)).toBe('1 exchange changed, 1 exchange added, ids moved: #6–#7 → #7–#8');
    expect(transcriptChanges(served, parsed(SERVED.replace('</body>', '<!-- a counter --></body>')))).toBeNull();
  });
});
