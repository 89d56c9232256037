import { goneText, holdsMatch, matchIdAt, type BotWords } from '../answers/held-matches.js';
import { decodePosition } from '../answers/result-list.js';
import { ACTION } from './actions.js';
import type { Reply, SlackContext } from './app.js';
import { escapedLabel } from './blocks.js';
import { NOT_A_BUTTON, type ButtonClick } from './buttons.js';
import { noticeMessage, resultCard } from './cards.js';
import { SLASH_COMMAND } from './manifest.js';
import { listMessage } from './result-list.js';

export const EXPIRED_RESULT = `This result has expired. Run ${SLASH_COMMAND} again to search.`;
const ONLY_ASKER = `Only the person who ran this search can page through it. Run ${SLASH_COMMAND} yourself.`;
/** How Slack names its search command and escapes an id, in what it says of matches the index no longer holds. */
const SLACK_WORDS: BotWords = { ask: SLASH_COMMAND, escape: (id) => escapedLabel(id, 40) };

/** The actions that show a card of a stored result (their value is `c.RESULT.INDEX`). */
const CARD_ACTIONS: ReadonlySet<string> = new Set([ACTION.previous, ACTION.next, ACTION.cards, ACTION.pick]);
/** The actions that show a page of its list (`l.RESULT.PAGE`). */
const LIST_ACTIONS: ReadonlySet<string> = new Set([ACTION.list, ACTION.listPrevious, ACTION.listNext]);

/** Every action that moves through a stored result: answered by `answerResultAction`. */
export const RESULT_ACTIONS: readonly string[] = [...CARD_ACTIONS, ...LIST_ACTIONS];

/**
 * A move through a stored result, in the asker's own ephemeral message, replaced in place: a card
 * (Previous / Next, Back to cards, a row chosen in the list's menu) or a page of the list (List
 * all, Previous / Next page). Only the asker may move (Slack shows the message to no one else);
 * a value spox did not make, a result no longer kept and matches the index no longer holds are
 * said privately, the message left as it is.
 */
export async function answerResultAction(click: ButtonClick, reply: Reply, ctx: SlackContext): Promise<void> {
  const view = CARD_ACTIONS.has(click.actionId) ? 'card' : LIST_ACTIONS.has(click.actionId) ? 'list' : null;
  if (!view) throw new Error(`no handler for result action ${click.actionId}`);
  const at = decodePosition(click.value);
  if (!at || at.view !== view) return reply(noticeMessage(NOT_A_BUTTON));
  const result = ctx.results.get(at.resultId);
  if (!result) return reply(noticeMessage(EXPIRED_RESULT));
  if (result.userId !== click.userId) return reply(noticeMessage(ONLY_ASKER));
  if (view === 'list') {
    const list = listMessage(result, at.index, ctx.search);
    return list ? reply(list, { replace: true }) : reply(noticeMessage(goneText(result, ctx.search, SLACK_WORDS)));
  }
  if (at.index >= result.total) return reply(noticeMessage(NOT_A_BUTTON));
  // A match the index no longer holds (it was swapped since the search), kept in memory or not.
  if (!holdsMatch(result, at.index, ctx.search)) return reply(noticeMessage(goneText(result, ctx.search, SLACK_WORDS, matchIdAt(result, at.index))));
  return reply(resultCard(result, at.index, ctx.search), { replace: true });
}
