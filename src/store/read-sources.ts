import { createHash } from 'node:crypto';
import { assignTwinKeys, fileSignatures, rekey, listTranscriptFiles, parseTranscriptFiles, type FileOutcome, type ParseFailure } from '../transcripts/corpus.js';
import type { ParsedAhead } from '../transcripts/parsed-ahead.js';
import { resolveFile } from '../transcripts/resolve-file.js';
import { PARSER_VERSION } from '../transcripts/parser-version.js';
import { preferPageTranscripts } from '../transcripts/prefer-pages.js';
import { isSpreadsheetFile, PRESSCON_KEY_PREFIX, readPressConFile } from '../transcripts/presscon.js';
import { SOURCE_EXTENSIONS } from '../transcripts/sources.js';
import type { Lang, Occasion, Transcript } from '../transcripts/types.js';
import { settleBriefings } from './briefing-keys.js';
import { idleImports, outweighedImports } from './shared-import-dates.js';
import type { IndexManifest } from './index-manifest.js';
import { StoredRecordsUnreadableError, type readStoredLines } from './records-file.js';
import type { BriefingSummary, IndexedRecord } from './types.js';

/** One briefing as the new generation will hold it: parsed this run, or kept from the previous one. */
export interface Unit {
  key: string;
  file: string;
  lang: Lang;
  /** Its briefing's date, occasion and title (as `briefing` has them). */
  date: string;
  occasion: Occasion;
  title: string;
  hash: string;
  /** The signature of its file (page or spreadsheet) when it was read (corpus.ts `fileSignatures`); none for one given in memory. */
  stat?: string;
  records: IndexedRecord[];
  briefing: BriefingSummary;
}

export type StoredLines = ReturnType<typeof readStoredLines>;

export function contentHash(transcript: Transcript): string {
  const { file: _file, ...content } = transcript;
  return createHash('sha256').update(String(PARSER_VERSION)).update(JSON.stringify(content)).digest('hex').slice(0, 24);
}

/** The previous generation, when an update may take briefings from it without parsing them again. */
export interface CarrySource {
  manifest: IndexManifest;
  stored: StoredLines;
}

export interface SourcesRead {
  /** Parsed this run: the page files new or changed since the previous generation (and those sharing a date with one), and the spreadsheets' imports unless carried. */
  transcripts: Transcript[];
  /** Briefings of unchanged files (pages, and spreadsheets' imports), taken from the previous generation. */
  carried: Unit[];
  failures: ParseFailure[];
  /** What was wrong in files read but did not stop them (a manifest row's URL refused, pairs another import of their date left out), one line each. */
  warnings: string[];
  /** Every file listed, read or carried, and every path that failed. */
  seen: string[];
  /** Files left out as copies of another page (same date, language and exchanges). */
  copies: string[];
  /** Each of them with the file it is a copy of. */
  copiesOf: { file: string; original: string }[];
  /** The files that gave a transcript (parsed or carried), before copies and pairs a page replaces were left out. */
  readable: Set<string>;
  /** The signature of each file listed, by its path as listed. */
  signatures: Map<string, string>;
  /** Spreadsheets read this run that the index takes nothing from, each with a warning that says what holds their dates instead. */
  idleImports: { file: string; warning: string }[];
  /** Every spreadsheet listed that the index takes nothing from (read this run, or unchanged since it was), with its signature. */
  idleSheets: Map<string, string>;
}

/** What the choice between pages and imports reads of a record of an import (`preferPageTranscripts`). */
const IMPORTED_RECORD = { kind: 'exchange', source: 'imported' } as const;

/** A briefing not parsed again, as the choice between pages and imports reads it: a page, or an import of `imported` records. */
class CarriedCandidate {
  readonly key: string;
  readonly date: string;
  readonly occasion: Occasion;
  readonly lang: Lang;
  readonly title: string;
  readonly records: readonly (typeof IMPORTED_RECORD)[];
  readonly imported: boolean;
  constructor(readonly file: string, readonly unit: CarriedUnit, importedRecords?: number) {
    ({ key: this.key, date: this.date, occasion: this.occasion, lang: this.lang, title: this.title } = unit);
    this.imported = importedRecords !== undefined;
    this.records = new Array<typeof IMPORTED_RECORD>(importedRecords ?? 0).fill(IMPORTED_RECORD);
  }
}

/**
 * Reads the sources of an index run, parsing only what may have changed since `previous`: a page file
 * whose signature (size, times, inode, manifest row) is the one the previous generation recorded is
 * not read, and its briefing is carried over as stored. What depends on more than one file is then
 * done as a clean run does it, per date: where a date has a briefing new, changed or gone, every page
 * of that date is parsed (twin keys `DATEb`, the English–Chinese alignment and the choice of page
 * over import are all per date). Spreadsheets are read unless every one is unchanged (`unchangedImports`).
 */
