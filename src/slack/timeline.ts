import { CHART_FILE, timelinePng } from '../answers/chart.js';
import { NOTHING_TO_SEARCH, queryFrom } from '../answers/query-text.js';
import { fitLabel, plainLabel } from '../answers/text-split.js';
import { BRIEFING_SEPARATOR, busiestMonthsText, searchTimeline, timelineFooter, timelineSummary, timelineTitle, type Timeline } from '../answers/timeline.js';
import { plural, recordsCountWords } from '../answers/wording.js';
import { filterWordsIn, timelineFilterWordsText } from '../answers/inline-filters.js';
import { notATimelineTopic } from '../answers/timeline-topic.js';
import { checkSearchRequest } from '../search/request.js';
import type { SearchMode } from '../search/types.js';
import { ACTION } from './actions.js';
import type { Reply, SlackContext } from './app.js';
import { button, context, echoedLabel, section } from './blocks.js';
import type { ButtonClick } from './buttons.js';
import { noticeMessage } from './cards.js';
import { SLACK_LIMITS, type Block, type SlackMessage } from './limits.js';
import { SLASH_COMMAND } from './manifest.js';
import { escapeMrkdwn } from './mrkdwn.js';
import { nothingRelevantMessage, withinLimit } from './search-answer.js';
import { postShared, SHARED, shareOnce, type PostToChannel } from './share.js';
import type { UploadOutcome } from './upload.js';

/** `/spox timeline TOPIC`: the word after the command. */
export const TIMELINE_WORD = 'timeline';
const EXAMPLE = `\`${SLASH_COMMAND} ${TIMELINE_WORD} Meng Wanzhou\``;

/** Room for the topic in the title, and for the user's words echoed in the summary. */
const TITLE_CHARS = 300;
const ECHO_CHARS = 300;
/** A user id as Slack writes it (`U0ASKER`, `W012…`): what a Share button's value begins with. */
const USER_ID = /^[A-Z0-9]{2,30}$/;

/** Share's button value: the asker (only they may share it) and the topic, searched again to post. */
export function encodeTimelineShare(share: { userId: string; topic: string }): string {
  return `${share.userId}|${share.topic}`;
}

export function decodeTimelineShare(value: string): { userId: string; topic: string } | null {
  const bar = value.indexOf('|');
  const userId = value.slice(0, bar);
  const topic = value.slice(bar + 1).trim();
  return bar > 0 && USER_ID.test(userId) && topic ? { userId, topic } : null;
}

/**
 * `/spox timeline Meng Wanzhou`: the topic checked as Discord's /timeline checks it (and as a
 * question is: `checkSearchRequest`, `queryFrom`, the rate limit), counted over the whole index;
 * answered privately with the timeline's text and Share to channel, which posts it with its chart.
 * A timeline takes no filters: filter words are refused, not searched.
 */
export async function answerTimeline(argument: string, userId: string, reply: Reply, ctx: SlackContext): Promise<void> {
  const read = readTopic(argument);
  if ('problem' in read) return reply(noticeMessage(read.problem));
  const { topic } = read;
  if (!(await withinLimit(userId, reply, ctx))) return;
  const response = await ctx.search.search(topic, { k: 0, wordsTogether: true, comparedAsSpan: true });
  if (response.total === 0) return reply(nothingRelevantMessage(response, ctx));
  const timeline = searchTimeline(ctx.search, topic, response);
  await reply(timelineMessage(timeline, response.mode, { share: encodeTimelineShare({ userId, topic }) }));
}

/** A timeline's topic as typed, checked (also when a Share button brings it back), or what is wrong with it. */
function readTopic(typed: string): { topic: string } | { problem: string } {
  const checked = checkSearchRequest({ question: typed }, (field) => (field === 'question' ? 'The topic' : `\`${field}\``));
  if (!checked.ok) return { problem: `${checked.problem} For example: ${EXAMPLE}.` };
  const filters = filterWordsIn(checked.query);
  if (filters.length > 0) return { problem: timelineFilterWordsText(filters, { timeline: (topic) => `\`${SLASH_COMMAND} ${TIMELINE_WORD} ${topic}\``, search: `\`${SLASH_COMMAND} Meng Wanzhou outlet:Reuters\`` }) };
  const notATopic = notATimelineTopic(checked.query, (typed) => `\`${SLASH_COMMAND} ${typed}\``);
  if (notATopic) return { problem: notATopic };
  const topic = queryFrom(checked.query);
  return topic ? { topic } : { problem: NOTHING_TO_SEARCH };
}


/** A Slack link to a transcript: `url` is one `safeLinkUrl` accepted (no `<`, `>`, `|` or white space), `label` a date. */
const link = (label: string, url: string): string => `<${url}|${label}>`;

/** A busiest month's line within a section: cut after a whole briefing, with " …", when it has too many. */
function monthSection(line: string): string {
  const max = SLACK_LIMITS.sectionText;
  if (line.length <= max) return line;
  const cut = line.lastIndexOf(BRIEFING_SEPARATOR, max - BRIEFING_SEPARATOR.length - 2);
  return `${line.slice(0, cut)}${BRIEFING_SEPARATOR}…`;
}

