import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTranscriptFiles, type FileOutcome } from '../../src/transcripts/corpus.js';
import { preferPageTranscripts } from '../../src/transcripts/prefer-pages.js';
import { PRESSCON_CORPUS, readPressConFile } from '../../src/transcripts/presscon.js';
import { failedWords } from '../../src/cli/ensure-index.js';
import { UNKNOWN_SPOKESPERSON } from '../../src/transcripts/unknown-spokesperson.js';
import type { Exchange, Transcript } from '../../src/transcripts/types.js';
import { readRecordStore } from '../../src/store/records-file.js';
import { toIndexedRecords } from '../../src/store/records.js';
import { readCsv, type CsvRecord } from '../../src/transcripts/csv.js';
import { buildIndex } from '../../src/store/build.js';
import { currentGeneration } from '../../src/store/layout.js';
import { SHARED_CORPUS } from '../shared-corpus.js';
import { zipEntries, zipInOrder } from './zip-order.js';

const XLSX = `${SHARED_CORPUS}/presscon/cmfa-presscon-v4-ukraine.xlsx`;
const CSV = 'seeds/presscon/cmfa-presscon-v4-ukraine.csv';
const dir = mkdtempSync(join(tmpdir(), 'spox-presscon-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const transcriptsOf = (outcomes: FileOutcome[]): Transcript[] => outcomes.flatMap((o) => (o.ok ? [o.transcript] : []));
/** The exchange of each row: not those held after the conference that a row's cell runs on into (`pc-DATE#nb`). */
const pairsOf = (transcripts: Transcript[]): Exchange[] =>
  transcripts.flatMap((t) => t.records.filter((r): r is Exchange => r.kind === 'exchange' && /#\d+$/.test(r.id)));
const lateOf = (transcripts: Transcript[]): Map<string, Exchange> =>
  new Map(transcripts.flatMap((t) => t.records.flatMap((r) => (r.kind === 'exchange' && /#\d+b$/.test(r.id) ? [[r.id.slice(0, -1), r] as const] : []))));

/** The sheet's rows as exceljs's in-memory reader gives them (not the streaming reader the import uses). */
async function sheetRows(): Promise<Record<string, string>[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(XLSX);
  const sheet = workbook.worksheets[0]!;
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Record<string, string>[] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const values = (row.values as unknown[]).slice(1);
    rows.push(Object.fromEntries(header.map((h, i) => [h, values[i] instanceof Date ? (values[i] as Date).toISOString().slice(0, 10) : String(values[i] ?? '')])));
  });
  // The import groups pairs by date, keeping the sheet's order within a date (a stable sort does the same).
  return rows.sort((a, b) => a.date!.localeCompare(b.date!));
}

let fromXlsx: FileOutcome[];
let fromCsv: FileOutcome[];
let rows: Record<string, string>[];
beforeAll(async () => {
  [fromXlsx, fromCsv, rows] = await Promise.all([readPressConFile(XLSX), readPressConFile(CSV), sheetRows()]);
});

/** The sheet's rows that hold an answer: the corpus writes `-` where it has none (2 of its 661 rows). */
const answered = (list: Record<string, string>[]) => list.filter((r) => r.answer!.trim() !== '-');
const strip = (list: FileOutcome[]) => transcriptsOf(list).map(({ file: _file, ...t }) => t);

describe('CMFA PressCon import', () => {
  it('reads the .xlsx and the .csv into the same 659 pairs over 324 dates, without failures', () => {
    expect(fromXlsx.filter((o) => !o.ok)).toEqual([]);
    expect(fromCsv.filter((o) => !o.ok)).toEqual([]);
    expect(strip(fromXlsx)).toEqual(strip(fromCsv));
    expect(transcriptsOf(fromXlsx)).toHaveLength(324);
    expect(rows).toHaveLength(661);
    expect(pairsOf(transcriptsOf(fromXlsx))).toHaveLength(659);
  });

  it('quotes verbatim: each question and answer is its cell\'s text (white space collapsed), in the sheet\'s order', () => {
    const transcripts = transcriptsOf(fromXlsx);
    const pairs = pairsOf(transcripts);
    const closingAfter = new Map(transcripts.flatMap((t) => t.records.flatMap((r, i) => (r.kind === 'statement' ? [[t.records[i - 1]!.id, r] as const] : []))));
    const late = lateOf(transcripts);
    expect(answered(rows)).toHaveLength(pairs.length);
    const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
    let labelled = 0;
    answered(rows).forEach((row, i) => {
      const pair = pairs[i]!;
      const closing = closingAfter.get(pair.id);
      if (closing) {
        // The page's line of asterisks, kept inline by the corpus: the answer ends there, the closing statement is the rest.
        const [answer, rest] = collapse(row.answer!).split(/ ?\*{3,} ?/);
        expect([pair.answer.join(' '), closing.answer.join(' ')]).toEqual([answer, rest]);
        return;
      }
      const cell = collapse(row.answer!);
      if (/ After the (regular )?press conference, (a|some) (journalist|reporter) asked/.test(cell)) {
        // Run on into an exchange after the conference: the answer, the sentence telling of it (no one's words), the late question, its answer if the cell holds one.
        expect(cell.startsWith(`${pair.answer.join(' ')} After the `)).toBe(true);
        const after = late.get(pair.id);
        if (after) {
          expect(cell.indexOf(after.question.join(' '))).toBeGreaterThan(pair.answer.join(' ').length);
          expect(cell.endsWith(after.answer.join(' '))).toBe(true);
        }
        return;
      }
      const told = / The following question was raised after the press conference\.$/.exec(collapse(row.answer!));
      if (told) {
        // The editor's sentence telling of the next row's question, left with this answer by the corpus: no one's words.
        expect(collapse(row.answer!)).toBe(`${pair.answer.join(' ')}${told[0]}`);
        return;
      }
      const question = collapse(row.question!);
      if (pair.question.join('\n\n') !== question) {
        // One question keeps the label "Q:": only it comes off.
        labelled++;
        expect(question).toBe(`Q:${pair.question.join('\n\n')}`);
      }
      const answer = collapse(row.answer!);
      if (pair.answer.join('\n\n') !== answer) {
        // The corpus kept the speaker's label on a few answers ("Zhao Lijian: …", "48_Zhao Lijian: …", "A:"): only it comes off.
        labelled++;
        expect(answer).toBe(`${new RegExp(`^((\\d+_)?${row.spokesperson}|A): ?`).exec(answer)?.[0]}${pair.answer.join('\n\n')}`);
      }
    });
    expect(labelled).toBe(6);
  });

  it('keys each date pc-DATE with ids pc-DATE#n that cannot collide with a page\'s, the same on every run', async () => {
    const transcripts = transcriptsOf(fromCsv);
    const march1 = transcripts.find((t) => t.date === '2022-03-01')!;
    expect(march1.key).toBe('pc-2022-03-01');
    expect(march1.records.map((r) => r.id)).toEqual(march1.records.map((_, i) => `pc-2022-03-01#${i + 1}`));
    const ids = transcripts.flatMap((t) => t.records.map((r) => r.id));
    expect(new Set(ids).size).toBe(666); // 659 pairs, 4 closing statements and 3 exchanges after the conference
    expect(ids.filter((id) => !/^pc-\d{4}-\d{2}-\d{2}#\d+$/.test(id))).toEqual([
      'pc-2012-11-02#1b', 'pc-2014-03-24#1b', 'pc-2014-06-23#1b', 'pc-2022-03-10#s2', 'pc-2022-04-15#s2', 'pc-2022-06-01#s2', 'pc-2022-06-02#s2',
    ]);
    const again = transcriptsOf(await readPressConFile(CSV)).flatMap((t) => t.records.map((r) => r.id));
    expect(again).toEqual(ids);
  });

  it('ends an answer at the run of asterisks its cell keeps inline, the closing announcement after it a statement of its own', () => {
    const transcripts = transcriptsOf(fromCsv);
    const day = (date: string) => transcripts.find((t) => t.date === date)!.records;
    const cases: [string, string, RegExp, RegExp][] = [
      ['2022-03-10', 'pc-2022-03-10#6', /we will continue to improve relevant practices in accordance with the development of the situation\.$/,
        /^After the conclusion of the fifth session of the 13th National People’s Congress \(NPC\), Premier Li Keqiang will hold a press briefing .* resumed on March 14 \(Monday\)\.$/],
      ['2022-04-15', 'pc-2022-04-15#3', /do more things that are conducive to the development of China-US relations\.$/,
        /^Today is the seventh National Security Education Day\. .* work with all countries to build a world featuring lasting peace and universal security\.$/],
      ['2022-06-01', 'pc-2022-06-01#2', /instead of resorting to military means\.$/,
        /^As we mark International Children’s Day today on June 1, .* a happy Children’s Day as well\.$/],
      ['2022-06-02', 'pc-2022-06-02#1', /play a constructive role in enhancing mutual trust and cooperation among regional countries\.$/,
        /^In observance of the Dragon Boat Festival, the MFA regular press conference will be adjourned on June 3 \(Friday\).* Have a good Dragon Boat Festival!$/],
    ];
    for (const [date, id, answerEnd, closingText] of cases) {
      const records = day(date);
      const at = records.findIndex((r) => r.id === id);
      const [answered, closing] = [records[at] as Exchange, records[at + 1]!];
      expect(answered.answer).toHaveLength(1);
      expect(answered.answer[0]).toMatch(answerEnd);
      expect(answered.source).toEqual({ corpus: PRESSCON_CORPUS, excerpt: false });
      expect([closing.id, closing.kind, closing.position, closing.spokesperson]).toEqual([`pc-${date}#s2`, 'statement', answered.position + 1, answered.spokesperson]);
      expect(closing.answer).toHaveLength(1);
      expect(closing.answer[0]).toMatch(closingText);
      expect(closing.source).toEqual({ corpus: PRESSCON_CORPUS, excerpt: false });
      expect(records.flatMap((r) => r.answer).some((p) => p.includes('***'))).toBe(false);
    }
  });

  it('ends an answer where its cell runs on into an exchange held after the conference, that exchange one of its own', () => {
    const transcripts = transcriptsOf(fromCsv);
    const record = (id: string) => transcripts.flatMap((t) => t.records).find((r) => r.id === id) as Exchange;
    // Hua Chunying's answer on "Occupy Central" had run on into a Ukrainian peace plan.
    expect(record('pc-2014-06-23#1').answer.join(' ')).toMatch(/has made a statement on what you mentioned in Hong Kong recently for your reference\.$/);
    const ukraine = record('pc-2014-06-23#1b');
    expect(ukraine.question.join(' ')).toMatch(/^on June 20, the Ukrainian President Petro Poroshenko came up with a peace plan .* What is China's comment on this\?$/);
    expect(ukraine.answer.join(' ')).toMatch(/^Spokesperson Hua Chunying said that China welcomes all efforts .* the Ukrainian issue\.$/);
    expect([ukraine.spokesperson, ukraine.outlet, ukraine.position]).toEqual(['Hua Chunying', null, record('pc-2014-06-23#1').position + 1]);
    // Asked after the conference, as the cell says; the answer it ran on from was not.
    expect([ukraine.raisedAfter, record('pc-2014-06-23#1').raisedAfter]).toEqual([true, undefined]);
    const late = transcripts.flatMap((t) => t.records).filter((r) => r.kind === 'exchange' && r.raisedAfter);
    // Not pc-2022-03-17#13 (24734), a follow-up the corpus numbers before the row announcing the late question (hunt-J #2).
    expect(late.map((r) => r.id).sort()).toEqual(['pc-2012-11-02#1b', 'pc-2014-03-24#1b', 'pc-2014-06-23#1b']);
    // A label after the question comes off; quotation marks around the question too.
    const lawsuit = record('pc-2014-03-24#1b');
    expect(lawsuit.question.join(' ')).toMatch(/^Igor Schwayka, Minister of Agrarian Policy and Food of Ukraine, .* give us more details\.$/);
    expect(lawsuit.answer.join(' ')).toMatch(/^Relevant Chinese companies have made clarifications on this issue, .* false reports\.$/);
    expect(record('pc-2012-11-02#1b').answer.join(' ')).toMatch(/^Hong Lei remarked that the recent Ukrainian parliamentary election is an internal affair/);
    // A late question the cell answers not: cut from the answer, not indexed.
    expect(record('pc-2014-12-31#1').answer.join(' ')).toMatch(/contribute to world peace and development\.$/);
    expect(record('pc-2014-12-31#1b')).toBeUndefined();
    for (const t of transcripts) for (const r of t.records) expect(r.answer.join(' ')).not.toMatch(/After the (regular )?press conference, (a|some) (journalist|reporter) asked/);
    // An answer ending with the editor's sentence telling of the next row's question (hunt-E #6): cut off. Zhao Lijian
    // had been quoted saying "The following question was raised …". The row after it in the file, #13 (24734), is a
    // follow-up the corpus numbers before it, added at the file's end: not the question announced (24739, not in the
    // sample), and not raised after the conference (hunt-J #2).
    expect(record('pc-2022-03-17#12').answer.join(' ')).toMatch(/Such association has no grounds whatsoever\.$/);
    expect([record('pc-2022-03-17#12').raisedAfter, record('pc-2022-03-17#13').raisedAfter]).toEqual([undefined, undefined]);
    for (const t of transcripts) for (const r of t.records) expect(r.answer.join(' ')).not.toMatch(/question (was|were) raised/);
  });

  it('carries date, spokesperson (missing → unknown), asker (- → none), link, occasion and the corpus as source', () => {
    const transcripts = transcriptsOf(fromCsv);
    const pairs = pairsOf(transcripts);
    const march1 = transcripts.find((t) => t.date === '2022-03-01')!;
    expect(march1).toMatchObject({
      spokesperson: 'Wang Wenbin', occasion: 'press-conference',
      url: 'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/202203/t20220301_10646858.html',
    });
    expect(march1.title).toContain(PRESSCON_CORPUS);
    expect(pairs.map((p) => p.spokesperson)).toEqual(answered(rows).map((r) => (r.spokesperson === 'missing' ? UNKNOWN_SPOKESPERSON : r.spokesperson)));
    expect(transcripts.find((t) => t.date === '2002-12-03')!.spokesperson).toBe(UNKNOWN_SPOKESPERSON);
    // "Follow-up" (6 rows) marks a question following the one numbered before it: asked by whoever asked that one,
    // where the sheet holds it (5 rows), else by no outlet named (24670, whose 24669 the sample leaves out).
    const byId = new Map(answered(rows).map((r) => [`${r.date} ${r.id_split}`, r]));
    const askerOf = (r: Record<string, string>): string | null => {
      if (r.who_asked === '-') return null;
      if (r.who_asked !== 'Follow-up') return r.who_asked!;
      const before = byId.get(`${r.date} ${Number(r.id_split) - 1}`);
      return before ? askerOf(before) : null;
    };
    expect(pairs.map((p) => p.outlet)).toEqual(answered(rows).map(askerOf));
    expect(pairs.filter((p) => p.outlet === null)).toHaveLength(117);
    // The corpus split multi-topic answers into pairs `N_1`, `N_2`: those answers are excerpts; so is
    // the one answer the corpus cut mid-word (24535, 2022-02-24: "… But I can t").
    const cut = answered(rows).findIndex((r) => r.id_split === '24535');
    expect(pairs[cut]!.answer.at(-1)).toMatch(/ But I can t$/);
    // Row 9411 (2014-01-12), which the sheet says is misdated, also says why (presscon-dates.test.ts).
    expect(pairs.map((p) => p.source)).toEqual(answered(rows).map((r, i) => ({
      corpus: 'CMFA PressCon v4', excerpt: r.id_split!.includes('_') || i === cut, ...(r.id_orig === '9411' ? { dateDoubted: expect.stringContaining('t1227486') } : {}),
    })));
    expect(pairs.filter((p) => p.source?.excerpt)).toHaveLength(41);
  });

  it('does not quote a placeholder ("-") as an answer: the row is named in a warning, and its number stays unused', async () => {
    // The rows as the sheet numbers them (header = 1), read by exceljs rather than by the import.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(XLSX);
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    const cell = (row: number, name: string) => {
      const value = sheet.getRow(row).getCell(header.indexOf(name)).value;
      return value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? '').trim();
    };
    const dashes = Array.from({ length: sheet.rowCount - 1 }, (_, i) => i + 2).filter((n) => cell(n, 'answer') === '-');
    expect(dashes.map((n) => [cell(n, 'id_split'), cell(n, 'date')])).toEqual([['27153_1', '2023-03-14'], ['28384_2', '2023-09-11']]);
    const warning = `2 rows hold no answer, only "-": row ${dashes[0]} (27153_1, 2023-03-14), row ${dashes[1]} (28384_2, 2023-09-11); ` +
      'not indexed, since a placeholder is not the spokesperson\'s words';
    for (const [file, outcomes] of [[XLSX, fromXlsx], [CSV, fromCsv]] as const) {
      expect(outcomes.flatMap((o) => (o.ok ? o.warnings ?? [] : [])).filter((w) => w.includes('no answer'))).toEqual([`${file}: ${warning}`]);
    }
    const pairs = pairsOf(transcriptsOf(fromCsv));
    expect(pairs.filter((p) => !/[\p{L}\p{N}]/u.test(p.answer.join('')))).toEqual([]);
    // 2023-03-14: its first row is the "-"; the others keep the numbers they had (#2 …).
    const sameDay = (date: string) => rows.filter((r) => r.date === date);
    const march14 = transcriptsOf(fromCsv).find((t) => t.date === '2023-03-14')!;
    expect(sameDay('2023-03-14')[0]!.answer).toBe('-');
    expect(march14.records.map((r) => r.id)).toEqual(sameDay('2023-03-14').slice(1).map((_, i) => `pc-2023-03-14#${i + 2}`));
    expect(march14.records[0]!.answer.join(' ')).toBe(sameDay('2023-03-14')[1]!.answer!.replace(/\s+/g, ' ').trim());
  });

  it('names the rows whose citation lacks the spokesperson or the link, and indexes them (session 33)', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = await workbook.csv.readFile(CSV, { map: (v: string) => v });
    const header = sheet.getRow(1).values as string[];
    const col = (name: string) => header.indexOf(name);
    const text = (row: number, name: string) => String(sheet.getRow(row).getCell(col(name)).value ?? '').trim();
    const rowsOf = Array.from({ length: sheet.rowCount - 1 }, (_, i) => i + 2);
    // The real sheet: the rows the corpus itself left without a name.
    const unnamed = rowsOf.filter((n) => ['', 'missing'].includes(text(n, 'spokesperson').toLowerCase()) && text(n, 'answer') !== '-');
    expect(unnamed.length).toBeGreaterThan(0);
    const named = (n: number) => `row ${n} (${text(n, 'id_split')}, ${text(n, 'date')})`;
    expect(fromCsv.flatMap((o) => (o.ok ? o.warnings ?? [] : []))).toContain(
      `${CSV}: ${unnamed.length === 1 ? '1 row names' : `${unnamed.length} rows name`} no spokesperson (an empty cell or "missing"): ${unnamed.map(named).join(', ')}; indexed, cited with the name "not recorded"`,
    );
    // A copy whose rows 8 and 9 lost their link, and row 10 its spokesperson.
    sheet.getRow(8).getCell(col('link')).value = '';
    sheet.getRow(9).getCell(col('link')).value = ' ';
    sheet.getRow(10).getCell(col('spokesperson')).value = '';
    const damaged = join(dir, 'gaps.csv');
    await workbook.csv.writeFile(damaged);
    const outcomes = await readPressConFile(damaged);
    const warnings = outcomes.flatMap((o) => (o.ok ? o.warnings ?? [] : []));
    expect(warnings).toContain(`${damaged}: 2 rows have no link: ${named(8)}, ${named(9)}; indexed, cited without a link to the official transcript`);
    expect(warnings.find((w) => w.includes('no spokesperson'))).toContain(named(10));
    expect(outcomes.filter((o) => !o.ok)).toEqual([]);
    expect(pairsOf(transcriptsOf(outcomes))).toHaveLength(pairsOf(transcriptsOf(fromCsv)).length);
  });

  it('reports each malformed row by file and row number, and imports the rest', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = await workbook.csv.readFile(CSV, { map: (v: string) => v });
    const col = (name: string) => (sheet.getRow(1).values as string[]).indexOf(name);
    sheet.getRow(5).getCell(col('answer')).value = '';
    sheet.getRow(9).getCell(col('date')).value = '19 November 2002';
    sheet.getRow(12).getCell(col('link')).value = 'javascript:alert(1)';
    sheet.getRow(20).getCell(col('question')).value = '   ';
    sheet.getRow(25).getCell(col('date')).value = '2022-02-30';
    const damaged = join(dir, 'damaged.csv');
    await workbook.csv.writeFile(damaged);

    const outcomes = await readPressConFile(damaged);
    // Each row is named as the warnings name rows: its id_split and its date cell (explore33b M3); a date
    // problem gives what the row's own day, month and year columns say.
    const cell = (n: number, name: string) => String(sheet.getRow(n).getCell(col(name)).value);
    const named = (n: number) => `row ${n} (${cell(n, 'id_split')}, ${cell(n, 'date')})`;
    const columnsSay = (n: number) => `(its day, month and year columns say ${cell(n, 'day')} ${cell(n, 'month')} ${cell(n, 'year')})`;
    expect(outcomes.filter((o) => !o.ok)).toEqual([
      { file: damaged, ok: false, error: `${named(9)}: date "19 November 2002" is not YYYY-MM-DD ${columnsSay(9)}; the row is skipped`, row: 9 },
      { file: damaged, ok: false, error: `${named(12)}: link "javascript:alert(1)" refused (it is not an http(s) URL (javascript:)); the row is skipped`, row: 12 },
      { file: damaged, ok: false, error: `${named(20)}: the question is empty; the row is skipped`, row: 20 },
      { file: damaged, ok: false, error: `${named(25)}: date "2022-02-30" does not exist ${columnsSay(25)}; the row is skipped`, row: 25 },
    ]);
    expect(named(25)).toMatch(/^row 25 \(\d+(_\d+)?, 2022-02-30\)$/);
    // An empty answer is no answer, as "-" is: named, not a failure of the file.
    const [warning] = outcomes.flatMap((o) => (o.ok ? o.warnings ?? [] : []));
    expect(warning).toMatch(new RegExp(`^${damaged}: 3 rows hold no answer, only an empty cell or "-": row 5 \\(${sheet.getRow(5).getCell(col('id_split')).value}, `));
    expect(pairsOf(transcriptsOf(outcomes))).toHaveLength(661 - 5 - 2);
    // The index run's summary counts them as rows of the sheet, not as files that failed (explore32c C4).
    const failed = outcomes.flatMap((o) => (o.ok ? [] : [{ file: o.file, error: o.error }]));
    expect(failedWords(failed)).toBe('; 4 rows skipped in 1 spreadsheet (see above)');
    expect(failedWords([...failed, { file: 'notes.txt', error: 'not a transcript' }])).toBe('; 1 file or folder failed; 4 rows skipped in 1 spreadsheet (see above)');
  });

  it('skips a row that repeats an earlier one (a sheet merged from two exports), naming both rows, and refuses a cell no answer could fill (explore32c W5, C1)', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = await workbook.csv.readFile(CSV, { map: (v: string) => v });
    const width = (sheet.getRow(1).values as unknown[]).length;
    const copyOf = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1, width);
    // Rows 2 and 3 again at the end, and row 7's answer swollen past any answer's length.
    sheet.addRow(copyOf(2));
    sheet.addRow(copyOf(3));
    const last = sheet.rowCount;
    const col = (name: string) => (sheet.getRow(1).values as string[]).indexOf(name);
    sheet.getRow(7).getCell(col('answer')).value = 'The spokesperson said many things. '.repeat(4000);
    const damaged = join(dir, 'repeated.csv');
    await workbook.csv.writeFile(damaged);

    const outcomes = await readPressConFile(damaged);
    expect(outcomes.filter((o) => !o.ok)).toEqual([
      { file: damaged, ok: false, error: `row 7 (${sheet.getRow(7).getCell(col('id_split')).value}, ${sheet.getRow(7).getCell(col('date')).value}): its answer cell holds 140,000 characters, more than the 100,000 any answer could (a broken export?); the row is skipped`, row: 7 },
    ]);
    const warnings = outcomes.flatMap((o) => (o.ok ? o.warnings ?? [] : []));
    expect(warnings).toContain(`${damaged}: 2 rows repeat an earlier row's date, question and answer, and were skipped: row ${last - 1} (as row 2), row ${last} (as row 3)`);
    // Every other pair is read once: the real sheet's count, less row 7.
    expect(pairsOf(transcriptsOf(outcomes))).toHaveLength(pairsOf(transcriptsOf(fromCsv)).length - 1);
  });

  it('reads on past a row whose quote never closes, naming the row; a row cut short says how many columns it has', async () => {
    const text = readFileSync(CSV, 'utf8');
    const lines = text.split('\n');
    // Records that are one line each, in the middle of the file: record n is then line n.
    const oneLine = (n: number) => lines.slice(0, n).every((l) => (l.match(/"/g) ?? []).length % 2 === 0);
    const middle = Array.from({ length: 200 }, (_, k) => 300 + k).find((n) => oneLine(n + 1))!;
    const line = lines[middle - 1]!;
    const date = /,\d{4}-\d{2}-\d{2},/.exec(line)!;
    const questionAt = date.index + date[0].length - 1; // the comma after the date (YYYY-MM-DD): the question follows
    const question = line.slice(questionAt + 1);
    const opened = question.startsWith('"') ? question.replace(/^"((?:[^"]|"")*)"/, '"$1') : `"${question}`;
    expect(opened).not.toBe(question);
    const cut = lines[middle + 9]!.split(',').slice(0, 8).join(','); // row middle + 10, its first 8 columns
    const damaged = join(dir, 'unclosed.csv');
    writeFileSync(damaged, [...lines.slice(0, middle - 1), line.slice(0, questionAt + 1) + opened, ...lines.slice(middle, middle + 9), cut, ...lines.slice(middle + 10)].join('\n'));

    const outcomes = await readPressConFile(damaged);
    expect(outcomes.filter((o) => !o.ok)).toEqual([
      { file: damaged, ok: false, error: `row ${middle}: the quote that opens its question field (column 10) is never closed; the row is skipped, reading goes on at the next line`, row: middle },
      { file: damaged, ok: false, error: `row ${middle + 10}: it has 8 columns, the header 24; the row is skipped`, row: middle + 10 },
    ]);
    expect(pairsOf(transcriptsOf(outcomes))).toHaveLength(659 - 2);
    // Every other pair is read as from the intact file.
    const intact = pairsOf(transcriptsOf(fromCsv)).map((p) => p.answer.join('\n'));
    expect(pairsOf(transcriptsOf(outcomes)).every((p) => intact.includes(p.answer.join('\n')))).toBe(true);
  });

  it('says why a file is not PressCon, or cannot be read at all', async () => {
    const other = join(dir, 'other.csv');
    writeFileSync(other, 'date,question,answer\n2022-03-01,Q,A\n');
    expect(await readPressConFile(other)).toEqual([
      { file: other, ok: false, error: 'not a CMFA PressCon v4 sheet: its first row lacks the columns id_split, spokesperson' },
    ]);
    const truncated = join(dir, 'truncated.xlsx');
    const bytes = readFileSync(XLSX);
    writeFileSync(truncated, bytes.subarray(0, bytes.length / 2));
    const [outcome, ...rest] = await readPressConFile(truncated);
    expect(rest).toEqual([]);
    expect(outcome!.ok === false && outcome!.error).toMatch(/^could not be read as a spreadsheet: /);
  });

  it('reads the pairs from a later sheet when the first holds notes, and names the sheets when none holds them (explore32c C3)', async () => {
    const real = new ExcelJS.Workbook();
    await real.xlsx.readFile(XLSX);
    // A sheet of notes first, then the real sheet's rows.
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Notes').addRow(['Downloaded from the corpus site; see the data sheet']);
    const data = workbook.addWorksheet('data');
    real.worksheets[0]!.eachRow((row) => { data.addRow((row.values as unknown[]).slice(1)); });
    const withNotes = join(dir, 'with-notes.xlsx');
    await workbook.xlsx.writeFile(withNotes);
    const read = await readPressConFile(withNotes);
    expect(read.filter((o) => !o.ok)).toEqual([]);
    expect(pairsOf(transcriptsOf(read))).toHaveLength(pairsOf(transcriptsOf(fromXlsx)).length);

    const none = new ExcelJS.Workbook();
    none.addWorksheet('Notes').addRow(['nothing here']);
    none.addWorksheet('Summary').addRow(['date', 'question', 'answer']);
    const noPairs = join(dir, 'no-pairs.xlsx');
    await none.xlsx.writeFile(noPairs);
    expect(await readPressConFile(noPairs)).toEqual([{
      file: noPairs, ok: false,
      error: 'not a CMFA PressCon v4 workbook: none of its 2 sheets ("Notes", "Summary") opens with the columns id_split, spokesperson, date, question, answer',
    }]);
  });
});

/** A copy of an .xlsx with one of its parts moved to the end of the zip, as a writer that put it so would. */
function withPartLast(file: string, part: string): string {
  const files = [...zipEntries(readFileSync(file))];
  const moved = join(dir, `${part.replace(/\W+/g, '-')}-last-${basename(file)}`);
  writeFileSync(moved, zipInOrder([...files.filter(([name]) => name !== part), ...files.filter(([name]) => name === part)]));
  return moved;
}

/** A workbook of `sheets`, then a sheet of notes no zip can shrink below the size read whole (4 MB): it is read as a stream. */
async function overFourMegabytes(workbook: ExcelJS.Workbook, name: string): Promise<string> {
  const notes = workbook.addWorksheet('Padding');
  for (let i = 0; i < 4_000; i++) notes.addRow([randomBytes(1_200).toString('base64')]);
  const file = join(dir, name);
  await workbook.xlsx.writeFile(file);
  expect(statSync(file).size).toBeGreaterThan(4 * 1024 * 1024);
  return file;
}

describe('an .xlsx whose zip holds xl/workbook.xml after its sheets (exceljs issue #962)', () => {
  it('gives the real sample\'s pairs, small or large, and names the sheets when none holds them', async () => {
    // Written so by exceljs under load now and then. A workbook up to 4 MB is read whole; a larger one is streamed, and
    // read whole where the stream fails ("reading 'sheets'"). Streamed here, this order did not make it fail (review37
    // #16: the fallback is reached by no test), so what is checked is that a large one so ordered reads right either way.
    const sample = new ExcelJS.Workbook();
    await sample.xlsx.readFile(XLSX);
    const large = withPartLast(await overFourMegabytes(sample, 'large-sample.xlsx'), 'xl/workbook.xml');
    for (const file of [withPartLast(XLSX, 'xl/workbook.xml'), large]) {
      const read = await readPressConFile(file);
      expect(read.filter((o) => !o.ok), file).toEqual([]);
      expect(pairsOf(transcriptsOf(read)), file).toEqual(pairsOf(transcriptsOf(fromXlsx)));
    }

    const none = new ExcelJS.Workbook();
    none.addWorksheet('Notes').addRow(['nothing here']);
    none.addWorksheet('Summary').addRow(['date', 'question', 'answer']);
    const late = withPartLast(await overFourMegabytes(none, 'no-pairs.xlsx'), 'xl/workbook.xml');
    expect(await readPressConFile(late)).toEqual([{
      file: late, ok: false,
      error: 'not a CMFA PressCon v4 workbook: none of its 3 sheets ("Notes", "Summary", "Padding") opens with the columns id_split, spokesperson, date, question, answer',
    }]);
  }, 60_000);
});

describe('an .xlsx over 4 MB, read as a stream (as the full corpus is)', () => {
  it('gives the sample\'s pairs and dates in every read, with its styles before or after its sheets', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(XLSX);
    const big = await overFourMegabytes(workbook, 'streamed.xlsx');
    for (const file of [big, withPartLast(big, 'xl/styles.xml')]) {
      for (let run = 0; run < 3; run++) {
        const read = await readPressConFile(file);
        expect(read.filter((o) => !o.ok), `${basename(file)} run ${run}`).toEqual([]);
        expect(pairsOf(transcriptsOf(read)), `${basename(file)} run ${run}`).toEqual(pairsOf(transcriptsOf(fromXlsx)));
      }
    }
  }, 60_000);
});

describe('a sheet that holds only its header row', () => {
  it('is reported by name as holding no rows (.csv and .xlsx), and the rest of the run is indexed', async () => {
    const csv = join(dir, 'header-only.csv');
    writeFileSync(csv, `${readFileSync(CSV, 'utf8').split('\n')[0]}\n\n`); // the real header, then a blank line
    const xlsx = join(dir, 'header-only.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(XLSX);
    const header = (workbook.worksheets[0]!.getRow(1).values as unknown[]).slice(1);
    const onlyHeader = new ExcelJS.Workbook();
    onlyHeader.addWorksheet('Sheet1').addRow(header);
    await onlyHeader.xlsx.writeFile(xlsx);
    const error = 'holds the CMFA PressCon v4 header row but no rows under it: nothing to import';
    expect(await readPressConFile(csv)).toEqual([{ file: csv, ok: false, error }]);
    expect(await readPressConFile(xlsx)).toEqual([{ file: xlsx, ok: false, error }]);

    const report = await buildIndex({ sources: ['seeds/site-2026', csv], indexDir: join(dir, 'header-index'), embedder: null });
    expect(report.failures).toEqual([{ file: csv, error: `${error}; not added to the sources`, kept: [] }]);
    expect(report.transcripts).toBe(3);
  }, 60_000);
});

describe('page transcripts win over corpus pairs of their date', () => {
  it('drops the corpus pairs of a date that a bundled page covers, and keeps the others', () => {
    const pages = transcriptsOf(parseTranscriptFiles(['seeds/mfa-en', 'seeds/site-2026']));
    const imported = transcriptsOf(fromCsv);
    const kept = preferPageTranscripts([...pages, ...imported]);
    const keys = new Set(kept.map((t) => t.key));
    // The corpus has 2018-10-17 (Lu Kang), which seeds/mfa-en also holds as a page.
    expect(keys.has('2018-10-17')).toBe(true);
    expect(keys.has('pc-2018-10-17')).toBe(false);
    const pageDates = new Set(pages.map((t) => t.date));
    const overlapping = imported.filter((t) => pageDates.has(t.date));
    expect(overlapping.length).toBeGreaterThan(3);
    expect(kept).toHaveLength(pages.length + imported.length - overlapping.length);
    expect(keys.has('pc-2022-03-01')).toBe(true);
    expect(kept.filter((t) => pages.includes(t))).toEqual(pages); // every page kept, in order
  });

  it('lets a statement of the same date leave the day\'s corpus pairs alone', () => {
    const statement = transcriptsOf(parseTranscriptFiles(['seeds/site-2026/t20260718_11985618.html']))[0]!;
    const march1 = transcriptsOf(fromCsv).find((t) => t.date === '2022-03-01')!;
    expect(preferPageTranscripts([{ ...statement, date: '2022-03-01' }, march1])).toHaveLength(2);
  });

  it('drops a pasted copy of a page that is indexed too, and keeps a paste without its page', () => {
    const all = transcriptsOf(parseTranscriptFiles(['seeds/plain-text', 'seeds/site-2026']));
    const kept = preferPageTranscripts(all).map((t) => t.file.split('/').slice(-2).join('/'));
    expect(kept).toEqual([
      'plain-text/000_4d07b25c1c8cc511.txt', 'site-2026/t20260718_11985618.html',
      'site-2026/t20260810_12001539.html', 'site-2026/t20260817_12005503.html',
    ]);
    const pastesOnly = transcriptsOf(parseTranscriptFiles(['seeds/plain-text']));
    expect(preferPageTranscripts(pastesOnly)).toEqual(pastesOnly);
  });

  it('keeps one import of a date when two files hold it (the .csv and the .xlsx)', () => {
    const both = preferPageTranscripts([...transcriptsOf(fromCsv), ...transcriptsOf(fromXlsx)]);
    expect(both).toHaveLength(324);
    expect(new Set(both.map((t) => t.key)).size).toBe(324);
  });
});

describe('npm run index -- file.xlsx', () => {
  it('indexes the spreadsheet with the bundled transcripts, pages winning over pairs of their date', () => {
    const env = { ...process.env, SPOX_INDEX_DIR: join(dir, 'index'), SPOX_OFFLINE: '1', SPOX_MODEL_CACHE: join(dir, 'cache') };
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', XLSX], { encoding: 'utf8', env });
    expect(run.stderr).not.toMatch(/^error:/m);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^indexed \d+ transcripts, \d+ records into /m);
    const generation = readFileSync(join(dir, 'index', 'CURRENT'), 'utf8').trim();
    const { records, briefings } = readRecordStore(join(dir, 'index', generation)) as unknown as {
      records: { id: string; occasion: string; source?: { corpus: string; excerpt: boolean } }[];
      briefings: { key: string; occasion: string }[];
    };
    const byId = new Map(records.map((r) => [r.id, r]));
    expect(byId.get('pc-2022-03-01#1')?.source).toEqual({ corpus: 'CMFA PressCon v4', excerpt: false });
    expect(byId.get('2018-10-17#1')?.source).toBeUndefined();
    expect(byId.has('pc-2018-10-17#1')).toBe(false);
    expect(byId.get('2026-08-10#1')?.occasion).toBe('written-remarks');
    // The sample bundled as .csv and the same sample named as .xlsx: each date once; the 2026 pastes give way to their pages.
    const keys = briefings.map((b) => b.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.filter((k) => k.startsWith('2026-'))).toEqual(['2026-07-18', '2026-08-10', '2026-08-17']);
    expect(keys.filter((k) => k.startsWith('pc-'))).toHaveLength(324 - 8); // 8 dates of 2018-2020 are bundled pages
    // The rows without an answer are named in the run's report, and not indexed.
    expect(run.stderr).toContain('warning: seeds/presscon/cmfa-presscon-v4-ukraine.csv: 2 rows hold no answer, only "-": row 511 (27153_1, 2023-03-14)');
    expect(byId.has('pc-2023-03-14#1')).toBe(false);
    expect(byId.has('pc-2023-03-14#2')).toBe(true);

    // The .xlsx holds the bundled .csv's pairs: it adds nothing, and that is said when it is added, naming what holds its dates.
    const added = /^warning: (\S+) adds nothing to the index: (.*)$/m.exec(run.stderr);
    expect(added?.[1]).toMatch(/cmfa-presscon-v4-ukraine\.xlsx$/);
    expect(added?.[2]).toBe(
      'every pair of its 316 dates is already indexed from seeds/presscon/cmfa-presscon-v4-ukraine.csv; ' +
        '8 dates are indexed from the Ministry\'s pages (a page replaces the imported pairs of its date). ' +
        'It is remembered as a source all the same; --forget it to stop reading it',
    );
    const again = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/index.ts'], { encoding: 'utf8', env });
    expect(again.status).toBe(0);
    expect(again.stderr).not.toContain('adds nothing');
    // Neither sheet changed, the idle .xlsx included: neither is read again, so the .csv's warning is not repeated either.
    expect(again.stderr).not.toContain('hold no answer');
    const forget = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', '--forget', added![1]!], { encoding: 'utf8', env });
    expect(forget.status).toBe(0);
    expect(forget.stderr).toContain(`forgot ${added![1]}: no transcript in the index came from it; nothing was removed\n`);
  }, 120_000);
});

describe('two imports that share a date', () => {
  /** The sample's rows as the .csv holds them (each record's own text), by date in the file's order. */
  function csvRowsByDate(): { header: string; byDate: Map<string, string[]> } {
    const text = readFileSync(`${SHARED_CORPUS}/presscon/cmfa-presscon-v4-ukraine.csv`, 'utf8');
    const records = [...readCsv(text)] as CsvRecord[];
    const dateColumn = records[0]!.cells.indexOf('date');
    const byDate = new Map<string, string[]>();
    records.slice(1).forEach((r, i) => {
      const own = text.slice(r.start, records[i + 2]?.start ?? text.length);
      byDate.set(r.cells[dateColumn]!, [...(byDate.get(r.cells[dateColumn]!) ?? []), own]);
    });
    return { header: text.slice(0, records[1]!.start), byDate };
  }

  it('says which pairs of the file left out are not indexed, naming both files, the dates and the counts', async () => {
    const { header, byDate } = csvRowsByDate();
    const rowsOf = (date: string, dropped: number[]): string[] => byDate.get(date)!.filter((_, i) => !dropped.includes(i + 1));
    expect(byDate.get('2022-03-01')).toHaveLength(5);
    expect(byDate.get('2022-03-09')).toHaveLength(7);
    const folder = join(dir, 'shared-dates');
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder);
    // Each file drops other rows of the two dates both hold: the one with more pairs wins each date.
    const more = join(folder, 'more.csv');
    const fewer = join(folder, 'fewer.csv');
    writeFileSync(more, header + [...rowsOf('2022-03-01', [2]), ...rowsOf('2022-03-02', []), ...rowsOf('2022-03-09', [1, 3])].join(''));
    writeFileSync(fewer, header + [...rowsOf('2022-03-01', [4, 5]), ...rowsOf('2022-03-03', []), ...rowsOf('2022-03-09', [5, 6, 7])].join(''));
    const indexDir = join(dir, 'shared-dates-index');
    const lines: string[] = [];
    const report = await buildIndex({ sources: [more, fewer], indexDir, embedder: null, log: (line) => lines.push(line) });
    expect(report.failures).toEqual([]);
    expect(lines.filter((l) => l.includes(fewer))).toEqual([
      `warning: ${fewer}: 3 pairs of it are not indexed: on 2 dates that ${more} imports too, the pairs indexed are that file's ` +
        '(of two imports of a date, the one with more pairs is kept; at equal counts, the one read first): ' +
        '2022-03-01 (that file 4 pairs, this one 3, 1 of them not among that file\'s), 2022-03-09 (that file 5 pairs, this one 4, 2 of them not among that file\'s)',
    ]);
    expect(lines.filter((l) => l.includes(more) && !l.includes(fewer))).toEqual([]);
    const { records } = readRecordStore(currentGeneration(indexDir)!);
    const ids = (key: string) => records.filter((r) => r.key === key).map((r) => r.id);
    // The dates each file holds alone are indexed from it; a shared date from the file with more pairs, its ids as that file numbers them.
    expect(ids('pc-2022-03-01')).toEqual(['pc-2022-03-01#1', 'pc-2022-03-01#2', 'pc-2022-03-01#3', 'pc-2022-03-01#4']);
    const moreMarch1 = transcriptsOf(await readPressConFile(more)).find((t) => t.date === '2022-03-01')!;
    expect(records.filter((r) => r.key === 'pc-2022-03-01').map((r) => r.answer)).toEqual(moreMarch1.records.map((r) => r.answer.join('\n\n')));
    expect(ids('pc-2022-03-09')).toHaveLength(5);
    expect(ids('pc-2022-03-02')).toHaveLength(6);
    expect(ids('pc-2022-03-03')).toHaveLength(4);

    // Said when the choice is made: a run with both files unchanged reads neither again, and does not repeat it.
    const again: string[] = [];
    await buildIndex({ sources: [], indexDir, embedder: null, log: (line) => again.push(line) });
    expect(again.filter((l) => l.includes('not indexed'))).toEqual([]);
  }, 60_000);
});

describe('a corrected copy of a sheet already imported (explore33b C4)', () => {
  it('names the date of the pair it corrects, and says the file read first is kept at equal counts', async () => {
    const folder = join(dir, 'corrected');
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder);
    const original = join(folder, 'a-sample.csv');
    const corrected = join(folder, 'b-corrected.csv');
    const csv = readFileSync(CSV, 'utf8');
    // The real row 24535 (2022-02-24) ends "…But I can t": cut short in the corpus. The copy finishes it.
    expect(csv.split('But I can t"')).toHaveLength(2);
    writeFileSync(original, csv);
    writeFileSync(corrected, csv.replace('But I can t"', 'But I can tell you that China\'s position is consistent."'));
    const march = transcriptsOf(await readPressConFile(CSV)).find((t) => t.date === '2022-02-24')!;
    const lines: string[] = [];
    const report = await buildIndex({ sources: [original, corrected], indexDir: join(dir, 'corrected-index'), embedder: null, log: (line) => lines.push(line) });
    expect(report.failures).toEqual([]);
    expect(lines.filter((l) => l.includes('adds nothing'))).toEqual([
      `warning: ${corrected} adds nothing to the index: its 324 dates are indexed from ${original} instead ` +
        `(of two imports of a date, the one with more pairs is kept; at equal counts, the one read first, and ${original} is read before this file); ` +
        `1 pair of this file is not among that file's, and not indexed: 2022-02-24 (that file ${march.records.length} pairs, this one ${march.records.length}, 1 of them not among that file's). ` +
        'It is remembered as a source all the same; --forget it to stop reading it',
    ]);
  }, 60_000);
});