export async function readSources(
  paths: string[], ahead: ParsedAhead | undefined, previous: CarrySource | null, keysBefore: IndexManifest | null = previous?.manifest ?? null,
): Promise<SourcesRead> {
  const { files, failures: listFailures } = listTranscriptFiles(paths, SOURCE_EXTENSIONS);
  const signatures = fileSignatures(files);
  const pagesBefore = previous ? unchangedPages(files, signatures, previous.manifest) : new Map<string, string>();
  // A page file unchanged since it was read as a page is one still: a `.txt` is not opened to tell a sheet from a paste.
  const sheets = files.filter((f) => !pagesBefore.has(f) && isSpreadsheetFile(f));
  const sheetSet = new Set(sheets);
  const pages = files.filter((f) => !sheetSet.has(f));
  const failures: ParseFailure[] = [...listFailures];
  const warnings: string[] = [];
  const readable = new Set<string>();
  const collect = (outcomes: FileOutcome[], transcripts: Transcript[], failed: ParseFailure[]): void => {
    for (const o of outcomes) {
      if (o.ok) {
        readable.add(o.file);
        transcripts.push(o.transcript);
        warnings.push(...(o.warnings ?? []));
      } else {
        failed.push({ file: o.file, error: o.error, ...(o.row === undefined ? {} : { row: o.row }) });
      }
    }
  };
  const seen = [...files, ...listFailures.map((f) => f.file)];

  let carried = new Map<string, CarriedCandidate>(); // a page's by file as listed, an import's by file and key
  if (previous) {
    for (const [file, key] of pagesBefore) {
      const unit = CarriedUnit.of(key, previous);
      if (unit) carried.set(file, new CarriedCandidate(file, unit));
    }
  }
  const parsed: Transcript[] = [];
  collect(parseTranscriptFiles(pages.filter((f) => !carried.has(f)), ahead), parsed, failures);
  const importsKept = previous && sheets.length > 0 ? unchangedImports(sheets, signatures, previous, [...carried.values()], parsed) : null;
  const imported: Transcript[] = [];
  if (importsKept) for (const c of importsKept.imports) carried.set(`${c.file}\0${c.key}`, c);
  else for (const file of sheets) collect(await readPressConFile(file), imported, failures);

  // The choice of page over import, made again only when more pages were parsed since.
  let chosen: (Transcript | CarriedCandidate)[] | null = null;
  if (previous && carried.size > 0) {
    const { touched, chosen: before } = touchedDates([...parsed, ...imported], [...carried.values()], previous);
    // A carried import on such a date is not read again: its spreadsheet is unchanged, and the choice drops it where a page now is.
    const again = new Set([...carried.values()].filter((c) => !c.imported && touched.has(c.date)).map((c) => c.file));
    if (again.size > 0) {
      collect(parseTranscriptFiles([...again], ahead), parsed, failures);
      assignTwinKeys(parsed);
      carried = new Map([...carried].filter(([file]) => !again.has(file)));
    } else {
      chosen = before;
    }
  }
  chosen ??= preferPageTranscripts<Transcript | CarriedCandidate>([...parsed, ...imported, ...carried.values()]);
  const carriedUnits = chosen.flatMap((t) => ('unit' in t ? [t.unit] : []));
  // Keys do not move between runs, and a copy of a page under another name is not a second briefing.
  const settled = settleBriefings(
    chosen.filter((t): t is Transcript => !('unit' in t)), carriedUnits.map((u) => u.key), keysBefore, paths, (t, key) => {
      const copy = structuredClone(t);
      rekey(copy, key);
      return contentHash(copy);
    },
  );
  warnings.push(...outweighedImports(imported, chosen));
  const idle = idleImports(imported, chosen);
  const idleSheets = new Map((importsKept?.idle ?? idle.map((i) => i.file)).flatMap((file) => {
    const signature = signatures.get(file);
    return signature === undefined ? [] : [[file, signature] as const];
  }));
  return {
    transcripts: settled.transcripts,
    carried: carriedUnits,
    failures,
    warnings: [...new Set(warnings)],
    seen,
    copies: settled.copies,
    copiesOf: settled.copiesOf,
    readable: new Set([...readable, ...[...carried.values()].map((c) => c.file)]),
    signatures,
    idleImports: idle,
    idleSheets,
  };
}

/**
 * The page files listed whose signature is the one the previous generation recorded for the page
 * briefing it read from them, each with that briefing's key (a spreadsheet's imports, `pc-DATE`,
 * are `unchangedImports`'s).
 */
function unchangedPages(files: string[], signatures: Map<string, string>, manifest: IndexManifest): Map<string, string> {
  const keyOf = new Map<string, string>(); // by resolved file
  for (const [key, entry] of Object.entries(manifest.transcripts)) {
    if (entry.stat && !key.startsWith(PRESSCON_KEY_PREFIX)) keyOf.set(resolveFile(entry.file), key);
  }
  const unchanged = new Map<string, string>();
  for (const file of files) {
    const key = keyOf.get(resolveFile(file));
    if (key !== undefined && manifest.transcripts[key]!.stat === signatures.get(file)) unchanged.set(file, key);
  }
  return unchanged;
}

/**
 * A briefing carried over from the previous generation: what its manifest entry says, and its
 * briefing and records read from there when first asked for (an update that only appends newer
 * briefings never asks).
 */
