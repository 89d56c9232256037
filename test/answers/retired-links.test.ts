import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { citation } from '../../src/answers/citation.js';
import { isRetiredLink, linkNote, RETIRED_LINK_WORDS, UNLISTED_LINK_WORDS } from '../../src/answers/retired-links.js';
import { hitCard } from '../../src/discord/cards.js';
import { sharedCard } from '../../src/slack/cards.js';
import { toIndexedRecords } from '../../src/store/records.js';
import type { IndexedRecord } from '../../src/store/types.js';
import { parseTranscriptFiles } from '../../src/transcripts/corpus.js';
import { readPressConFile } from '../../src/transcripts/presscon.js';
import { SHARED_CORPUS } from '../shared-corpus.js';

let pressCon: IndexedRecord[];
beforeAll(async () => {
  pressCon = (await readPressConFile('seeds/presscon/cmfa-presscon-v4-ukraine.csv')).flatMap((o) => (o.ok ? toIndexedRecords(o.transcript) : []));
});
const one = (id: string): IndexedRecord => {
  const found = pressCon.find((r) => r.id === id);
  if (!found) throw new Error(`${id} not imported`);
  return found;
};

describe('a link of the 2021-2024 addresses, which the Ministry now redirects to its maintenance page (explore39)', () => {
  it('is the scheme SITE.md says no longer serves transcripts', () => {
    const site = readFileSync(`${SHARED_CORPUS}/site-2026/SITE.md`, 'utf8');
    const eraTwo = /2\. 2021 to about 2024: `([^`]+)`\.\s+\*\*These URLs no longer serve transcripts\*\*/.exec(site)?.[1];
    expect(eraTwo).toBe('/mfa_eng/xwfw_665399/s2510_665401/2511_665403/202102/t20210226_9170740.html');
    expect(isRetiredLink(`https://www.mfa.gov.cn${eraTwo}`)).toBe(true);
    // Era 1 (the bundled pages) and the 2026 scheme are not.
    expect(isRetiredLink('https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1643710.shtml')).toBe(false);
    expect(isRetiredLink('https://www.mfa.gov.cn/eng/xw/fyrbt/lxjzh/202608/t20260817_12005503.html')).toBe(false);
  });

  it('is given as the corpus gives it, and said to be retired, in the Cite, the Discord card and the Slack card', () => {
    const pair = one('pc-2022-06-08#2');
    expect(pair.url).toBe('https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/202206/t20220608_10700408.html');
    const cite = citation(pair, [], { format: 'plain', maxChars: 10_000 });
    expect(cite).toContain(`(text via CMFA PressCon v4; ${RETIRED_LINK_WORDS}) ${pair.url}`);
    expect(hitCard({ record: pair, quote: pair.answer }, { index: 0, total: 1, mode: 'lexical' }).toJSON().footer!.text).toContain(`text via CMFA PressCon v4; ${RETIRED_LINK_WORDS}`);
    expect(JSON.stringify(sharedCard(pair, [], pair.answer, 'lexical'))).toContain(`_text via CMFA PressCon v4; ${RETIRED_LINK_WORDS}_`);
    // Every pair of 2021-2022 with such a link is marked; no other link is.
    const marked = pressCon.filter((r) => citation(r, [], { format: 'plain', maxChars: 10_000 }).includes(RETIRED_LINK_WORDS));
    expect(marked.length).toBeGreaterThan(300);
    expect(marked.every((r) => /^202[12]-/.test(r.date) && r.url!.includes('/mfa_eng/'))).toBe(true);
    const of2023 = pressCon.filter((r) => r.date.startsWith('2023-'));
    expect(of2023.length).toBeGreaterThan(0);
    expect(of2023.some((r) => isRetiredLink(r.url))).toBe(false);
  });

  it('says of the 2023 pairs\' links, a scheme SITE.md does not list, that the site is not known to serve them (review40 #7)', () => {
    const site = readFileSync(`${SHARED_CORPUS}/site-2026/SITE.md`, 'utf8');
    expect(site).not.toContain('/eng/xwfw_665399/');
    const of2023 = pressCon.filter((r) => r.date.startsWith('2023-'));
    expect(of2023.length).toBeGreaterThan(0);
    for (const pair of of2023) {
      expect(pair.url).toMatch(/\/eng\/xwfw_665399\/s2510_665401\/2511_665403\/2023\d\d\/t2023\d{4}_\d+\.html$/);
      expect(linkNote(pair.url)).toBe(UNLISTED_LINK_WORDS);
    }
    const pair = of2023[0]!;
    expect(citation(pair, [], { format: 'plain', maxChars: 10_000 })).toContain(`; ${UNLISTED_LINK_WORDS}) ${pair.url}`);
    expect(hitCard({ record: pair, quote: pair.answer }, { index: 0, total: 1, mode: 'lexical' }).toJSON().footer!.text).toContain(UNLISTED_LINK_WORDS);
    expect(JSON.stringify(sharedCard(pair, [], pair.answer, 'lexical'))).toContain(UNLISTED_LINK_WORDS);
    // Today's scheme and the bundled pages' say nothing.
    expect(linkNote('https://www.mfa.gov.cn/eng/xw/fyrbt/lxjzh/202608/t20260817_12005503.html')).toBeNull();
    expect(linkNote('https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1643710.shtml')).toBeNull();
  });

  it('leaves the bundled pages\' links unmarked', () => {
    const page = parseTranscriptFiles(['seeds/mfa-en/t1790521.shtml']).flatMap((o) => (o.ok ? toIndexedRecords(o.transcript) : []))[0]!;
    expect(citation(page, [], { format: 'plain', maxChars: 10_000 })).not.toContain(RETIRED_LINK_WORDS);
  });
});
