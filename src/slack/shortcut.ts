import type { Reply, SlackContext } from './app.js';
import { noticeMessage } from './cards.js';
import { unescapeMrkdwn } from './mrkdwn.js';
import { messageQuery } from '../answers/query-text.js';
import { answerWithSearch, withinLimit } from './search-answer.js';

/** A message's text as words to search (`messageQuery`), the entities Slack escapes read back first. */
export function searchableText(text: string): string {
  return messageQuery(unescapeMrkdwn(text));
}

/** "What did China say?" on a message: searches with its text and answers the person privately. */
export async function answerShortcut(messageText: string, userId: string, reply: Reply, ctx: SlackContext): Promise<void> {
  const query = searchableText(messageText);
  if (!query) return reply(noticeMessage('That message has no text to search with.'));
  if (!(await withinLimit(userId, reply, ctx))) return;
  await answerWithSearch({ userId, query, filters: {} }, reply, ctx);
}
