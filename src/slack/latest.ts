import { NO_BRIEFINGS_YET } from '../search/coverage.js';
import type { Reply, SlackContext } from './app.js';
import { noticeMessage } from './cards.js';
import { briefingMessages } from './views.js';

/** `/spox latest`: the newest briefing in the index, as `/spox briefing DATE` shows one, to open any exchange. */
export async function answerLatest(reply: Reply, ctx: SlackContext): Promise<void> {
  const briefing = ctx.search.latestBriefing();
  if (!briefing) return reply(noticeMessage(NO_BRIEFINGS_YET));
  for (const message of briefingMessages(briefing)) await reply(message);
}
