/** Before a briefing's date in its key, the source of a Chinese page or an imported pair (`zh-2019-05-29`, `pc-2022-03-10`). */
export const KEY_PREFIX = '(?:zh|pc)-';

/** An exchange's id as a card shows it: `2020-05-22#3`, `2019-04-29b#2`, `2020-02-24#s1`, `zh-2019-05-29#2`, `pc-2022-03-10#6`. */
export const EXCHANGE_ID_WRITTEN = String.raw`(?:${KEY_PREFIX})?\d{4}-\d{2}-\d{2}[a-z]?#s?\d+[a-z]?`;

const ID_IN_TEXT = new RegExp(String.raw`(?<![\w#-])${EXCHANGE_ID_WRITTEN}(?![\w#])`, 'gi');

/**
 * The exchange ids written inside a question ("the question after 2019-07-26#7", "follow-up to
 * 2019-07-26#2"), taken out as no words of a topic, nor a date: "after 2019-07-26#7" had been read as
 * "after July 26, 2019" and the rest searched (hunt-N #4). An id alone opens its exchange before any reading (`exchangeIdIn`).
 */
export function withoutExchangeIds(question: string): { query: string; ids: string[] } {
  const ids: string[] = [];
  const rest = question.replace(ID_IN_TEXT, (id) => {
    ids.push(id);
    return ' ';
  });
  if (ids.length === 0) return { query: question, ids };
  // Nothing left but words about the exchange ("the question after", "follow-up to"): nothing to search.
  const query = rest.replace(/\s+/g, ' ').trim();
  return { query: ABOUT_AN_EXCHANGE.test(query) ? '' : query, ids };
}

/** What a question says of an exchange it names by id, and nothing else: "the question after", "follow-up to", "answer of", "and". */
const ABOUT_AN_EXCHANGE = /^(?:(?:the|a|an|to|of|on|in|at|and|or|after|before|next|previous|prior|following|question|questions|answer|answers|exchange|exchanges|follow-?ups?|open|show|quote|id|ids|card|[,;:.?!()[\]])\s*)*$/i;
