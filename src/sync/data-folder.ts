import {
  appendFileSync, closeSync, constants, copyFileSync, existsSync, fsyncSync, linkSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync,
  rmdirSync, rmSync, statSync, writeFileSync,
} from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { MANIFEST_NAME } from '../transcripts/manifest.js';
import { writeAll } from '../util/write-all.js';

/**
 * The data folder keeps every page the sync downloaded, as served, at a path that mirrors its URL
 * (`data/eng/xw/fyrbt/lxjzh/202608/t20260817_12005503.html`), and in each folder a MANIFEST.tsv
 * the indexer reads: `file`, `url`, `fetched_at`, `title`. A page counts as kept once its row is
 * written; the row is written after the page file, so a run killed between the two leaves a file
 * the next run downloads again (atomically over it), never a row without its file.
 */
const MANIFEST_HEADER = 'file\turl\tfetched_at\ttitle\n';
const TEMP_SUFFIX = '.part';

/** A URL path segment safe to use as a file or folder name. */
const SAFE_SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

/** The page's path relative to the data folder, from the URL's path only (hosts serve the same pages). */
export function relativePathFor(url: string): string {
  const segments = new URL(url).pathname.split('/').filter(Boolean);
  if (segments.length === 0 || !segments.every((s) => SAFE_SEGMENT.test(s) && s !== '..')) {
    throw new Error(`the URL path cannot be kept as a file name: ${url}`);
  }
  return segments.join('/');
}

