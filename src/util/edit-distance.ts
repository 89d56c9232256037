// Three rows of the table, reused: did-you-mean asks this of thousands of index terms per unknown word,
// and rows made per call were most of its time.
let rows = [new Int32Array(32), new Int32Array(32), new Int32Array(32)] as const;

/**
 * Edits (insertion, deletion, substitution, or two neighbours swapped: "Xinjaing") that turn `a`
 * into `b`, when at most `most`; null when more.
 */
export function editDistance(a: string, b: string, most: number): number | null {
  if (Math.abs(a.length - b.length) > most) return null;
  if (rows[0].length <= b.length) rows = [new Int32Array(b.length * 2), new Int32Array(b.length * 2), new Int32Array(b.length * 2)];
  let [before, previous, current] = rows;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowBest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current[j] = d;
      rowBest = Math.min(rowBest, d);
    }
    if (rowBest > most) return null;
    [before, previous, current] = [previous, current, before];
  }
  const distance = previous[b.length]!;
  return distance <= most ? distance : null;
}
