import { unheldRecordText } from '../answers/button-refs.js';
import { dateReadText, noBriefingText } from '../answers/notices.js';
import { englishCounterpart } from '../search/bilingual.js';
import { spokespersonMatches } from '../search/filters.js';
import type { Reply, SlackContext } from './app.js';
import { echoedLabel } from './blocks.js';
import { readBriefingKey } from '../answers/dates.js';
import { briefingAsked, findBriefing, type BriefingNamed } from '../answers/briefing-asked.js';
import { looksLikeId } from './ids.js';
import { exchangeIdIn, typedId } from '../answers/quote-ref.js';
import { followedOf } from '../answers/question-heading.js';
import { noticeMessage, recordMessages } from './cards.js';
import { answerLatest } from './latest.js';
import { SLASH_COMMAND } from './manifest.js';
import { escapeMrkdwn, unescapeMrkdwn } from './mrkdwn.js';
import { parseTypedSearch } from '../answers/inline-filters.js';
import { NOTHING_TO_SEARCH, queryFrom } from '../answers/query-text.js';
import { typedText } from '../util/printable.js';
import { answerWithSearch, withinLimit } from './search-answer.js';
import { aboutMessage, briefingMessages, helpMessage } from './views.js';
import { answerTimeline, TIMELINE_WORD } from './timeline.js';

async function replyAll(reply: Reply, messages: Parameters<Reply>[0][]): Promise<void> {
  for (const message of messages) await reply(message);
}

/**
 * `/spox …`: `help` (or nothing), `about`, `latest`, `briefing DATE`, `quote ID`, or a question with filter
 * words. Slack sends the text with `&`, `<` and `>` as entities; they are read back first, and control
 * characters dropped (`typedText`: echoed, they would reorder or rewrite spox's own line).
 */
export async function answerCommand(rawText: string, userId: string, reply: Reply, ctx: SlackContext): Promise<void> {
  const text = typedText(unescapeMrkdwn(rawText)).trim();
  const [first = '', ...rest] = text.split(/\s+/);
  const word = first.toLowerCase();
  const argument = typedId(rest.join(' '));

  if (text === '' || (word === 'help' && !argument)) return reply(helpMessage(ctx.search));
  if (word === 'about' && !argument) return reply(aboutMessage(ctx.search, ctx.syncStatus?.()));
  if (word === 'latest' && !argument) return answerLatest(reply, ctx);
  if (word === 'briefing' && looksLikeId(argument)) return answerBriefing(argument, reply, ctx);
  if (word === 'quote' && looksLikeId(argument)) return answerQuote(argument, reply, ctx);
  // Anything else after them (`#3`, `latest`, `22 May 2020`, `Meng Wanzhou`, nothing) is not searched with
  // the command's word among the search words: the form is said, and how to search instead.
  if (word === 'briefing' || word === 'quote') return reply(noticeMessage(`${word === 'quote' ? QUOTE_FORM : BRIEFING_FORM} ${SEARCH_INSTEAD(word)}`));
  if (word === TIMELINE_WORD) return answerTimeline(argument, userId, reply, ctx);

  // An exchange id pasted as the question (every card shows one): that exchange, as `quote` opens it.
  const id = exchangeIdIn(text);
  if (id) return answerQuote(id, reply, ctx);
  // A date alone ("2019-10-10", "10 October 2019", "October 10, 2019"), a transcript's link, or the latest ("latest briefing"): that briefing, as `briefing` and `latest` open it.
  const briefingWanted = briefingAsked(text, ctx.search);
  if (briefingWanted) return 'latest' in briefingWanted ? answerLatest(reply, ctx) : openBriefing(briefingWanted, reply, ctx);
  const typed = parseTypedSearch(text, ctx.search);
  if ('problem' in typed) return reply(noticeMessage(typed.problem));
  const several = severalSpokespeople(typed.filters.spokesperson, ctx);
  if (several) return reply(noticeMessage(several));
  const query = queryFrom(typed.query);
  if (!query) return reply(noticeMessage(NOTHING_TO_SEARCH));
  if (!(await withinLimit(userId, reply, ctx))) return;
  await answerWithSearch({ userId, query, filters: typed.filters, ...(typed.sort ? { sort: typed.sort } : {}) }, reply, ctx);
}