describe('a remembered sheet the index takes nothing from', () => {
  it('is not read again while it and the other sheets are unchanged; read again, and used, once the sheet holding its dates changes', async () => {
    const folder = join(dir, 'idle-sheet');
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder);
    const kept = join(folder, 'sample.csv');
    const csv = readFileSync(CSV, 'utf8');
    writeFileSync(kept, csv);
    const indexDir = join(dir, 'idle-sheet-index');
    const run = async (sources: string[]) => {
      const lines: string[] = [];
      const report = await buildIndex({ sources, indexDir, embedder: null, log: (line) => lines.push(line) });
      const generation = currentGeneration(indexDir)!;
      const manifest = JSON.parse(readFileSync(join(generation, 'manifest.json'), 'utf8')) as { idleSheets?: Record<string, string>; transcripts: Record<string, { file: string }> };
      return { report, lines, manifest, records: readRecordStore(generation).records };
    };
    const first = await run([kept, XLSX]);
    expect(first.lines.filter((l) => l.includes('adds nothing'))).toHaveLength(1);
    expect(Object.keys(first.manifest.idleSheets ?? {})).toHaveLength(1);
    expect(Object.keys(first.manifest.idleSheets!)[0]).toMatch(/cmfa-presscon-v4-ukraine\.xlsx$/);

    // Unchanged: nothing is read, nothing said again, and the index holds what it held.
    const second = await run([]);
    expect(second.lines).toEqual([]);
    expect(second.report).toMatchObject({ transcripts: 324, carried: 324 });
    expect(second.records).toEqual(first.records);
    expect(second.manifest.idleSheets).toEqual(first.manifest.idleSheets);

    // The sheet that held 2022-03-01 loses that date's rows: the idle one is read again and gives it, as a clean run would.
    const records = [...readCsv(csv)] as CsvRecord[];
    const dateColumn = records[0]!.cells.indexOf('date');
    const rows = records.slice(1).map((r, i) => ({ date: r.cells[dateColumn], text: csv.slice(r.start, records[i + 2]?.start ?? csv.length) }));
    writeFileSync(kept, csv.slice(0, records[1]!.start) + rows.filter((r) => r.date !== '2022-03-01').map((r) => r.text).join(''));
    const third = await run([]);
    expect(third.manifest.transcripts['pc-2022-03-01']?.file).toMatch(/cmfa-presscon-v4-ukraine\.xlsx$/);
    expect(third.manifest.idleSheets).toBeUndefined();
    const clean = join(dir, 'idle-sheet-clean');
    await buildIndex({ sources: [kept, XLSX], indexDir: clean, embedder: null });
    expect(third.records).toEqual(readRecordStore(currentGeneration(clean)!).records);
  }, 60_000);
});

