/**
 * Counts over many records read on a share of them. A rule or note counting the records that hold a
 * phrase reads each one's text, from disk in a large archive: every record holding "Belt and Road",
 * or "developing" and "country", or every one of an answer's 8,000 exchanges, was most of a
 * question's time in an archive 25 times the bundled one. Of more than `most`, a count reads at most
 * `most`: a share of about every `step`-th (a power of two), chosen by id (`idHash`), and is
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
  if (items.length <= most) return { read: items, sampled: false, scaled: (count) => count };
  const hashes = Uint32Array.from(items, (item) => idHash(item.id));
  // A share is of about `items / step` (by hash): halved again where it is more than `most`.
  let step = 2;
  while (step < 2 ** 30 && countIn(hashes, step) > most) step *= 2;
  const read = items.filter((_, i) => (hashes[i]! & (step - 1)) === 0);
  const sampled = read.length > 0;
  return { read, sampled, scaled: (count) => (sampled ? Math.round((count * items.length) / read.length) : count) };
}

function countIn(hashes: Uint32Array, step: number): number {
  let n = 0;
  for (const hash of hashes) if ((hash & (step - 1)) === 0) n++;
  return n;
}

/**
 * A record's place in the shares (`shareRead`), by its id (FNV-1a): the share read of every `step`-th
 * (a power of two) is of those whose hash ends in as many zero bits, so that the share of one step is
 * part of that of a smaller one, and two counts (a name and its words after "and") read the same records.
 */
function idHash(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
