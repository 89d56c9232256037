/**
 * Component custom ids: `prefix:arg:arg`. The prefix routes a click to its handler; the arguments
 * say what the component acts on. Record ids (`2019-04-29b#3`), quote references and result
 * positions contain no ':'. Every id stays within Discord's 100 characters.
 */
export const PREFIX = {
  /** `page:POSITION:p|n`: show a card or a list page of a stored result (p/n keeps prev and next distinct). */
  page: 'page',
  /** `list:POSITION`: the list view of a stored result, privately, for anyone. */
  list: 'list',
  /** `pick:RESULT`: the list view's menu: the chosen match as a card, privately. */
  pick: 'pick',
  /** `full:QUOTEREF`: the whole answer of a record, privately, citing the same quote. */
  full: 'full',
  /** `cite:QUOTEREF`: the plain-text citation of a quote (no spans: the whole answer). */
  cite: 'cite',
  /** `note:QUOTEREF`: the Chicago-style footnote of a quote. */
  footnote: 'note',
  /** `citerec:RECORD`: Cite on messages sent before quotes carried offsets (the whole answer). */
  legacyCite: 'citerec',
  /** `open:BRIEFING:PART`: select menu of a briefing's records. */
  open: 'open',
  /** `zh:RECORD`: the Chinese original aligned with an English record, ephemeral. */
  chinese: 'zh',
  /** `en:RECORD`: the English exchange aligned with a Chinese record, ephemeral. */
  english: 'en',
  /** `share:POSITION`: a private card posted to the channel by its asker, once. */
  share: 'share',
} as const;

export function customId(prefix: string, ...args: (string | number)[]): string {
  return [prefix, ...args].join(':');
}

export function parseCustomId(id: string): { prefix: string; args: string[] } {
  const [prefix = '', ...args] = id.split(':');
  return { prefix, args };
}