describe('a row linked to another page than its date\'s other rows (hunt-I b)', () => {
  it('is cited with its own link; the date\'s other rows with theirs', async () => {
    const text = readFileSync(CSV, 'utf8');
    // Row 3 (104, 2002-11-19) linked to another page of the archive, as a sheet merged from two exports may have it.
    const own = 'https://www.fmprc.gov.cn/eng/xwfw/2510/2511/t14648.htm';
    const start = text.indexOf('\n104,104,112,');
    const link = text.indexOf('http', start);
    const end = text.indexOf(',', link);
    const before = text.slice(link, end);
    const file = join(dir, 'own-link.csv');
    writeFileSync(file, text.slice(0, link) + own + text.slice(end));
    const day = transcriptsOf(await readPressConFile(file)).find((t) => t.key === 'pc-2002-11-19')!;
    const records = toIndexedRecords(day);
    // Before, both were cited with the date's first link, row 3's own ignored.
    expect(records.map((r) => [r.id, r.url])).toEqual([['pc-2002-11-19#1', before], ['pc-2002-11-19#2', own]]);
    expect(day.url).toBe(before);
    expect(records[1]!.source).toMatchObject({ url: own });
    expect(records[0]!.source).not.toHaveProperty('url');
  });
});

describe('a sheet that lacks the link or who_asked column (hunt-I b)', () => {
  it('is imported, its rows cited without a link or naming no asker, said once for the file', async () => {
    const rows = [...readCsv(readFileSync(CSV, 'utf8'))].filter((r): r is CsvRecord => 'cells' in r).map((r) => r.cells);
    const [header] = rows;
    for (const column of ['link', 'who_asked'] as const) {
      const at = header!.indexOf(column);
      const file = join(dir, `without-${column}.csv`);
      const quote = (cell: string) => (/[",\n\r]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
      writeFileSync(file, rows.map((cells) => cells.filter((_, i) => i !== at).map(quote).join(',')).join('\n') + '\n');
      const outcomes = await readPressConFile(file);
      // Before: refused whole, "its first row lacks the column …", every pair lost.
      const pairs = pairsOf(transcriptsOf(outcomes));
      expect(pairs, column).toHaveLength(pairsOf(transcriptsOf(await readPressConFile(CSV))).length);
      const warnings = outcomes.flatMap((o) => (o.ok ? o.warnings ?? [] : []));
      if (column === 'link') {
        expect(transcriptsOf(outcomes).every((t) => t.url === null)).toBe(true);
        expect(warnings).toContain(`${file}: its first row has no column link: every row is indexed, cited without a link to the official transcript`);
        expect(warnings.some((w) => w.includes('have no link'))).toBe(false);
      } else {
        expect(pairs.every((p) => p.outlet === null)).toBe(true);
        expect(warnings).toContain(`${file}: its first row has no column who_asked: every row is indexed, its question naming no asker`);
      }
    }
  });
});

describe('a row the corpus marks "Follow-up" (hunt-J b)', () => {
  it('follows the row of its date numbered just before it, where the sheet holds that row, and no other', async () => {
    const records = transcriptsOf(await readPressConFile(CSV)).flatMap((t) => t.records);
    const links = records.flatMap((r) => (r.kind === 'exchange' && r.followup ? [[r.id, r.followup]] : []));
    // 24680 follows 24679; 24733 follows 24732, and 24734, added at the file's end, follows 24733; 27321 follows 27320, 27322 follows 27321.
    expect(links).toEqual([
      ['pc-2022-03-14#12', 'pc-2022-03-14#11'], ['pc-2022-03-17#8', 'pc-2022-03-17#7'], ['pc-2022-03-17#13', 'pc-2022-03-17#8'],
      ['pc-2023-03-29#3', 'pc-2023-03-29#2'], ['pc-2023-03-29#5', 'pc-2023-03-29#3'],
    ]);
    // Asked by whoever asked the question followed, as a page's "Follow-up:" is: AP's follow-ups had been left out of "What did AP ask …" (hunt-K b).
    const outlet = (id: string) => records.find((r) => r.id === id)!.kind === 'exchange' ? (records.find((r) => r.id === id) as Exchange).outlet : null;
    expect(links.map(([id, followed]) => [outlet(id!), outlet(followed!)])).toEqual([['BBC', 'BBC'], ['Reuters', 'Reuters'], ['Reuters', 'Reuters'], ['The Associated Press', 'The Associated Press'], ['The Associated Press', 'The Associated Press']]);
    // 24670 (pc-2022-03-14#6) follows 24669, which the sample leaves out: not linked to 24668 (#5), another question.
    expect(records.filter((r) => r.id === 'pc-2022-03-14#6').map((r) => r.kind === 'exchange' && r.followup)).toEqual([null]);
  });
});

describe('the row after one whose answer tells that the next question was raised after the conference (hunt-E #6, hunt-J #2)', () => {
  it('is raised after it where the corpus numbers it after that row, and not where it numbers it before', async () => {
    const text = readFileSync(CSV, 'utf8');
    // Row 659 of the sample (24734), added at the file's end after 24738, numbered as the question 24738 announces.
    const at = text.indexOf('\n24734,24734,');
    expect(at).toBeGreaterThan(0);
    const file = join(dir, 'announced.csv');
    writeFileSync(file, `${text.slice(0, at)}\n24739,24739,${text.slice(at + '\n24734,24734,'.length)}`);
    const record = (outcomes: FileOutcome[]) => transcriptsOf(outcomes).flatMap((t) => t.records).find((r) => r.id === 'pc-2022-03-17#13') as Exchange;
    expect(record(await readPressConFile(file)).raisedAfter).toBe(true);
    expect(record(await readPressConFile(CSV)).raisedAfter).toBeUndefined();
  });
});
