import { encodePosition, heldListPage, listFooter, listOptionLabel, listRowHead, listTitle } from '../answers/result-list.js';
import type { StoredResult } from '../answers/result-store.js';
import type { SpoxSearch } from '../search/types.js';
import { ACTION } from './actions.js';
import { button, context, escapedLabel, option, section, staticSelect } from './blocks.js';
import { resultHeading } from './cards.js';
import type { ButtonElement, SlackMessage } from './limits.js';
import { SLASH_COMMAND } from './manifest.js';
import { escapeMrkdwn } from './mrkdwn.js';

/** Room for a row: date · spokesperson · asker · the question's first words. */
const ROW_CHARS = 300;

/**
 * One page of the list view of a stored result (List all), for its asker: every match the index
 * holds, ten a page, as rows (date · spokesperson · asker · the question's first words, escaped),
 * numbered among all the matches as the cards are; a menu opening any row as its card, Previous /
 * Next page and Back to cards. Null when the index holds none of them any more (`goneText`).
 */
export function listMessage(result: StoredResult, page: number, search: Pick<SpoxSearch, 'record'>): SlackMessage | null {
  const shown = heldListPage(result, page, search);
  if (!shown) return null;
  const card = (index: number): string => encodePosition({ resultId: result.id, view: 'card', index });
  const listAt = (p: number): string => encodePosition({ resultId: result.id, view: 'list', index: p });
  const first = shown.positions[0]!;
  const last = shown.positions.at(-1)!;
  const rows = shown.rows.map((r, i) => section(`*${shown.positions[i]! + 1}.* ${escapedLabel(listRowHead(r) + r.opening, ROW_CHARS)}`));
  const menu = staticSelect(
    ACTION.pick,
    `Open one (${first + 1}–${last + 1})`,
    shown.rows.map((r, i) => option(listOptionLabel(r, shown.positions[i]!), card(shown.positions[i]!), r.opening)),
  );
  const nav: ButtonElement[] = [];
  if (shown.page > 0) nav.push(button('Previous page', ACTION.listPrevious, listAt(shown.page - 1)));
  if (shown.page < shown.pages - 1) nav.push(button('Next page', ACTION.listNext, listAt(shown.page + 1)));
  nav.push(button('Back to cards', ACTION.cards, card(first)));
  const title = listTitle(shown);
  return {
    text: title,
    blocks: [
      context(resultHeading(result, 'All matches')),
      ...(result.note ? [context(escapeMrkdwn(result.note))] : []),
      section(`*${title}*`),
      ...rows,
      context(listFooter(shown, SLASH_COMMAND)),
      { type: 'actions', elements: [menu, ...nav] },
    ],
  };
}
