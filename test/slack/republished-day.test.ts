import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SpoxSearch } from '../../src/search/types.js';
import { searchOnBilingualSample } from '../search/bilingual-search.js';
import { waitFor } from './fake-slack.js';
import { buttonClick, startSlack, type SlackUnderTest } from './harness.js';
import { buttons, texts, type Sent } from './messages.js';

/** 2019-04-29: one Chinese page, and two English transcripts the Ministry published of it (t1659619, and t1660057 as 2019-04-29b). */
let search: SpoxSearch;
let s: SlackUnderTest;
let counter = 0;

searchOnBilingualSample((opened) => {
  search = opened;
}, ['2019-04-29']);
beforeAll(async () => {
  s = await startSlack({ search });
}, 120_000);
afterAll(async () => {
  await s?.close();
});

async function clickEnglish(chineseId: string): Promise<Sent[]> {
  const id = `twice${++counter}`;
  await s.interact(buttonClick({ actionId: 'spox_english', value: chineseId, responseUrl: s.fake.responseUrl(id) }));
  await waitFor(`an answer (${id})`, () => s.fake.responses(id).length > 0);
  await s.idle();
  return s.fake.responses(id) as Sent[];
}

describe('the English button on a day the Ministry published two English transcripts of', () => {
  it('shows an English exchange aligned with each Chinese one, and names the other transcript (2019-04-29)', async () => {
    const chinese = search.briefing('zh-2019-04-29')!.records;
    const english = [search.briefing('2019-04-29')!, search.briefing('2019-04-29b')!];
    expect(chinese.length).toBeGreaterThan(10);
    for (const record of chinese) {
      // Both English transcripts hold the exchange: each is aligned with the one Chinese record.
      const aligned = english.flatMap((b) => b.records.filter((r) => r.zh?.id === record.id));
      expect(aligned.map((r) => r.key).sort(), record.id).toEqual(['2019-04-29', '2019-04-29b']);
      const shown = await clickEnglish(record.id);
      const text = shown.flatMap(texts).join('\n');
      expect(text, record.id).not.toContain('No English exchange');
      const last = shown.at(-1)!;
      const counterpart = aligned.find((r) => buttons(last).get('spox_transcript')?.url === r.url);
      expect(counterpart, record.id).toBeDefined();
      expect(buttons(last).get('spox_chinese'), record.id).toMatchObject({ value: counterpart!.id });
      // The other transcript of the day, in other words, is named with its link.
      const other = english.find((b) => b.summary.key !== counterpart!.key)!;
      expect(text, record.id).toContain(`The Ministry published another English transcript of this briefing, in other words: ${other.summary.key} ${other.summary.url}`);
    }
  });
});