/**
 * A timeline as Discord's message gives it: the title, the total with the first and last time and
 * the reading notes, gaps and imported months (`timelineSummary`), the busiest months with their
 * briefings linked to the transcripts, and the months charted with the search mode. With `share`
 * (the private answer), Share to channel; without, the footer says it was shared.
 */
export function timelineMessage(timeline: Timeline, mode: SearchMode, options: { share?: string } = {}): SlackMessage {
  const title = timelineTitle(timeline.topic, TITLE_CHARS, echoedLabel);
  const summary = timelineSummary(timeline, plural, (text) => echoedLabel(text, ECHO_CHARS));
  const busiest = busiestMonthsText(timeline, { bold: (text) => `*${text}*`, link });
  const blocks: Block[] = [
    section(`*${title}*`),
    section(fitLabel(summary, SLACK_LIMITS.sectionText, (text) => text.length)),
    ...busiest.lines.map((line, i) => section(monthSection(i === 0 ? `${busiest.heading}\n${line}` : line))),
    context(`${timelineFooter(timeline, mode)}${options.share ? '' : ` · shared from ${SLASH_COMMAND} ${TIMELINE_WORD}`}`),
  ];
  if (options.share) blocks.push({ type: 'actions', elements: [button('Share to channel', ACTION.shareTimeline, options.share, 'primary')] });
  return { text: title, blocks };
}

/** The chart's title and read-out text: plain text, the topic without `<` or `>`, so nothing in it can act as markup. */
function chartFile(timeline: Timeline, png: Buffer): { data: Buffer; filename: string; title: string; altText: string } {
  const plainTopic = (text: string, max: number): string => plainLabel(text.replace(/[<>]/g, ' '), max);
  const title = timelineTitle(timeline.topic, 250, plainTopic);
  return { data: png, filename: CHART_FILE, title, altText: `Bar chart: ${title}; ${recordsCountWords(timeline.total, timeline.statements)}, first ${timeline.first}, last ${timeline.last}.` };
}

/** Why the chart did not go in with the text, and what to do. */
function chartNotPostedText(outcome: Exclude<UploadOutcome, { ok: true }>): string {
  const again = `share a new \`${SLASH_COMMAND} ${TIMELINE_WORD}\``;
  const head = 'Shared the timeline to the channel, but not its chart:';
  switch (outcome.reason) {
    case 'missing-scope':
      return `${head} the app may not upload files (Slack: missing_scope). Add the \`${outcome.scope}\` bot scope (api.slack.com/apps → spox → ${escapeMrkdwn('OAuth & Permissions')} → Scopes), reinstall the app, then ${again}.`;
    case 'not-member':
      return `${head} only a member of the channel can upload there, and spox is not one. Invite it (\`/invite @spox\`), then ${again}.`;
    case 'failed':
      return `${head} the upload failed (${escapeMrkdwn(outcome.detail)}). Try again later: ${again}.`;
  }
}

/**
 * Share to channel on a private timeline: only its asker may, once. The topic is searched again, the
 * text posted (as a card is shared: `postShared`), then the chart uploaded beside it; an upload that
 * fails leaves the text and tells the sharer why, naming the scope to add when that is the cause.
 */
export async function shareTimeline(click: ButtonClick, reply: Reply, post: PostToChannel, ctx: SlackContext): Promise<void> {
  const decoded = decodeTimelineShare(click.value);
  // A value spox made holds a topic that passed `readTopic`; one that does not was damaged or forged (explore26s #5).
  const topic = decoded ? readTopic(decoded.topic) : null;
  const asked = decoded && topic && 'topic' in topic && topic.topic === decoded.topic ? decoded : null;
  if (!asked) {
    return reply(noticeMessage(`This button does not name a timeline spox can read: it is damaged, or was made by another app. Run ${EXAMPLE} again.`));
  }
  if (asked.userId !== click.userId) {
    return reply(noticeMessage(`Only the person who asked for this timeline can share it. Run ${EXAMPLE} yourself, with your topic.`));
  }
  const key = `${TIMELINE_WORD}\0${click.channelId ?? ''}\0${click.messageTs ?? ''}\0${click.value}`;
  await shareOnce(key, 'You have already shared this timeline to the channel.', reply, ctx, async () => {
    const response = await ctx.search.search(asked.topic, { k: 0, wordsTogether: true, comparedAsSpan: true });
    // The index may have changed since the private answer.
    if (response.total === 0) {
      await reply(nothingRelevantMessage(response, ctx));
      return null;
    }
    const timeline = searchTimeline(ctx.search, asked.topic, response);
    // Drawn before anything is posted: a chart that cannot be drawn leaves nothing half shared.
    const png = await timelinePng(timeline);
    const what = { thing: 'timeline', orElse: '', logName: `the timeline of “${asked.topic}”` };
    if (!(await postShared(timelineMessage(timeline, response.mode), what, reply, post, ctx))) return null;
    const uploaded: UploadOutcome = click.channelId ? await ctx.upload(click.channelId, chartFile(timeline, png)) : { ok: false, reason: 'not-member' };
    if (uploaded.ok) return SHARED;
    ctx.log(`share of ${what.logName} in ${click.channelId ?? 'no channel'}: the text is posted, the chart is not (${uploaded.reason === 'missing-scope' ? `missing scope ${uploaded.scope}` : uploaded.reason === 'failed' ? uploaded.detail : 'not a member'})`);
    return chartNotPostedText(uploaded);
  });
}
