import { afterEach, describe, expect, it } from 'vitest';
import { CHART_HEIGHT, CHART_WIDTH } from '../../src/answers/chart.js';
import { safeLinkUrl } from '../../src/answers/links.js';
import { searchTimeline, type Timeline } from '../../src/answers/timeline.js';
import { nothingRelevantText } from '../../src/answers/totals.js';
import { plural } from '../../src/answers/wording.js';
import { echoedLabel } from '../../src/slack/blocks.js';
import { blockViolations } from '../../src/slack/limits.js';
import { decodeTimelineShare, encodeTimelineShare, timelineMessage } from '../../src/slack/timeline.js';
import { decodePng } from '../answers/png.js';
import { waitFor } from './fake-slack.js';
import { slackOnSeedIndex, startSlack } from './harness.js';
import { buttons, controlSequences, texts, type Sent } from './messages.js';

const app = slackOnSeedIndex();
afterEach(async () => {
  await app.s.idle();
  app.s.fake.received.length = 0;
  app.s.fake.uploads.length = 0;
});

/** The timeline the engine gives for a topic, as the test computes it. */
async function expectedTimeline(topic: string): Promise<Timeline> {
  return searchTimeline(app.seed.search, topic, await app.seed.search.search(topic, { k: 0, wordsTogether: true }));
}

/** The transcript links a timeline's busiest months must show: `<url|date>`, each URL one safeLinkUrl accepts. */
function transcriptLinks(t: Timeline): string[] {
  return t.busiest.flatMap((m) => m.briefings.flatMap((b) => (safeLinkUrl(b.url) ? [`<${safeLinkUrl(b.url)}|${b.date}>`] : [])));
}

/** Within Slack's limits, and no `<…>` but the transcript links spox made: no ping, no forged link. */
function expectSafe(message: Sent, links: string[]): void {
  expect(blockViolations({ text: message.text ?? '', blocks: message.blocks ?? [] })).toEqual([]);
  const withoutLinks = {
    ...message,
    blocks: (message.blocks ?? []).map((b) => (b.type === 'section' && b.text ? { ...b, text: { ...b.text, text: links.reduce((t, l) => t.split(l).join(''), b.text.text) } } : b)),
  };
  expect(controlSequences(withoutLinks)).toEqual([]);
}

const spox = (text: string, user?: string): Promise<Sent[]> => app.s.answersTo(text, user);
const share = (value: string, options: { user?: string; messageTs: string }): Promise<Sent[]> => app.s.click({ actionId: 'spox_share_timeline', value, ...options });

