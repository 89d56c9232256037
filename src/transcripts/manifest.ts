import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sourceUrlProblem } from './source-url.js';
import { isoDate, readTitle } from './title.js';
import { readChineseTitle } from './zh/title.js';

/** One row of a folder's MANIFEST.tsv (columns: file, url, fetched_at, title). */
export interface ManifestEntry {
  file: string;
  url: string | null;
  title: string | null;
  /** The title's date; where the title lacks the year or the date, inferred from its neighbours. */
  date: string | null;
  /** Publication date of the page from its URL (`…/202607/t20260718_11985618.html`), for titles without a date. */
  published: string | null;
  /** Row order: the site issues document ids in publication order. */
  order: number;
  /** Where the row's URL was refused (`sourceUrlProblem`), what to say: the page is then cited without a link. */
  refusedUrl: string | null;
}

/** `t20260718_11985618.html` → `2026-07-18`: the page's publication date (not always the briefing's). */
export function publishedFromUrl(url: string | null): string | null {
  const m = url ? /\/t(\d{4})(\d{2})(\d{2})_\d+\.s?html?$/.exec(url) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

export const MANIFEST_NAME = 'MANIFEST.tsv';

/** The full date a title names, English or Chinese; null when it names none. */
export function titleDate(title: string): string | null {
  return readTitle(title).date ?? readChineseTitle(title).date;
}

/** What one row says by itself: its title's date (neighbours may supply a missing one) and its URL's. */
export function rowFacts(url: string | null, title: string | null): { date: string | null; published: string | null } {
  return { date: title ? titleDate(title) : null, published: publishedFromUrl(url) };
}

/** Reads `dir/MANIFEST.tsv`; an absent manifest is an empty one. */
export function readManifest(dir: string): Map<string, ManifestEntry> {
  let text: string;
  try {
    // A byte-order mark (as Excel and Notepad save) is not part of the first column's name.
    text = readFileSync(join(dir, MANIFEST_NAME), 'utf8').replace(/^\uFEFF/, '');
  } catch {
    return new Map();
  }
  const manifestFile = join(dir, MANIFEST_NAME);
  const rows = text.split(/\r?\n/).map((row, i) => ({ row, line: i + 1 })).filter(({ row }) => row.trim() !== '');
  const header = (rows.shift()?.row ?? '').split('\t');
  const col = (name: string): number => header.indexOf(name);
  const [fileCol, urlCol, titleCol] = [col('file'), col('url'), col('title')];
  if (fileCol < 0) return new Map();

  const entries: ManifestEntry[] = rows.map(({ row, line }, order) => {
    const cells = row.split('\t');
    const title = titleCol >= 0 ? cells[titleCol] || null : null;
    const given = urlCol >= 0 ? cells[urlCol] || null : null;
    const problem = given === null ? null : sourceUrlProblem(given);
    const refusedUrl = problem === null ? null : `${manifestFile} line ${line}: url ${JSON.stringify(given!.slice(0, 120))} refused (${problem})`;
    const url = problem === null ? given : null;
    return { file: cells[fileCol] ?? '', url, title, ...rowFacts(url, title), order, refusedUrl };
  });
  inferMissingDates(entries);
  return new Map(entries.map((e) => [e.file, e]));
}

/**
 * A few real titles lack the year ("on September 10") or the date (the Pelosi remarks). Rows are in
 * publication order, so the nearest dated row before one supplies its year, or its date.
 */
function inferMissingDates(entries: ManifestEntry[]): void {
  let previous: string | null = null;
  for (const entry of entries) {
    if (entry.date) {
      previous = entry.date;
      continue;
    }
    if (!previous) continue;
    const monthDay = entry.title ? readTitle(entry.title).monthDay : null;
    if (monthDay) {
      const [year, month] = previous.split('-').map(Number) as [number, number];
      const rolledOver = month - monthDay.month > 6; // December's neighbour, January's page
      entry.date = isoDate(rolledOver ? year + 1 : year, monthDay.month, monthDay.day);
    } else {
      entry.date = previous;
    }
  }
}
