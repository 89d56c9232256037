import { describe, expect, it } from 'vitest';
import { unescapeMarkdown } from '../../src/discord/markdown.js';
import { botOnBilingualSample, customIds, only } from './harness.js';
import * as raw from './raw-interactions.js';

const CALLBACK = /^\/api\/v10\/interactions\/[^/]+\/[^/]+\/callback$/;

/** The All-China Journalists Association's statement, as the Ministry's English and Chinese transcripts give its address. */
const ADDRESS = 'http://www.zgjx.cn/2020-03/12/c_138871257.htm';

const under = botOnBilingualSample(['2020-03-24']);
const { discord } = under;

/** Every message body an interaction made: the callback's data, then the follow-ups. */
async function bodies(interaction: { id: string; token: string }): Promise<any[]> {
  await under.bot.deliver(interaction);
  const requests = discord.requestsFor(interaction);
  return [only(requests.filter((r) => CALLBACK.test(r.path))).body.data, ...requests.filter((r) => r.method === 'POST' && !CALLBACK.test(r.path)).map((r) => r.body)];
}

const descriptions = (messages: any[]): string[] => messages.flatMap((m) => (m.embeds ?? []).map((e: any) => e.description as string));

describe('a web address in the Ministry’s text, on Discord (2020-03-24#2)', () => {
  it('is sent as written, without a backslash, in /quote, Full answer, the Chinese original and Cite', async () => {
    const english = under.search.record('2020-03-24#2')!;
    const chinese = under.search.record('zh-2020-03-24#2')!;
    expect(english.answer).toContain(`(${ADDRESS})`);
    expect(chinese.answer).toContain(`原文链接${ADDRESS}）`);

    // /quote: the English exchange and its Chinese original, each rendering exactly as the transcript.
    const quoted = await bodies(raw.slashCommand('quote', [raw.string('id', english.id)]));
    const texts = descriptions(quoted);
    expect(texts.map(unescapeMarkdown)).toEqual([english.answer, chinese.answer]);
    expect(texts[0]).toContain(`(${ADDRESS})`);
    expect(texts[1]).toContain(`原文链接${ADDRESS}）`);
    expect(texts.join('\n')).not.toContain('c\\_');

    // Full answer of a search card's quote.
    const ask = raw.slashCommand('ask', [raw.string('question', 'All-China Journalists Association statement')]);
    await under.bot.deliver(ask);
    const card = only(discord.requestsFor(ask).filter((r) => r.method === 'PATCH')).body;
    expect(card.embeds[0].footer.text).toContain(english.id);
    const full = customIds(card).find((id) => id.startsWith(`full:${english.id}|`))!;
    const answer = descriptions(await bodies(raw.button(full)));
    expect(unescapeMarkdown(answer.join(''))).toBe(english.answer);
    expect(answer.join('')).toContain(`(${ADDRESS})`);

    // 中文原文 from the card.
    const original = descriptions(await bodies(raw.button(`zh:${english.id}`)));
    expect(original).toHaveLength(1);
    expect(original[0]).toContain(`原文链接${ADDRESS}）`);

    // Cite: the text meant to be pasted.
    for (const record of [english, chinese]) {
      const [cite] = await bodies(raw.button(`cite:${record.id}|`));
      expect(cite.content).toContain(ADDRESS);
      expect(cite.content).not.toContain('c\\_');
      expect(cite.allowed_mentions).toEqual({ parse: [] });
    }
  });
});
