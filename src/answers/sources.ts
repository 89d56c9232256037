import { basename, resolve } from 'node:path';
import type { SourceKind, SourceSummary } from '../search/coverage.js';
import type { LanguageSummary } from '../search/types.js';
import { isWithin } from '../store/sources.js';
import { BUNDLED_PRESSCON_SAMPLE } from '../transcripts/bundled-sample.js';
import { importedPairsWords } from './held-words.js';
import { plural } from './wording.js';

/** The folder of the transcripts and the sample bundled with spox, as the index records paths in it. */
const SEEDS_DIR = 'seeds';

/** One line of the index's sources: a kind of page source, or one spreadsheet held as its pairs only (`held`). */
export interface SourceEntry {
  /** `bundled` for the PressCon sample bundled in seeds/, which is no import of the user's. */
  kind: SourceKind;
  briefings: number;
  from: string;
  to: string;
  /** How a spreadsheet's briefings are held (`only as the pairs of …`); null for pages. */
  held: string | null;
}

/**
 * The index's sources as `ask --about` and both bots' /about list them: each kind of page source,
 * and each spreadsheet apart, held as its pairs only; the bundled PressCon sample among the bundled
 * sources, with what it holds (the pairs that mention Ukraine), never as an import of the user's.
 */
export function sourceEntries(sources: readonly SourceSummary[]): SourceEntry[] {
  return sources.flatMap((s): SourceEntry[] => {
    if (!s.sheets) return [{ kind: s.kind, briefings: s.briefings, from: s.from, to: s.to, held: null }];
    return s.sheets.map((sheet) => {
      const sample = resolve(sheet.file) === resolve(BUNDLED_PRESSCON_SAMPLE.file);
      return {
        kind: isWithin(sheet.file, SEEDS_DIR) ? 'bundled' : 'imported',
        briefings: sheet.briefings,
        from: sheet.from,
        to: sheet.to,
        // A user's spreadsheet by its name alone, as the answers' notes name it: the bots show this to every
        // member, and the path the index recorded is the operator's (/home/alice/Downloads/…).
        held: sample ? `only as the pairs of ${sheet.file}, ${BUNDLED_PRESSCON_SAMPLE.what}` : importedPairsWords([basename(sheet.file)]),
      };
    });
  });
}

/**
 * `only as the pairs of seeds/presscon/cmfa-presscon-v4-ukraine.csv, the CMFA PressCon sample bundled
 * with spox: only the pairs that mention Ukraine, not whole briefings`: how the index holds the
 * briefings it has only as a research corpus's pairs, each spreadsheet as its sources list says it
 * (`sourceEntries`), for an introduction that names them beside the Ministry's pages; '' when it holds none.
 */
export function heldAsPairsWords(sources: readonly SourceSummary[]): string {
  return sourceEntries(sources).flatMap((e) => (e.held ? [e.held] : [])).join('; and ');
}

/**
 * `The index holds 316 briefings (2002-11-19 to 2023-12-29) only as the pairs of …: their cards say so (“text
 * via CMFA PressCon”), …`: what both bots say, in /about (Discord) and the Home tab and help (Slack),
 * of the briefings held only as a research corpus's pairs, named as the sources list names them
 * (`heldAsPairsWords`); '' when the index holds none. Unescaped: the caller escapes.
 */
export function pairsHeldText(sources: readonly SourceSummary[]): string {
  const held = sourceEntries(sources).filter((e) => e.held);
  if (held.length === 0) return '';
  const briefings = held.reduce((sum, e) => sum + e.briefings, 0);
  const from = held.map((e) => e.from).sort()[0]!;
  const to = held.map((e) => e.to).sort().at(-1)!;
  return `The index holds ${plural(briefings, 'briefing')} (${from} to ${to}) ${heldAsPairsWords(sources)}: their cards say so (“text via CMFA PressCon”), the text may be an excerpt, and the link is the one the corpus names (the Ministry's page, or an archived copy of it).`;
}

/** What the bots call each kind of source in /about. */
export const SOURCE_NAMES: Readonly<Record<SourceKind, string>> = {
  bundled: 'bundled with spox',
  synced: "synced from the Ministry's site",
  imported: 'imported',
  added: 'added by hand',
};

/**
 * `; 316 of them (2002-11-19 to 2023-12-29) only as imported pairs, not whole transcripts`: how many
 * of a language's briefings the index holds only as a research corpus's pairs (only English corpora
 * are imported), said after the language's span, which would else read as whole transcripts; '' when none.
 */
export function pairsOnlyWords(language: LanguageSummary, sources: readonly SourceSummary[]): string {
  const imported = sources.find((s) => s.kind === 'imported');
  if (language.lang !== 'en' || !imported) return '';
  return `; ${imported.briefings === language.briefings ? 'all' : `${imported.briefings} of them`} (${imported.from} to ${imported.to}) only as imported pairs, not whole transcripts`;
}
