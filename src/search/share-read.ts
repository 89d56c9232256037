/**
 * Counts over many records read on a share of them. A rule or note counting the records that hold a
 * phrase reads each one's text, from disk in a large archive: every record holding "Belt and Road",
 * or "developing" and "country", or every one of an answer's 8,000 exchanges, was most of a
 * question's time in an archive 25 times the bundled one. Of more than `most`, a count reads at most
 * `most`: a share of about every `step`-th (a power of two), chosen by id (`readForShare`), and is
 * scaled to all of them.
 */

/** Most records a count reads: every one in the bundled corpus for all but the commonest words. */
export const MOST_READ = 1024;

export interface ShareRead<T> {
  /** The items a count reads: all of them, or a share. */
  read: readonly T[];
  /** Whether `read` is a share of them, not all. */
  sampled: boolean;
  /** A count of `read`, scaled to all of them. */
  scaled(count: number): number;
}

export function shareRead<T extends { id: string }>(items: readonly T[], most = MOST_READ): ShareRead<T> {
  let step = 1;
  let read = items;
  // A share is of about `items / step` (by hash): halved again where it is more than `most`.
  while (read.length > most && step < 2 ** 30) {
    step *= 2;
    read = items.filter((item) => readForShare(item.id, step));
  }
  const sampled = step > 1 && read.length > 0;
  return { read, sampled, scaled: (count) => (sampled ? Math.round((count * items.length) / read.length) : count) };
}

/**
 * Whether a record is of the share read of every `step` (a power of two) records (`shareRead`): by
 * its id, so that the share read of one step is part of that of a smaller one, and two counts (a name
 * and its words after "and") are read on the same records.
 */
function readForShare(id: string, step: number): boolean {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return ((hash >>> 0) & (step - 1)) === 0;
}
