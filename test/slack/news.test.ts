import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IndexFollower } from '../../src/search/index-follower.js';
import { openSearch } from '../../src/search/open.js';
import { SwappableSearch } from '../../src/search/swappable.js';
import { newsMessage, postSlackNews } from '../../src/slack/news.js';
import { blockViolations } from '../../src/slack/limits.js';
import { buildIndex } from '../../src/store/build.js';
import { currentGeneration } from '../../src/store/layout.js';
import { bilingualSample } from '../seed-sources.js';
import { startSlack, type SlackUnderTest } from './harness.js';
import { buttons, controlSequences, texts, type Sent } from './messages.js';

/** The bundled 2021 transcript the app starts with; the 2026 one arrives through another process's index run. */
const BUNDLED = 'seeds/plain-text/000_4d07b25c1c8cc511.txt';
const LATER = 'seeds/site-2026/t20260817_12005503.html';
const CHANNEL = 'C0NEWSDESK1';

let root: string;
let s: SlackUnderTest;
let follower: IndexFollower;
const logs: string[] = [];

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'spox-slack-news-'));
  const indexDir = join(root, 'index');
  await buildIndex({ sources: [BUNDLED], indexDir, embedder: null });
  const open = () => openSearch(indexDir, { embedder: null });
  const loaded = await open();
  const swappable = new SwappableSearch(loaded);
  s = await startSlack({ search: swappable.search });
  follower = new IndexFollower({
    search: swappable, indexVersion: () => currentGeneration(indexDir), open, log: (line) => logs.push(line),
    announce: (briefing, chinese) => postSlackNews(s.slack.app.client, CHANNEL, briefing, chinese),
  }, loaded);
  await buildIndex({ sources: [BUNDLED, LATER], indexDir, embedder: null }); // as a cron `npm run sync` would
}, 120_000);
afterAll(async () => {
  await follower?.stop();
  await s?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('news of new briefings in a Slack channel', () => {
  it('posts one message per briefing the committed index gained, through the Web API, verbatim and within the limits', async () => {
    const result = await follower.refresh();
    expect(result.announced).toEqual(['2026-08-17']);
    const posts = s.fake.calls('chat.postMessage');
    expect(posts).toHaveLength(1);
    const post = posts[0] as unknown as Sent & { channel: string; unfurl_links: unknown };
    expect(post.channel).toBe(CHANNEL);
    expect(String(post.unfurl_links)).toBe('false'); // sent form-encoded, as the Web API client does
    expect(blockViolations({ text: post.text ?? '', blocks: post.blocks as never })).toEqual([]);
    expect(controlSequences(post)).toEqual([]);
    const shown = texts(post).join('\n');
    expect(shown).toContain('*New briefing indexed: 2026-08-17*');
    expect(shown).toContain('Foreign Ministry Spokesperson Lin Jian’s Regular Press Conference on August 17, 2026');
    expect(shown).toMatch(/2026-08-17 · Lin Jian · \d+ exchanges · every exchange: `\/spox briefing 2026-08-17`/);
    // The first question as the Ministry wrote it, with the outlet that asked.
    expect(shown).toContain('• CCTV: China announced that King Abdullah II of Jordan will pay a state visit to China.');
    expect(buttons(post).get('spox_transcript')?.url).toBe('https://www.mfa.gov.cn/eng/xw/fyrbt/lxjzh/202608/t20260817_12005503.html');
    expect(logs).toContain('index reloaded: 2 briefings, 1 new');
  });

  it('says in the log, once per briefing, when the app may not post in the channel, and keeps answering from the new index', async () => {
    s.fake.answer('chat.postMessage', { ok: false, error: 'not_in_channel' });
    try {
      await buildIndex({ sources: [BUNDLED, LATER, 'seeds/site-2026/t20260810_12001539.html'], indexDir: join(root, 'index'), embedder: null });
      const result = await follower.refresh();
      expect(result).toMatchObject({ reloaded: true, added: ['2026-08-10'], announced: [] });
      expect(logs.filter((l) => l.startsWith('could not post the news of 2026-08-10: ') && l.includes('not_in_channel'))).toHaveLength(1);
    } finally {
      s.fake.answer('chat.postMessage', { ok: true });
    }
  });

  it('escapes what the page supplies, in the blocks and the notification text: a title cannot ping or link', async () => {
    const engine = await openSearch(join(root, 'index'), { embedder: null });
    const briefing = engine.briefing('2026-08-17')!;
    const hostile = { ...briefing, summary: { ...briefing.summary, title: 'Remarks <!channel> <https://evil.example|read> & more' } };
    const message = newsMessage(hostile);
    const all = [message.text, ...texts(message as unknown as Sent)].join('\n');
    expect(all).not.toMatch(/<!channel>|<https:\/\/evil/);
    expect(all).toContain('Remarks &lt;!channel&gt; &lt;https://evil.example|read&gt; &amp; more');
    expect(controlSequences(message as unknown as Sent)).toEqual([]);
  });

  it('links the Chinese original of a day synced in both languages', async () => {
    const sample = bilingualSample(['2019-05-20']);
    const dir = join(root, 'bilingual');
    try {
      await buildIndex({ sources: [sample.dir], indexDir: dir, embedder: null });
      const engine = await openSearch(dir, { embedder: null });
      const message = newsMessage(engine.briefing('2019-05-20')!, engine.briefing('zh-2019-05-20')!);
      const zh = engine.briefing('zh-2019-05-20')!.summary;
      expect(zh.url).toMatch(/^https:\/\/www\.fmprc\.gov\.cn\/web\//);
      expect(texts(message as unknown as Sent)).toContain(`Chinese original: <${zh.url}|zh-2019-05-20>`);
      expect(blockViolations(message)).toEqual([]);
    } finally {
      sample.remove();
    }
  });
});
