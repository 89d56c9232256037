import { describe, expect, it } from 'vitest';
import { citation } from '../../src/answers/citation.js';
import { escapeVerbatim, unescapeMarkdown } from '../../src/discord/markdown.js';
import { botOnBilingualSample, only } from './harness.js';
import * as raw from './raw-interactions.js';

const CALLBACK = /^\/api\/v10\/interactions\/[^/]+\/[^/]+\/callback$/;
const EDIT_ORIGINAL = /^\/api\/v10\/webhooks\/[^/]+\/[^/]+\/messages\/@original$/;
const EPHEMERAL = 64;

const under = botOnBilingualSample();
const { discord } = under;


const ids = (body: any): string[] => (body.components ?? []).flatMap((row: any) => row.components.map((c: any) => c.custom_id).filter(Boolean));

describe('the Chinese original on Discord', () => {
  it('puts a 中文原文 button on a card whose exchange has a Chinese original; it shows that exchange privately, verbatim, with its own link and Cite', async () => {
    const english = under.search.record('2019-05-20#1')!;
    const chinese = under.search.record(english.zh!.id)!;
    const ask = raw.slashCommand('ask', [raw.string('question', 'Google suspended business with Huawei')]);
    await under.bot.deliver(ask);
    const card = only(discord.requestsFor(ask).filter((r) => r.method === 'PATCH' && EDIT_ORIGINAL.test(r.path))).body;
    expect(card.embeds[0].footer.text).toContain('2019-05-20#1');
    // The quote row has room for it: Full answer, Cite, Footnote, the transcript, 中文原文.
    const quoteRow = card.components[card.components.length - 1].components;
    expect(quoteRow.map((c: any) => c.label)).toEqual(['Full answer', 'Cite', 'Footnote', 'Official transcript', '中文原文']);
    expect(ids(card)).toContain('zh:2019-05-20#1');
    expect(ids(card).every((id) => id.length <= 100)).toBe(true);

    const click = raw.button('zh:2019-05-20#1', raw.BOB);
    await under.bot.deliver(click);
    const reply = only(discord.requestsFor(click).filter((r) => CALLBACK.test(r.path))).body;
    expect(reply.type).toBe(4);
    expect(reply.data.flags).toBe(EPHEMERAL);
    const embed = reply.data.embeds[0];
    expect(unescapeMarkdown(embed.description)).toBe(chinese.answer);
    expect(embed.fields[0].value).toBe(chinese.question);
    expect(embed.url).toBe(chinese.url);
    expect(embed.footer.text).toBe(chinese.id);
    const buttons = reply.data.components[0].components;
    expect(buttons.map((b: any) => b.label)).toEqual(['Cite', 'Footnote', 'Official transcript']);
    expect(buttons[2].url).toBe(chinese.url);
    expect(reply.data.allowed_mentions).toEqual({ parse: [] });

    const cite = raw.button(`cite:${chinese.id}|`, raw.BOB);
    await under.bot.deliver(cite);
    const text: string = only(discord.requestsFor(cite)).body.data.content;
    expect(text).toBe(citation(chinese, [], { format: 'plain', maxChars: 2000, escape: escapeVerbatim }));
    expect(text).toContain('外交部发言人陆慷2019年5月20日主持例行记者会时表示。');
    expect(text).toContain(chinese.url!);

    const note = raw.button(`note:${chinese.id}|`, raw.BOB);
    await under.bot.deliver(note);
    const footnote: string = only(discord.requestsFor(note)).body.data.content;
    expect(footnote).toMatch(/^外交部发言人陆慷，2019年5月20日例行记者会，答记者问“.+”，《2019年5月20日外交部发言人陆慷主持例行记者会》，中华人民共和国外交部，/);
    expect(footnote.endsWith(`${chinese.url}。`)).toBe(true);
  });

  it('puts an English button on a card whose Chinese exchange has an English one; it shows that exchange privately, verbatim, with its own link and Cite', async () => {
    const english = under.search.record('2019-05-20#1')!;
    const chinese = under.search.record(english.zh!.id)!;
    const ask = raw.slashCommand('ask', [raw.string('question', chinese.question!.slice(0, 40))]);
    await under.bot.deliver(ask);
    const card = only(discord.requestsFor(ask).filter((r) => r.method === 'PATCH' && EDIT_ORIGINAL.test(r.path))).body;
    expect(card.embeds[0].footer.text).toContain(chinese.id);
    const quoteRow = card.components[card.components.length - 1].components;
    expect(quoteRow.map((c: any) => c.label)).toEqual(['Full answer', 'Cite', 'Footnote', 'Official transcript', 'English']);
    expect(ids(card)).toContain(`en:${chinese.id}`);

    const click = raw.button(`en:${chinese.id}`, raw.BOB);
    await under.bot.deliver(click);
    const reply = only(discord.requestsFor(click).filter((r) => CALLBACK.test(r.path))).body;
    expect(reply.data.flags).toBe(EPHEMERAL);
    const embed = reply.data.embeds[0];
    expect(unescapeMarkdown(embed.description)).toBe(english.answer);
    expect(embed.url).toBe(english.url);
    expect(embed.footer.text).toBe(english.id);
    // The English exchange's own buttons lead back to the Chinese original.
    expect(reply.data.components[0].components.map((b: any) => b.label)).toEqual(['Cite', 'Footnote', 'Official transcript', '中文原文']);
    expect(reply.data.allowed_mentions).toEqual({ parse: [] });

    // No card of an English exchange has an English button: one that names it was not made by spox (explore32a F8).
    const none = raw.button(`en:${english.id}`, raw.BOB);
    await under.bot.deliver(none);
    expect(only(discord.requestsFor(none)).body.data.content).toBe('This button does not name an exchange spox can read: it is damaged, or was made by another app. Run /ask again, or open an exchange by its id with /quote.');
  });

  it('/quote shows the English exchange and its Chinese original below it', async () => {
    const interaction = raw.slashCommand('quote', [raw.string('id', '2019-05-20#1')]);
    await under.bot.deliver(interaction);
    const requests = discord.requestsFor(interaction);
    const bodies = [only(requests.filter((r) => CALLBACK.test(r.path))).body.data, ...requests.filter((r) => r.method === 'POST' && !CALLBACK.test(r.path)).map((r) => r.body)];
    const texts = bodies.flatMap((b) => b.embeds.map((e: any) => unescapeMarkdown(e.description)));
    expect(texts).toEqual([under.search.record('2019-05-20#1')!.answer, under.search.record('zh-2019-05-20#1')!.answer]);
  });

  it('/quote reads an id typed with a Chinese keyboard: ＃, 【】 and full-width letters and digits (explore32b C12)', async () => {
    for (const typed of ['zh-2019-05-20＃1', '【zh-2019-05-20#1】', 'ｚｈ－２０１９－０５－２０＃１']) {
      const interaction = raw.slashCommand('quote', [raw.string('id', typed)]);
      await under.bot.deliver(interaction);
      const body = only(discord.requestsFor(interaction).filter((r) => CALLBACK.test(r.path))).body.data;
      expect(body.embeds.map((e: any) => unescapeMarkdown(e.description)), typed).toEqual([under.search.record('zh-2019-05-20#1')!.answer]);
    }
  });

  it('/briefing links the Chinese transcript beside the English one; a day only the Chinese site has shows the Chinese briefing', async () => {
    const interaction = raw.slashCommand('briefing', [raw.string('date', '2020-06-15')]);
    await under.bot.deliver(interaction);
    const body = only(discord.requestsFor(interaction)).body.data;
    const links = body.components[body.components.length - 1].components;
    expect(links.map((b: any) => [b.label, b.url])).toEqual([
      ['Official transcript', under.search.briefing('2020-06-15')!.summary.url],
      ['中文原文', under.search.briefing('zh-2020-06-15')!.summary.url],
    ]);
    const chineseOnly = raw.slashCommand('briefing', [raw.string('date', '2016-11-15')]);
    await under.bot.deliver(chineseOnly);
    const zh = only(discord.requestsFor(chineseOnly)).body.data;
    expect(zh.embeds[0].title).toBe('2016年11月15日外交部发言人耿爽主持例行记者会');
    expect(zh.embeds[0].footer.text).toMatch(/^zh-2016-11-15 · \d+ exchanges/);
    // The key a card's footer shows opens the Chinese briefing of a day that has both, in any case.
    const keyed = raw.slashCommand('briefing', [raw.string('date', 'ZH-2020-06-15')]);
    await under.bot.deliver(keyed);
    expect(only(discord.requestsFor(keyed)).body.data.embeds[0].footer.text).toMatch(/^zh-2020-06-15 · \d+ exchanges/);
    // A Chinese key with no briefing offers the nearest Chinese transcripts, as keys that open them (explore25d).
    const missing = raw.slashCommand('briefing', [raw.string('date', 'zh-2021-02-01')]);
    await under.bot.deliver(missing);
    const offered = /Nearest briefing dates: (.*)\./.exec(only(discord.requestsFor(missing)).body.data.content)![1]!.split(', ');
    expect(offered).toHaveLength(5);
    for (const key of offered) expect(under.search.briefing(key)?.summary.lang, key).toBe('zh');
    expect(offered[0]).toBe(`zh-${under.search.coverage('香港').to}`);
  });

  it('/timeline of a Chinese topic links its busiest briefings by their dates, as an English one, not by key (zh-2019-01-25)', async () => {
    const interaction = raw.slashCommand('timeline', [raw.string('topic', '孟晚舟')]);
    await under.bot.deliver(interaction);
    const edit = only(discord.requestsFor(interaction).filter((r) => r.method === 'PATCH'));
    const description = edit.body.embeds[0].description as string;
    expect(description).toContain(`[2019-01-25](${under.search.briefing('zh-2019-01-25')!.summary.url})`);
    expect(description).not.toContain('zh-20');
  });

  it('/about says the quotes come from the English and Chinese transcripts the index holds', async () => {
    const about = raw.slashCommand('about');
    await under.bot.deliver(about);
    const description: string = only(discord.requestsFor(about)).body.data.embeds[0].description;
    expect(description).toContain("the Chinese Foreign Ministry's English and Chinese (中文) transcripts");
    // No research corpus in this index: nothing said of one.
    expect(description).not.toContain('PressCon');
  });

  it('says so, privately, when the exchange is no longer in the index', async () => {
    const click = raw.button('zh:2021-02-26#1', raw.BOB);
    await under.bot.deliver(click);
    const reply = only(discord.requestsFor(click)).body.data;
    expect(reply.flags).toBe(EPHEMERAL);
    expect(reply.content).toMatch(/^Exchange 2021-02-26#1 is not in the index any more/);
  });
});
