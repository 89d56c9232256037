import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newsMessageBody } from '../../src/discord/news.js';
import { IndexFollower, newsPosts } from '../../src/search/index-follower.js';
import { openSearch } from '../../src/search/open.js';
import { SwappableSearch } from '../../src/search/swappable.js';
import type { Briefing } from '../../src/search/types.js';
import { buildIndex } from '../../src/store/build.js';
import { currentGeneration } from '../../src/store/layout.js';
import { bilingualSample, SAMPLE_DATES } from '../seed-sources.js';

/** The bundled 2021 transcript the bot starts with; the 2026 one arrives through another process's index run. */
const BUNDLED = 'seeds/plain-text/000_4d07b25c1c8cc511.txt';
const LATER = 'seeds/plain-text/t20260817_12005503.txt';

let root: string;
let indexDir: string;
let swappable: SwappableSearch;
let follower: IndexFollower;
const logs: string[] = [];
const announced: Briefing[] = [];

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'spox-follow-'));
  indexDir = join(root, 'index');
  await buildIndex({ sources: [BUNDLED], indexDir, embedder: null });
  const open = () => openSearch(indexDir, { embedder: null });
  const loaded = await open();
  swappable = new SwappableSearch(loaded);
  follower = new IndexFollower({
    search: swappable,
    indexVersion: () => currentGeneration(indexDir),
    open,
    announce: async (briefing) => void announced.push(briefing),
    log: (line) => logs.push(line),
  }, loaded);
});

afterAll(async () => {
  await follower?.stop();
  rmSync(root, { recursive: true, force: true });
});

describe('a bot following the committed index', () => {
  it('does nothing while the index is unchanged', async () => {
    expect(await follower.refresh()).toEqual({ reloaded: false, added: [], announced: [] });
    expect(swappable.search.latestBriefing()?.summary.date).toBe('2021-02-26');
  });

  it("answers from the index another process committed, found by its periodic check, and announces what it added", async () => {
    const before = await swappable.search.search('King Abdullah II of Jordan state visit', { k: 3 });
    expect(before.hits.every((h) => h.record.date !== '2026-08-17')).toBe(true);

    await buildIndex({ sources: [BUNDLED, LATER], indexDir, embedder: null }); // as `npm run index` or a cron sync would
    follower.start(20);
    for (let i = 0; i < 250 && swappable.search.latestBriefing()?.summary.date !== '2026-08-17'; i++) {
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(swappable.search.latestBriefing()?.summary.date).toBe('2026-08-17');
    const after = await swappable.search.search('King Abdullah II of Jordan state visit', { k: 3 });
    expect(after.hits[0]?.record.date).toBe('2026-08-17');
    expect(announced.map((b) => b.summary.key)).toEqual(['2026-08-17']);
    expect(logs).toContain('index reloaded: 2 briefings, 1 new');
  });

  it('keeps answering from the index it has when the new one cannot be opened, and says so once', async () => {
    const good = currentGeneration(indexDir)!;
    const broken = join(indexDir, 'gen-zzzz-1-abcdef');
    mkdirSync(broken);
    writeFileSync(join(broken, 'manifest.json'), '{"format": ');
    const current = join(indexDir, 'CURRENT');
    const previous = readFileSync(current, 'utf8');
    writeFileSync(current, `${basename(broken)}\n`);
    try {
      logs.length = 0;
      expect((await follower.refresh()).reloaded).toBe(false);
      expect((await follower.refresh()).reloaded).toBe(false);
      expect(logs.filter((l) => l.startsWith('could not load the new index, keeping the current one'))).toHaveLength(1);
      expect((await swappable.search.search('King Abdullah II of Jordan state visit', { k: 3 })).hits[0]?.record.date).toBe('2026-08-17');
    } finally {
      writeFileSync(current, previous);
    }
    expect(currentGeneration(indexDir)).toBe(good);
  });
});

describe('the news of an index that added English and Chinese briefings', () => {
  const sample = bilingualSample();
  const dir = mkdtempSync(join(tmpdir(), 'spox-follow-zh-'));
  afterAll(() => {
    sample.remove();
    rmSync(dir, { recursive: true, force: true });
  });

  it('posts one message a day, the English briefing with its Chinese original; a Chinese day without English alone', async () => {
    await buildIndex({ sources: [sample.dir], indexDir: dir, embedder: null });
    const engine = await openSearch(dir, { embedder: null });
    const added = engine.briefingKeys();
    expect(added).toContain('zh-2019-05-20');
    const { posts, more } = newsPosts(engine, added, 100);
    expect(more).toBe(false);
    // Every day once: the English briefing where there is one, else the Chinese.
    expect(posts.map((p) => p.briefing.summary.date)).toEqual(SAMPLE_DATES);
    expect(posts.map((p) => p.briefing.summary.lang ?? 'en')).toEqual(SAMPLE_DATES.map((d) => (d === '2016-11-15' ? 'zh' : 'en')));
    for (const post of posts.filter((p) => p.briefing.summary.lang !== 'zh')) {
      expect(post.chinese?.summary.key).toBe(`zh-${post.briefing.summary.date}`);
    }
    expect(posts[0]!.chinese).toBeUndefined();
    // The newest few only, oldest first.
    const newest = newsPosts(engine, added, 2);
    expect(newest.more).toBe(true);
    expect(newest.posts.map((p) => p.briefing.summary.key)).toEqual(['2020-06-15', '2020-07-01']);

    const body = newsMessageBody(posts[1]!.briefing, posts[1]!.chinese) as { embeds: { fields: { name: string; value: string }[] }[] };
    const chinese = posts[1]!.chinese!.summary;
    expect(body.embeds[0]!.fields.at(-1)).toEqual({ name: 'Chinese original', value: `[${chinese.key}](${chinese.url})` });
    expect(chinese.url).toMatch(/^https:\/\/www\.fmprc\.gov\.cn\/web\//);
  });
});
