/**
 * Component custom ids: `prefix:arg:arg`. The prefix routes a click to its handler; the arguments
 * say what the component acts on. Record ids (`2019-04-29b#3`) contain no ':'.
 */
export const PREFIX = {
  /** `page:RESULT:TARGET:p|n`: show hit TARGET of a stored result (p/n keeps prev and next distinct). */
  page: 'page',
  /** `full:RECORD`: the whole answer of a record, ephemeral. */
  full: 'full',
  /** `cite:RESULT:INDEX`: the citation of a stored hit's quote. */
  citeHit: 'cite',
  /** `citerec:RECORD`: the citation of a record's answer. */
  citeRecord: 'citerec',
  /** `open:BRIEFING:PART`: select menu of a briefing's records. */
  open: 'open',
  /** `zh:RECORD`: the Chinese original aligned with an English record, ephemeral. */
  chinese: 'zh',
} as const;

export function customId(prefix: string, ...args: (string | number)[]): string {
  return [prefix, ...args].join(':');
}

export function parseCustomId(id: string): { prefix: string; args: string[] } {
  const [prefix = '', ...args] = id.split(':');
  return { prefix, args };
}
