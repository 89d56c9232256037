import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { briefingAsked } from '../../src/answers/briefing-asked.js';

describe('a question that asks for one briefing (briefing-asked.ts, explore37 #10, #11)', () => {
  it('reads a date alone, written any way, with or without "briefing", as that day\'s briefing', () => {
    for (const typed of ['2019-10-10', ' 2019-10-10 ', '10 October 2019', 'October 10, 2019', 'Oct 10 2019', 'briefing 2019-10-10', 'the briefing of 10 October 2019', '2019-10-10 briefing', 'press conference on October 10, 2019?']) {
      expect(briefingAsked(typed), typed).toEqual({ key: '2019-10-10', date: '2019-10-10', prefix: '' });
    }
    // The keys a card shows: a Chinese page, an imported date, a second transcript.
    expect(briefingAsked('zh-2019-05-29')).toEqual({ key: 'zh-2019-05-29', date: '2019-05-29', prefix: 'zh-' });
    expect(briefingAsked('2019-04-29b')).toEqual({ key: '2019-04-29b', date: '2019-04-29', prefix: '' });
  });

  it('reads "latest", "latest briefing", "most recent briefing" as the newest, and keeps a topic beside either', () => {
    for (const typed of ['latest', 'Latest?', 'the latest briefing', 'most recent briefing', 'newest press conference']) expect(briefingAsked(typed), typed).toEqual({ latest: true });
    for (const typed of ['latest on Huawei', 'Huawei 2019-10-10', 'October 2019', '2019', 'What did the spokesperson say on 2019-10-10?', '2020-02-30', 'last briefing of Hua Chunying', 'briefing']) {
      expect(briefingAsked(typed), typed).toBeNull();
    }
  });

  it('reads no question of the evaluation sets as a briefing asked', () => {
    const texts = ['eval/queries.json', 'eval/queries-zh.json'].flatMap((f) => (JSON.parse(readFileSync(f, 'utf8')) as { query: string }[]).map((q) => q.query));
    expect(texts.length).toBeGreaterThan(300);
    expect(texts.filter((q) => briefingAsked(q) !== null)).toEqual([]);
  });
});
