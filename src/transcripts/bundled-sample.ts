/**
 * The CMFA PressCon sample bundled in seeds/presscon/ (its README): not the corpus, nor whole
 * briefings, but the corpus's pairs that mention Ukraine. What a reader of the index's sources is told of it.
 */
export const BUNDLED_PRESSCON_SAMPLE = {
  file: 'seeds/presscon/cmfa-presscon-v4-ukraine.csv',
  what: 'the CMFA PressCon sample bundled with spox: only the pairs that mention Ukraine, not whole briefings',
} as const;
