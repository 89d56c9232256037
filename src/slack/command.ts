import { parseBriefingKey } from '../answers/dates.js';
import { noBriefingText } from '../answers/notices.js';
import { englishCounterpart } from '../search/bilingual.js';
import type { Reply, SlackContext } from './app.js';
import { escapedLabel } from './blocks.js';
import { noticeMessage, recordMessages } from './cards.js';
import { parseTypedSearch } from './inline-filters.js';
import { SLASH_COMMAND } from './manifest.js';
import { unescapeMrkdwn } from './mrkdwn.js';
import { NOTHING_TO_SEARCH, queryFrom } from '../answers/query-text.js';
import { answerWithSearch, withinLimit } from './search-answer.js';
import { aboutMessage, briefingMessages, helpMessage } from './views.js';

/** How many nearby dates to offer when there was no briefing that day. */
const NEAREST = 5;

async function replyAll(reply: Reply, messages: Parameters<Reply>[0][]): Promise<void> {
  for (const message of messages) await reply(message);
}

/**
 * `/spox …`: `help` (or nothing), `about`, `briefing DATE`, `quote ID`, or a question with filter
 * words. Slack sends the text with `&`, `<` and `>` as entities; they are read back first.
 */
export async function answerCommand(rawText: string, userId: string, reply: Reply, ctx: SlackContext): Promise<void> {
  const text = unescapeMrkdwn(rawText).trim();
  const [first = '', ...rest] = text.split(/\s+/);
  const word = first.toLowerCase();
  const argument = rest.join(' ');

  if (text === '' || (word === 'help' && !argument)) return reply(helpMessage());
  if (word === 'about' && !argument) return reply(aboutMessage(ctx.search));
  if (word === 'briefing' && /^\d\S*$/.test(argument)) return answerBriefing(argument, reply, ctx);
  if (word === 'quote' && /^\d\S*$/.test(argument)) return answerQuote(argument, reply, ctx);

  const typed = parseTypedSearch(text);
  if ('problem' in typed) return reply(noticeMessage(typed.problem));
  if (!typed.query) {
    return reply(noticeMessage(`Type what to look for after the filters, e.g. \`${SLASH_COMMAND} Huawei from:2019-01-01\`.`));
  }
  const query = queryFrom(typed.query);
  if (!query) return reply(noticeMessage(NOTHING_TO_SEARCH));
  if (!(await withinLimit(userId, reply, ctx))) return;
  await answerWithSearch({ userId, query, filters: typed.filters, ...(typed.sort ? { sort: typed.sort } : {}) }, reply, ctx);
}

async function answerBriefing(argument: string, reply: Reply, ctx: SlackContext): Promise<void> {
  const named = parseBriefingKey(argument);
  if (!named) return reply(noticeMessage(`Give the date as YYYY-MM-DD, e.g. \`${SLASH_COMMAND} briefing 2020-05-22\`.`));
  const briefing = ctx.search.briefing(named.key);
  if (!briefing) {
    return reply(noticeMessage(noBriefingText(escapedLabel(argument, 20), ctx.search.nearestBriefingDates(named.date, NEAREST))));
  }
  const messages = briefingMessages(briefing);
  // Two transcripts of one day (a revised translation): say where the other one is.
  const other = named.key === named.date ? ctx.search.briefing(`${named.date}b`) : undefined;
  if (other) messages.push(noticeMessage(`Another transcript of this day: \`${SLASH_COMMAND} briefing ${other.summary.key}\``));
  await replyAll(reply, messages);
}

async function answerQuote(id: string, reply: Reply, ctx: SlackContext): Promise<void> {
  const record = ctx.search.record(id);
  if (!record) {
    return reply(
      noticeMessage(`No exchange ${escapedLabel(id, 40)} in the index. Ids look like 2020-05-22#3; every card shows its id.`),
    );
  }
  await replyAll(reply, recordMessages(record, { withQuestion: true, share: true, english: englishCounterpart(ctx.search, record) !== undefined }));
}
