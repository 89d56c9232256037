import type { App } from '@slack/bolt';
import { briefingNews } from '../answers/news.js';
import { plural, TRANSCRIPT_LINK_LABEL } from '../answers/wording.js';
import type { Briefing } from '../search/types.js';
import { ACTION } from './actions.js';
import { context, escapedLabel, linkButton, section } from './blocks.js';
import type { Block, SlackMessage } from './limits.js';
import { SLASH_COMMAND } from './manifest.js';
import { escapeMrkdwn } from './mrkdwn.js';

const QUESTION_CHARS = 300;
const TITLE_CHARS = 500;

/**
 * The post announcing a newly indexed briefing (`briefingNews`), as the Discord bot posts it: its
 * title, date, spokesperson and number of exchanges, the opening words of its first questions,
 * verbatim, the transcript's link and its Chinese original's.
 */
export function newsMessage(briefing: Briefing, chinese?: Briefing): SlackMessage {
  const news = briefingNews(briefing, chinese);
  const questions = news.firstQuestions.map(({ outlet, question }) => `• ${outlet ? `${escapeMrkdwn(outlet)}: ` : ''}${escapedLabel(question, QUESTION_CHARS)}`);
  const original = news.chinese ? [`Chinese original: ${news.chinese.url ? `<${news.chinese.url}|${news.chinese.key}>` : news.chinese.key}`] : [];
  const blocks: Block[] = [
    section(`*${escapeMrkdwn(news.headline)}*\n${escapedLabel(news.title, TITLE_CHARS)}`),
    context(`${news.date} · ${escapeMrkdwn(news.spokesperson)} · ${plural(news.exchanges, 'exchange')} · every exchange: \`${SLASH_COMMAND} briefing ${news.key}\``, ...original),
    ...(questions.length > 0 ? [section(`*First questions*\n${questions.join('\n')}`)] : []),
  ];
  if (news.url) blocks.push({ type: 'actions', elements: [linkButton(TRANSCRIPT_LINK_LABEL, ACTION.transcript, news.url)] });
  // The notification text is mrkdwn too: the title is escaped there as in the blocks.
  return { text: escapeMrkdwn(`${news.headline}: ${news.title}`), blocks };
}

/** Posts the announcement of a new briefing (and its Chinese original) in a channel the app is a member of. */
export async function postSlackNews(client: App['client'], channel: string, briefing: Briefing, chinese?: Briefing): Promise<void> {
  const message = newsMessage(briefing, chinese);
  await client.chat.postMessage({ channel, text: message.text, blocks: message.blocks as never, unfurl_links: false, unfurl_media: false });
}