/**
 * `by:Ma` fits Mao Ning and Ma Zhaoxu alike (the start of a word is enough, `spokespersonMatches`):
 * what to say instead of searching both under a heading naming neither; null when it fits one name
 * (or none, which the search answers naming those the index holds).
 */
function severalSpokespeople(wanted: string | undefined, ctx: SlackContext): string | null {
  if (!wanted) return null;
  const matches = ctx.search.spokespeople().filter((name) => spokespersonMatches(name, wanted));
  if (matches.length < 2 || matches.some((name) => name.toLowerCase() === wanted.trim().toLowerCase())) return null;
  return `The spokesperson “${echoedLabel(wanted, 40)}” fits ${matches.length} names: ${matches.map(escapeMrkdwn).join(', ')}. Give the one you mean, e.g. \`by:"${escapeMrkdwn(matches[0]!)}"\`.`;
}

const BRIEFING_FORM = `\`${SLASH_COMMAND} briefing\` takes one date, written YYYY-MM-DD, e.g. \`${SLASH_COMMAND} briefing 2020-05-22\` (or a key a card shows: \`zh-2019-05-29\`, \`pc-2022-03-10\`); the newest briefing is \`${SLASH_COMMAND} latest\`.`;
const QUOTE_FORM = `\`${SLASH_COMMAND} quote\` takes one exchange id as a card shows it, e.g. \`${SLASH_COMMAND} quote 2020-05-22#3\` (\`2020-05-22#s1\` for a statement, \`zh-2019-05-29#2\`, \`pc-2022-03-10#6\`).`;
/** After a form: how to search for words instead of opening a briefing or an exchange. */
const SEARCH_INSTEAD = (word: string): string => `To search for words instead, type them without \`${word}\` before them, e.g. \`${SLASH_COMMAND} Meng Wanzhou\`.`;

async function answerBriefing(argument: string, reply: Reply, ctx: SlackContext): Promise<void> {
  const named = readBriefingKey(argument);
  if ('problem' in named) {
    return reply(
      noticeMessage(
        named.problem === 'no such date'
          ? `There is no such date as ${echoedLabel(argument, 20)}. Give a date that exists, e.g. \`${SLASH_COMMAND} briefing 2020-05-22\`.`
          : `Give the date as YYYY-MM-DD, e.g. \`${SLASH_COMMAND} briefing 2020-05-22\` (or a key a card shows: \`zh-2019-05-29\`, \`pc-2022-03-10\`).`,
      ),
    );
  }
  await openBriefing(named, reply, ctx);
}

/** The briefing `named` names, under how a date that could be read two ways was read (`dateReadText`); or the nearest dates that have one. */
async function openBriefing(named: BriefingNamed, reply: Reply, ctx: SlackContext): Promise<void> {
  const found = findBriefing(ctx.search, named);
  if ('nearest' in found) return reply(noticeMessage(escapeMrkdwn(noBriefingText(named, found.nearest))));
  const { briefing, other } = found;
  const read = dateReadText(named);
  const messages = [...(read ? [noticeMessage(escapeMrkdwn(read))] : []), ...briefingMessages(briefing)];
  // Two transcripts of one day (a revised translation): say where the other one is.
  if (other) messages.push(noticeMessage(`Another transcript of this day: \`${SLASH_COMMAND} briefing ${other.summary.key}\``));
  await replyAll(reply, messages);
}

async function answerQuote(id: string, reply: Reply, ctx: SlackContext): Promise<void> {
  const record = ctx.search.record(id);
  const replaced = record ? null : unheldRecordText(id, echoedLabel(id, 40), (key) => ctx.search.briefing(key)?.summary, `${SLASH_COMMAND} briefing`);
  if (replaced) return reply(noticeMessage(replaced));
  if (!record) {
    return reply(
      noticeMessage(`No exchange ${echoedLabel(id, 40)} in the index. Ids look like 2020-05-22#3, 2020-05-22#s1 (a statement), zh-2019-05-29#2 (a Chinese page) or pc-2022-03-10#6 (the PressCon corpus); every card shows its id.`),
    );
  }
  await replyAll(reply, recordMessages(record, { withQuestion: true, share: true, english: englishCounterpart(ctx.search, record) !== undefined, followed: followedOf(record, ctx.search), ...ctx.search.otherVersions(record) }));
}