class CarriedUnit implements Unit {
  #records: IndexedRecord[] | undefined;
  #briefing: BriefingSummary | undefined;
  readonly #stored: StoredLines;
  readonly #count: number;
  private constructor(
    readonly key: string, readonly file: string, readonly lang: Lang, readonly date: string, readonly occasion: Occasion,
    readonly title: string, readonly hash: string, readonly stat: string | undefined, count: number, stored: StoredLines,
  ) {
    this.#stored = stored;
    this.#count = count;
  }

  /** The briefing `key` of the previous generation (its manifest's facts, or else its stored briefing); undefined when it has none. */
  static of(key: string, previous: CarrySource): CarriedUnit | undefined {
    const entry = previous.manifest.transcripts[key];
    if (!entry) return undefined;
    const facts = entry.date && entry.lang && entry.occasion && entry.title !== undefined ? entry : previous.stored.briefing(key);
    if (!facts) return undefined;
    const { date, lang, occasion, title } = facts as Required<Pick<typeof entry, 'date' | 'lang' | 'occasion' | 'title'>>;
    return new CarriedUnit(key, entry.file, lang ?? 'en', date, occasion, title, entry.hash, entry.stat, entry.records, previous.stored);
  }

  get briefing(): BriefingSummary {
    this.#briefing ??= this.#stored.briefing(this.key);
    if (!this.#briefing) throw new StoredRecordsUnreadableError(`the previous index lists ${this.key} but holds no briefing of it`);
    return this.#briefing;
  }

  get records(): IndexedRecord[] {
    this.#records ??= this.#stored.recordsByKey.get(this.key);
    if (this.#records?.length !== this.#count) {
      throw new StoredRecordsUnreadableError(`the previous index holds ${this.#records?.length ?? 0} records of ${this.key}, not ${this.#count}`);
    }
    return this.#records;
  }

  set records(value: IndexedRecord[]) {
    this.#records = value;
  }
}

/**
 * The briefings the previous generation imported from spreadsheets, carried over unread, when every
 * spreadsheet listed is one it read (same signature: one it imported from, or an idle one it took
 * nothing from) and every page briefing it held is still there (carried or parsed): reading them
 * again would then give the same imports, an idle sheet's dates would still be held by what held
 * them, and an import whose date a new page takes is still dropped by the choice of page over
 * import. Null: read them all.
 */
function unchangedImports(
  sheets: string[], signatures: Map<string, string>, previous: CarrySource, pages: CarriedCandidate[], parsed: Transcript[],
): { imports: CarriedCandidate[]; idle: string[] } | null {
  const sheetOf = new Map(sheets.map((file) => [resolveFile(file), file]));
  const present = new Set([...pages.map((c) => c.key), ...parsed.map((t) => t.key)]);
  const imports: CarriedCandidate[] = [];
  const read = new Set<string>();
  for (const [key, entry] of Object.entries(previous.manifest.transcripts)) {
    const sheet = sheetOf.get(resolveFile(entry.file));
    if (sheet === undefined) {
      if (!present.has(key)) return null;
      continue;
    }
    const unit = entry.records > 0 && entry.stat !== undefined && entry.stat === signatures.get(sheet) ? CarriedUnit.of(key, previous) : undefined;
    if (!unit) return null;
    imports.push(new CarriedCandidate(sheet, unit, entry.records));
    read.add(sheet);
  }
  const idle: string[] = [];
  for (const [file, signature] of Object.entries(previous.manifest.idleSheets ?? {})) {
    const sheet = sheetOf.get(resolveFile(file));
    if (sheet === undefined || read.has(sheet)) continue;
    if (signature !== signatures.get(sheet)) return null;
    idle.push(sheet);
    read.add(sheet);
  }
  return read.size === sheets.length ? { imports, idle } : null;
}

/**
 * The dates where the briefings a clean run would index differ from the previous generation's: a
 * briefing parsed this run that is not stored under its key with its content and file, or a stored
 * one that is neither carried nor parsed again unchanged.
 */
function touchedDates(
  parsed: Transcript[], carried: CarriedCandidate[], previous: CarrySource,
): { touched: Set<string>; chosen: (Transcript | CarriedCandidate)[] } {
  const { manifest, stored } = previous;
  const chosen = preferPageTranscripts<Transcript | CarriedCandidate>([...parsed, ...carried]);
  const touched = new Set<string>();
  const same = new Set<string>();
  for (const t of chosen) {
    if ('unit' in t) {
      same.add(t.key);
      continue;
    }
    const entry = manifest.transcripts[t.key];
    if (entry && entry.hash === contentHash(t) && resolveFile(entry.file) === resolveFile(t.file)) same.add(t.key);
    else touched.add(t.date);
  }
  for (const [key, entry] of Object.entries(manifest.transcripts)) {
    if (same.has(key)) continue;
    const date = entry.date ?? stored.briefing(key)?.date ?? /\d{4}-\d{2}-\d{2}/.exec(key)?.[0];
    if (date) touched.add(date);
  }
  return { touched, chosen };
}
