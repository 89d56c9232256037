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
    expect(served.records.filter((r) => r.kind === 'exchange').findIndex((r) => r.outlet === 'Antara')).toBe(5);
    expect(transcriptChanges(withoutAntara, served)).toBe('1 exchange added');
    expect(transcriptChanges(served, withoutAntara)).toBe('1 exchange removed');
    const corrected = parsed(SERVED.replace('deep condolences', 'profound condolences').replace('Denpasar', 'Denpasar, Bali,'));
    expect(transcriptChanges(served, corrected)).toBe('2 exchanges changed');
    expect(transcriptChanges(withoutAntara, corrected)).toBe('1 exchange changed, 1 exchange added');
    expect(transcriptChanges(served, parsed(SERVED.replace('</body>', '<!-- a counter --></body>')))).toBeNull();
    // An exchange replaced at its place by another (the Xinhua one by one of August 10's): one gone, one new.
    const xinhua = SERVED.split('\n').filter((line) => /^<p><strong>Xinhua News Agency: |^<p>Lin Jian: Sanae Takaichi|^<p>This year marks the 81st/.test(line));
    expect(xinhua).toHaveLength(3);
    const other = readFileSync(join(SITE_PAGES, 'eng/xw/fyrbt/lxjzh/202608/t20260810_12001539.html'), 'utf8').split('\n')
      .filter((line) => /^<p><strong>Prensa Latina: |^<p>Guo Jiakun: China has made clear its position on this issue/.test(line));
    expect(other).toHaveLength(2);
    const replaced = parsed(SERVED.replace(xinhua.join('\n'), other.join('\n')));
    expect(replaced.records).toHaveLength(served.records.length);
    expect(transcriptChanges(served, replaced)).toBe('1 exchange added, 1 exchange removed');
    expect(transcriptChanges(served, replaced, [])).toBe('1 exchange added as 2026-08-17#9, 1 exchange removed, its id 2026-08-17#7 retired');
  });

  it('names the ids the index gives the exchanges added and those it retires, when the copy kept carries the index\'s ids', () => {
    const served = parsed(SERVED);
    const withoutAntara = parsed(SERVED.split('\n').filter((line) => !ANTARA.includes(line)).join('\n'));
    // Indexed as first served (numbered 1…7): the exchange added is the 8th, wherever it stands; the ones after it keep theirs.
    expect(transcriptChanges(withoutAntara, served, [])).toBe('1 exchange added as 2026-08-17#8');
    expect(transcriptChanges(served, withoutAntara, [])).toBe('1 exchange removed, its id 2026-08-17#6 retired');
    // An id retired by an earlier revision is never given again.
    expect(transcriptChanges(withoutAntara, served, ['2026-08-17#9'])).toBe('1 exchange added as 2026-08-17#10');
    const firstTwo = parsed(SERVED.split('\n').filter((line) => !/^<p><strong>(CCTV|Bloomberg): /.test(line) && !/^<p>Lin Jian: (This is King|We noticed relevant)|^<p>China and Jordan/.test(line)).join('\n'));
    expect(firstTwo.records.filter((r) => r.kind === 'exchange')).toHaveLength(6);
    expect(transcriptChanges(served, firstTwo, [])).toBe('2 exchanges removed, their ids 2026-08-17#1 and 2026-08-17#2 retired');
    expect(transcriptChanges(firstTwo, served, [])).toBe('2 exchanges added as 2026-08-17#7 and 2026-08-17#8');
  });
});