function writeDurable(path: string, data: Uint8Array | string, flags: string): void {
  const fd = openSync(path, flags);
  try {
    writeAll(fd, data, path);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Hidden (a leading dot) so the indexer never reads it, and removed by the next run when left behind. */
function tempPathFor(path: string): string {
  return join(dirname(path), `.${path.slice(dirname(path).length + 1)}.${process.pid}${TEMP_SUFFIX}`);
}

/**
 * Where a kept page's previous copy is kept when the site revised it: beside it, named for when it
 * was replaced (`t20260817_12005503.html.replaced-20261130T014500Z`), an ending the indexer does not
 * read. Never removed by the sync.
 */
export function evidencePathFor(file: string, replacedAt: Date): string {
  const stamp = replacedAt.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  let path = `${file}.replaced-${stamp}`;
  for (let n = 2; existsSync(path); n++) path = `${file}.replaced-${stamp}-${n}`;
  return path;
}

/** A manifest cell's text: tabs and line breaks would split the row. */
const cleanCell = (s: string): string => s.replace(/[\t\r\n]+/g, ' ').trim();

/** The newest copy `evidencePathFor` kept of `file`, and when it was replaced; null when there is none. */
export function latestEvidence(file: string): { path: string; replacedAt: Date } | null {
  const prefix = `${basename(file)}.replaced-`;
  let names: string[];
  try {
    names = readdirSync(dirname(file)).filter((name) => name.startsWith(prefix));
  } catch {
    return null;
  }
  let latest: { path: string; replacedAt: Date } | null = null;
  for (const name of names) {
    const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z(?:-\d+)?$/.exec(name.slice(prefix.length));
    if (!m) continue;
    const replacedAt = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`);
    if (latest === null || replacedAt >= latest.replacedAt) latest = { path: join(dirname(file), name), replacedAt };
  }
  return latest;
}

/** One manifest row whose file exists. */
export interface KeptRow {
  file: string;
  url: string;
  title: string;
}

/** `url`-path key → file, of every manifest row under `dir` whose file exists. */
function manifestRows(
  dir: string,
  onEntry: (path: string, name: string) => void = () => {},
  recursive = true,
): Map<string, KeptRow> {
  const kept = new Map<string, KeptRow>();
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (recursive) walk(path);
      } else {
        onEntry(path, entry.name);
      }
      if (entry.name !== MANIFEST_NAME) continue;
      for (const row of readFileSync(path, 'utf8').split('\n').slice(1)) {
        const [file, url, , title] = row.split('\t');
        if (!file || !url) continue;
        try {
          const page = join(folder, file);
          if (statSync(page).isFile()) kept.set(relativePathFor(url.trim()), { file: page, url: url.trim(), title: title?.trim() ?? '' });
        } catch {
          // a row whose file is gone (downloaded again), or a URL that is no path of a page
        }
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return kept;
}

/** Manifest rows of the pages other sources hold (seeds/ has transcripts with their URLs in MANIFEST.tsv). */
function rowsIn(paths: string[]): Map<string, KeptRow> {
  const rows = new Map<string, KeptRow>();
  for (const path of paths) {
    let isFile = false;
    try {
      isFile = statSync(path).isFile();
    } catch {
      continue; // reported by the indexer
    }
    if (!isFile) {
      for (const [key, row] of manifestRows(path)) rows.set(key, row);
      continue;
    }
    // A single file: its row of its folder's manifest.
    for (const [key, row] of manifestRows(dirname(path), () => {}, false)) if (resolve(row.file) === resolve(path)) rows.set(key, row);
  }
  return rows;
}

/**
 * The pages other sources already hold, by URL path and by title: the sync must not download a
 * second copy of a bundled briefing, even where the site lists it at a new URL.
 */
export function pagesIn(paths: string[]): { urlPaths: Set<string>; titles: Set<string> } {
  const rows = rowsIn(paths);
  return { urlPaths: new Set(rows.keys()), titles: new Set([...rows.values()].map((r) => r.title).filter(Boolean)) };
}

/** Every page kept in the data folder `dir` (none when it does not exist), read only: nothing left by a killed run is removed. */
export function keptPages(dir: string): KeptRow[] {
  return [...rowsIn([dir]).values()];
}

/** The key a page is known by: its URL's path (both hosts serve the same pages). */
export function urlKey(url: string): string | null {
  try {
    return relativePathFor(url);
  } catch {
    return null;
  }
}

export class DataFolder {
  /** URL path → kept page, from every MANIFEST.tsv. */
  private readonly kept: Map<string, KeptRow>;
  /** Folders whose manifest this object appended a whole row to: they exist, and it ends with a newline. */
  private readonly appendedTo = new Set<string>();
  /** Folders made for a draft or emptied by `forget`: `tidy` removes those left empty. */
  private readonly touched = new Set<string>();

  constructor(readonly dir: string) {
    // A killed run's half-written page is removed.
    this.kept = manifestRows(dir, (path, name) => {
      if (name.endsWith(TEMP_SUFFIX)) rmSync(path, { force: true });
    });
  }

  /** Whether the page at this URL (on any host) is already kept. */
  has(url: string): boolean {
    const key = urlKey(url);
    return key !== null && this.kept.has(key);
  }

  get size(): number {
    return this.kept.size;
  }

  /** Files of every kept page. */
  files(): string[] {
    return [...this.kept.values()].map((k) => k.file);
  }

  /** Every kept page: its file, URL and listed title. */
  pages(): KeptRow[] {
    return [...this.kept.values()];
  }

  /** Where a page of this URL is kept. */
  pathFor(url: string): string {
    return join(this.dir, relativePathFor(url));
  }

  /**
   * Keeps a downloaded page: the file by write-and-rename, then its manifest row by one append.
   * A kill between the two leaves a file without a row, which the next run downloads again.
   */
  keep(url: string, body: Uint8Array, title: string, { fetchedAt = new Date(), draft }: { fetchedAt?: Date; draft?: string } = {}): string {
    const path = this.pathFor(url);
    const folder = dirname(path);
    const appended = this.appendedTo.has(folder);
    if (!appended) mkdirSync(folder, { recursive: true });
    // Write-and-rename keeps a kill from leaving half a page. Not flushed: a page a power cut
    // damages fails the indexer's parse, is dropped, and is downloaded again by the next run.
    const temp = draft ?? tempPathFor(path);
    if (draft === undefined) writeFileSync(temp, body);
    renameSync(temp, path);

    const manifest = join(folder, MANIFEST_NAME);
    let row = `${cleanCell(path.slice(folder.length + 1))}\t${cleanCell(url)}\t${fetchedAt.toISOString()}\t${cleanCell(title)}\n`;
    if (!appended) {
      if (!existsSync(manifest)) {
        // Not flushed, as the rows are not: a manifest a power cut empties only means its pages are downloaded again.
        const tempManifest = tempPathFor(manifest);
        writeFileSync(tempManifest, MANIFEST_HEADER);
        renameSync(tempManifest, manifest);
      }
      // A row torn by a kill must not swallow the next one.
      const text = readFileSync(manifest);
      if (text.length > 0 && text[text.length - 1] !== 0x0a) row = '\n' + row;
    }
    // One append; not flushed: a row lost to a power cut only means the page is downloaded again.
    appendFileSync(manifest, row);
    this.appendedTo.add(folder);
    this.kept.set(relativePathFor(url), { file: path, url, title: cleanCell(title) });
    return path;
  }

  /**
   * Where the page of this URL may be written while it is downloaded (its folder made): hidden from
   * the indexer until `keep` (given it as `draft`) renames it; `discardDraft` removes it, and the
   * next run removes one a kill left behind.
   */
  draftFor(url: string): string {
    const path = this.pathFor(url);
    if (!this.appendedTo.has(dirname(path))) mkdirSync(dirname(path), { recursive: true });
    this.touched.add(dirname(path));
    return tempPathFor(path);
  }

  discardDraft(draft: string): void {
    rmSync(draft, { force: true });
  }

  /** The URL-path key and row of a kept page's file. */
  private entryOf(file: string): [string, KeptRow] | undefined {
    return [...this.kept].find(([, k]) => resolve(k.file) === resolve(file));
  }

  /** The URL of a kept page's file; null when the file is not a kept page. */
  urlOf(file: string): string | null {
    return this.entryOf(file)?.[1].url ?? null;
  }

  /**
   * Drops a kept page (one that turned out not to be a transcript): its manifest row first, by
   * rewrite-and-rename (the manifest is removed when no row is left), then the file. Returns its URL
   * and title, or null when the file is not a kept page.
   */
  forget(file: string): { url: string; title: string } | null {
    const entry = this.entryOf(file);
    if (!entry) return null;
    const [key, { url, title }] = entry;
    const folder = dirname(resolve(file));
    this.rewriteRow(resolve(file), () => null);
    this.appendedTo.delete(dirname(entry[1].file));
    rmSync(file, { force: true });
    this.kept.delete(key);
    this.touched.add(folder);
    return { url, title };
  }

  /**
   * Replaces a kept page with the site's newer copy of it (a revision at the same URL): the kept file
   * is first linked (or copied) beside it (`evidencePathFor`), as the evidence of what was indexed
   * before; the new body is then written over the page by write-and-rename, and its manifest row
   * given the new fetch time, and `title` when given (a revision that changed the title, whose date
   * the row's title gives the parse of a page that names none). A kill at any point leaves the page
   * whole, old or new, and its row. Returns the page's file and where the previous copy now is.
   */
  replace(url: string, body: Uint8Array, { fetchedAt = new Date(), title }: { fetchedAt?: Date; title?: string } = {}): { file: string; previous: string } {
    const key = relativePathFor(url);
    const row = this.kept.get(key);
    if (!row) throw new Error(`not a kept page: ${url}`);
    const previous = evidencePathFor(row.file, fetchedAt);
    try {
      linkSync(row.file, previous);
    } catch {
      copyFileSync(row.file, previous, constants.COPYFILE_EXCL);
    }
    const temp = tempPathFor(row.file);
    writeFileSync(temp, body);
    renameSync(temp, row.file);
    const newTitle = title === undefined ? undefined : cleanCell(title);
    this.rewriteRow(resolve(row.file), (cells) => [...cells.slice(0, 2), fetchedAt.toISOString(), ...(newTitle === undefined ? cells.slice(3) : [newTitle])].join('\t'));
    if (newTitle !== undefined) this.kept.set(key, { ...row, title: newTitle });
    return { file: row.file, previous };
  }

  /**
   * Rewrites a kept file's manifest row (`change` gives its new text from its cells, or null to drop
   * it) by rewrite-and-rename; a manifest left with no row is removed.
   */
  private rewriteRow(file: string, change: (cells: string[]) => string | null): void {
    const folder = dirname(file);
    const manifest = join(folder, MANIFEST_NAME);
    const name = file.slice(folder.length + 1);
    const rows = readFileSync(manifest, 'utf8').split('\n').flatMap((row, i) => {
      const cells = row.split('\t');
      if (i === 0 || cells[0] !== name) return [row];
      const changed = change(cells);
      return changed === null ? [] : [changed];
    });
    if (rows.slice(1).some((row) => row.trim() !== '')) {
      const temp = tempPathFor(manifest);
      writeDurable(temp, rows.join('\n'), 'w');
      renameSync(temp, manifest);
    } else {
      rmSync(manifest, { force: true });
    }
  }

  /**
   * Removes the folders this object made for drafts or emptied that hold nothing now (a page that
   * failed, was dropped, or redirected elsewhere), and their parents left empty, up to the data folder.
   * Called once no download is under way: a draft's folder is made before its request is sent.
   */
  tidy(): void {
    const root = resolve(this.dir);
    for (const start of this.touched) {
      for (let folder = resolve(start); relative(root, folder) !== '' && !relative(root, folder).startsWith('..'); folder = dirname(folder)) {
        try {
          if (readdirSync(folder).length > 0) break;
          rmdirSync(folder);
        } catch {
          break; // gone already, or not ours to remove
        }
        this.appendedTo.delete(folder);
      }
    }
    this.touched.clear();
  }
}