describe('/spox timeline', () => {
  it('answers privately with the timeline buildTimeline gives: total, first and last, gaps, busiest months linked to their transcripts', async () => {
    const topic = 'Meng Wanzhou';
    const t = await expectedTimeline(topic);
    expect(t.total).toBeGreaterThan(0);
    const [answer, ...more] = await spox(`timeline ${topic}`);
    expect(more).toHaveLength(0);
    expect(answer!.response_type).toBe('ephemeral');
    const shown = texts(answer!).join('\n');
    expect(shown).toContain(`*“${topic}” over time: exchanges per month*`);
    expect(shown).toContain(`${plural(t.total, 'exchange')}; first ${t.first}, last ${t.last}`);
    const unheld = t.months.filter((m) => !m.held).length;
    expect(unheld).toBeGreaterThan(0); // the seed index has months without briefings: said, not shown as silence
    expect(shown).toContain(`The index holds no briefing of ${unheld} of these ${t.months.length} months (`);
    expect(shown).toContain('*Busiest months* (open a briefing):');
    for (const m of t.busiest) expect(shown).toContain(`*${m.month}*: ${plural(m.count, 'exchange')} — `);
    const links = transcriptLinks(t);
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) expect(shown).toContain(l);
    expect(shown).toContain(`${t.months[0]!.month} → ${t.months.at(-1)!.month} · keyword search`);
    expectSafe(answer!, links);
    // Share carries the asker and the topic, within the button value's 2,000 characters.
    const value = buttons(answer!).get('spox_share_timeline')!.value!;
    expect(decodeTimelineShare(value)).toEqual({ userId: 'U0ASKER', topic });
    expect(app.s.fake.calls('chat.postMessage')).toHaveLength(0); // private until shared
  });

  it('holds Slack’s limits for the busiest topics, a month with more briefings than a section holds cut after a whole link', async () => {
    const [answer] = await spox('timeline Ukraine');
    const t = await expectedTimeline('Ukraine');
    expect(t.total).toBeGreaterThan(500);
    expectSafe(answer!, transcriptLinks(t));
    // The full archive has months of 20-odd briefings, two transcripts on some days: thrice the seed's busiest month.
    const crowded: Timeline = { ...t, busiest: t.busiest.map((m) => ({ ...m, briefings: [...m.briefings, ...m.briefings, ...m.briefings] })) };
    const message = timelineMessage(crowded, 'lexical', { share: encodeTimelineShare({ userId: 'U0ASKER', topic: 'Ukraine' }) });
    expectSafe(message, transcriptLinks(crowded));
    const month = texts(message).find((x) => x.includes(`*${t.busiest[0]!.month}*:`))!;
    expect(month.endsWith(' · …')).toBe(true);
    expect(month.split(' · ').slice(1, -1).every((l) => transcriptLinks(crowded).includes(l))).toBe(true);
  });

  it('Share posts the text once and uploads the chart into the channel; only the asker may share', async () => {
    const topic = 'Meng Wanzhou';
    const t = await expectedTimeline(topic);
    const [answer] = await spox(`timeline ${topic}`);
    const value = buttons(answer!).get('spox_share_timeline')!.value!;

    expect(texts((await share(value, { user: 'U0OTHER', messageTs: '1700000000.000501' }))[0]!).join()).toContain('Only the person who asked for this timeline can share it');
    expect(app.s.fake.calls('chat.postMessage')).toHaveLength(0);
    // A value spox did not make (a filter word, chat markup in the topic) posts nothing (explore26s #5).
    for (const forged of [`${value.split('|')[0]}|Huawei from:2019-01-01`, `${value.split('|')[0]}|<!channel> Huawei`]) {
      expect(texts((await share(forged, { messageTs: '1700000000.000502' }))[0]!).join()).toContain('This button does not name a timeline spox can read');
    }
    expect(app.s.fake.calls('chat.postMessage')).toHaveLength(0);

    const told = await share(value, { messageTs: '1700000000.000501' });
    expect(texts(told.at(-1)!).join()).toBe('Shared to the channel.');
    const posts = app.s.fake.calls('chat.postMessage') as unknown as (Sent & { channel: string })[];
    expect(posts).toHaveLength(1);
    expect(posts[0]!.channel).toBe('C0DESK');
    const posted = texts(posts[0]!).join('\n');
    expect(posted).toContain(`${plural(t.total, 'exchange')}; first ${t.first}, last ${t.last}`);
    for (const l of transcriptLinks(t)) expect(posted).toContain(l);
    expect(posted).toContain('shared from /spox timeline');
    expect(buttons(posts[0]!).size).toBe(0);
    expectSafe(posts[0]!, transcriptLinks(t));

    // files.uploadV2: the upload URL asked for, the PNG's bytes POSTed there, the upload completed into the channel.
    const [asked] = app.s.fake.calls('files.getUploadURLExternal');
    const [upload] = app.s.fake.uploads;
    expect(app.s.fake.uploads).toHaveLength(1);
    expect(asked).toMatchObject({ filename: 'timeline.png', length: String(upload!.bytes.length) });
    expect(decodePng(upload!.bytes)).toMatchObject({ width: CHART_WIDTH, height: CHART_HEIGHT });
    const [completed] = app.s.fake.calls('files.completeUploadExternal');
    expect(completed!.channel_id).toBe('C0DESK');
    expect((completed!.files as { id: string; title: string }[])[0]).toMatchObject({ id: upload!.fileId, title: `“${topic}” over time: exchanges per month` });

    // A second press posts nothing again.
    expect(texts((await share(value, { messageTs: '1700000000.000501' }))[0]!).join()).toContain('already shared this timeline');
    expect(app.s.fake.calls('chat.postMessage')).toHaveLength(1);
    expect(app.s.fake.uploads).toHaveLength(1);
  });

  it('posts the text when the chart cannot be uploaded, and tells the sharer why: the scope to add, the channel to join, the network', async () => {
    const [answer] = await spox('timeline Meng Wanzhou');
    const value = buttons(answer!).get('spox_share_timeline')!.value!;
    // What failed, how, what the sharer is told, and whether the bytes reached the upload URL before it failed.
    const cases: [string, () => void, RegExp, number][] = [
      ['missing scope', () => app.s.fake.answer('files.getUploadURLExternal', { ok: false, error: 'missing_scope', needed: 'files:write', provided: 'commands,chat:write' }),
        /^Shared the timeline to the channel, but not its chart: the app may not upload files \(Slack: missing_scope\)\. Add the `files:write` bot scope/, 0],
      ['not in channel', () => app.s.fake.answer('files.completeUploadExternal', { ok: false, error: 'not_in_channel' }), /but not its chart: only a member of the channel can upload there.*\/invite @spox/, 1],
      ['network', () => app.s.fake.failUploads(3), /but not its chart: the upload failed \(Slack could not be reached \(HTTP 500\)\)/, 0],
    ];
    for (const [i, [what, fail, said, bytesSent]] of cases.entries()) {
      fail();
      try {
        const told = await share(value, { messageTs: `1700000000.00060${i}` });
        expect(app.s.fake.calls('chat.postMessage'), what).toHaveLength(1);
        expect(app.s.fake.uploads, what).toHaveLength(bytesSent);
        expect(told, what).toHaveLength(1);
        expect(texts(told[0]!).join(), what).toMatch(said);
        expectSafe(told[0]!, []);
      } finally {
        app.s.fake.answer('files.getUploadURLExternal', null);
        app.s.fake.answer('files.completeUploadExternal', null);
        app.s.fake.failUploads(0);
        app.s.fake.received.length = 0;
        app.s.fake.uploads.length = 0;
      }
    }
    expect(app.s.logs.filter((l) => l.includes('the text is posted, the chart is not (missing scope files:write)'))).toHaveLength(1);
    // The upload was tried three times before it was given up.
    expect(app.s.logs.filter((l) => /could not reach 127\.0\.0\.1:\d+ \(HTTP 500\); retrying/.test(l))).toHaveLength(2);
  });

  it('Share into an archived channel says so privately and uploads nothing', async () => {
    const [answer] = await spox('timeline Meng Wanzhou');
    const value = buttons(answer!).get('spox_share_timeline')!.value!;
    app.s.fake.answer('chat.postMessage', { ok: false, error: 'is_archived' });
    try {
      const told = await share(value, { messageTs: '1700000000.000701' });
      expect(texts(told[0]!).join()).toBe('spox can’t post in this channel: it is archived. Share the timeline in another channel.');
      expect(app.s.fake.calls('files.getUploadURLExternal')).toHaveLength(0);
    } finally {
      app.s.fake.answer('chat.postMessage', null);
    }
  });

  it('where the bot is not a member, the text goes in through the response URL, and the sharer is told to invite it for the chart', async () => {
    const [answer] = await spox('timeline Meng Wanzhou');
    const value = buttons(answer!).get('spox_share_timeline')!.value!;
    app.s.fake.answer('chat.postMessage', { ok: false, error: 'not_in_channel' });
    app.s.fake.answer('files.completeUploadExternal', { ok: false, error: 'not_in_channel' });
    try {
      const told = await share(value, { messageTs: '1700000000.000801' });
      const [inChannel, notice] = told;
      expect(told).toHaveLength(2);
      expect(inChannel!.response_type).toBe('in_channel');
      expect(texts(inChannel!).join('\n')).toContain('*“Meng Wanzhou” over time: exchanges per month*');
      expect(texts(notice!).join()).toMatch(/but not its chart: only a member of the channel can upload there, and spox is not one\. Invite it/);
    } finally {
      app.s.fake.answer('chat.postMessage', null);
      app.s.fake.answer('files.completeUploadExternal', null);
    }
  });

  it('a topic nothing matches gets the search answer’s nothing-relevant wording, privately', async () => {
    const topic = 'zqxjv flurbonic';
    const expected = nothingRelevantText(app.seed.search, await app.seed.search.search(topic, { k: 0 }), (t) => echoedLabel(t, 300));
    const [answer, ...more] = await spox(`timeline ${topic}`);
    expect(more).toHaveLength(0);
    expect(answer!.response_type).toBe('ephemeral');
    expect(texts(answer!)).toEqual([expected]);
    expect(expected).toContain(`Nothing relevant found for “${topic}”`);
    // The very words a search answers with.
    expect(texts((await spox(topic))[0]!)).toEqual([expected]);
  });

  it('charts the topic of a counting question, not its framing: "how many times did they mention Huawei" is Huawei’s timeline (explore30 A1)', async () => {
    const huawei = await expectedTimeline('Huawei');
    expect(huawei.total).toBeGreaterThan(100);
    const [answer] = await spox('timeline how many times did they mention Huawei');
    const shown = texts(answer!).join('\n');
    expect(shown).toContain('*“how many times did they mention Huawei” over time: exchanges per month*');
    expect(shown).toContain(`${plural(huawei.total, 'exchange')}; first ${huawei.first}, last ${huawei.last}`);
    for (const m of huawei.busiest) expect(shown).toContain(`*${m.month}*: ${plural(m.count, 'exchange')} — `);
    // A question that only asks for more charts nothing: it names no topic.
    const [vague] = await spox('timeline and in 2020?');
    expect(texts(vague!).join('\n')).toContain('“and in 2020?” names no topic');
  });

  it('shows what the topic holds of chat markup escaped: no ping, no link', async () => {
    for (const text of ['timeline Meng Wanzhou <!channel>', 'timeline Meng Wanzhou &lt;!channel&gt;']) {
      const [answer] = await spox(text);
      const t = await expectedTimeline('Meng Wanzhou');
      expect(texts(answer!).join('\n')).toContain('*“Meng Wanzhou” over time: exchanges per month*'); // markup is not searched
      expectSafe(answer!, transcriptLinks(t));
    }
    const [unclosed] = await spox('timeline Meng Wanzhou <!channel');
    const shown = texts(unclosed!).join('\n');
    expect(shown).toContain('&lt;!channel');
    expect(shown).not.toContain('<!channel');
    const unclosedTimeline = await expectedTimeline('Meng Wanzhou <!channel');
    expect(unclosedTimeline.total).toBeGreaterThan(0);
    expectSafe(unclosed!, transcriptLinks(unclosedTimeline));
    // Shared: the text escaped as in the private answer, the chart's title plain, without the markup's brackets.
    await share(buttons(unclosed!).get('spox_share_timeline')!.value!, { messageTs: '1700000000.000901' });
    const [post] = app.s.fake.calls('chat.postMessage') as unknown as Sent[];
    expect(texts(post!).join('\n')).toContain('“Meng Wanzhou &lt;!channel” over time');
    expectSafe(post!, transcriptLinks(unclosedTimeline));
    const [completed] = app.s.fake.calls('files.completeUploadExternal');
    expect((completed!.files as { title: string }[])[0]!.title).toBe('“Meng Wanzhou !channel” over time: exchanges per month');
  });

  it('checks the topic as /timeline does and refuses filter words, without searching', async () => {
    for (const [text, said] of [
      ['timeline', 'The topic is empty: give the words to look for. For example: `/spox timeline Meng Wanzhou`.'],
      [`timeline ${'Huawei '.repeat(50)}`, 'The topic is 349 characters long; at most 300 can be searched'],
      ['timeline https://t.co/AbC123xyz <@U0123ABCD>', 'holds only links, mentions or emoji'],
      ['timeline Huawei from:2019-01-01', 'A timeline takes no filter words (`from:` given): write the dates or the spokesperson in the topic, e.g. `/spox timeline Meng Wanzhou since 2019`'],
      ['timeline Huawei by:"Hua Chunying" lang:zh', 'A timeline takes no filter words (`by:`, `lang:` given)'],
      // An id or a date alone: how to open it, not a chart of the word "3" or "2019" (hunt-F #7).
      ['timeline 2020-05-22#3', 'A timeline charts how often a topic came up, and “2020-05-22#3” is an exchange id: open it with `/spox 2020-05-22#3`.'],
      ['timeline 2019-10-10', 'and “2019-10-10” names a briefing: open it with `/spox 2019-10-10`.'],
    ] as const) {
      const [answer] = await spox(text);
      expect(answer!.response_type).toBe('ephemeral');
      expect(texts(answer!).join()).toContain(said);
    }
  });

  it('counts against the search limit', async () => {
    const limited = await startSlack({ search: app.seed.search, rateLimit: 1 });
    try {
      expect(texts((await limited.answersTo('timeline Meng Wanzhou'))[0]!).join()).toContain('over time: exchanges per month');
      expect(texts((await limited.answersTo('timeline Huawei'))[0]!).join()).toContain('You have reached the limit of searches per minute.');
    } finally {
      await limited.close();
    }
  });

  it('is in /spox help and the Home tab', async () => {
    const [help] = await spox('help');
    expect(texts(help!).join('\n')).toContain('`/spox timeline Meng Wanzhou`');
    await app.s.event({ type: 'app_home_opened', user: 'U0ASKER', channel: 'D0HOME', tab: 'home', event_ts: '1700000000.000100' });
    const view = (await waitFor('the Home tab', () => app.s.fake.calls('views.publish')[0])).view as { blocks: Sent['blocks'] };
    expect(texts({ blocks: view.blocks }).join('\n')).toContain('`/spox timeline Meng Wanzhou`');
  });
});
