/**
 * Action ids of spox's buttons and menus. The value says what a button acts on: a result position
 * (`encodePosition`) for paging and the list view, a quote reference (`encodeQuoteRef`: record id
 * and the quote's sentence offsets) for Full answer, Cite and Share, so those work for anyone, at
 * any time; a record id for 中文原文 and English.
 */
export const ACTION = {
  previous: 'spox_previous',
  next: 'spox_next',
  /** List all: a page of the list view of every match (`l.RESULT.PAGE`), replacing the card. */
  list: 'spox_list',
  /** The list view's Previous page / Next page (`l.RESULT.PAGE`). */
  listPrevious: 'spox_list_previous',
  listNext: 'spox_list_next',
  /** The list view's menu: the option's value is the card to open (`c.RESULT.INDEX`). */
  pick: 'spox_pick',
  /** Back to cards, from the list view (`c.RESULT.INDEX`: its page's first row). */
  cards: 'spox_cards',
  fullAnswer: 'spox_full_answer',
  cite: 'spox_cite',
  share: 'spox_share',
  /** 中文原文: the value is the English record's id; the Chinese original it was aligned with is shown privately. */
  chinese: 'spox_chinese',
  /** English: the value is a Chinese record's id; the English exchange aligned with it is shown privately. */
  english: 'spox_english',
  /** Share to channel on a private timeline: the value names its asker and topic (`encodeTimelineShare`), searched again to post. */
  shareTimeline: 'spox_share_timeline',
  /** A link button: Slack still sends the click, which is acknowledged and nothing more. */
  transcript: 'spox_transcript',
} as const;
