import { monthIndex } from '../util/calendar.js';
import { beijingDate, daysBetween, isoDateProblem, shiftedDay } from '../util/iso-date.js';
import { namedThenCounted, plural } from '../util/plural.js';

/**
 * Dates of a PressCon sheet that the sheet itself contradicts. The corpus's own rows can be misdated
 * (row 22 of the sample, `9411`, is dated 2014-01-12: its question is about a meeting of January 12,
 * 2015, that day was a Sunday, and its link's number comes after 2014-12-31's), and such a row would
 * be the first item of its year everywhere. The rows are imported as the sheet holds them (the
 * corpus's text stays as it is); these checks name them in the import's warning, and each record of
 * such a row carries why (`RecordSource.dateDoubted`), so every card and citation of it says so.
 *
 * Measured on the sample's 661 rows, each check kept flags only a real problem:
 * - the `day`/`month`/`year` columns against `date` (a month compared by its first three letters: row
 *   75 writes "Febuary"): none in the sample; a user's edited copy that changed one and not the other;
 * - a link numbered `tNNNN` out of order with the file's other such links, by more than a month: row
 *   22 only (the 2002 pages' numbers are a few apart out of order, within days of each other);
 * - a link whose address holds its page's date (`t20220309_…`) before the row's date, or more than a
 *   week after it: none (13 rows give the next day: a page published the day after the briefing).
 * A weekend alone is no check: 2022-10-09, a Sunday, was a working day in China (the National Day
 * holiday's make-up day), and the Ministry briefed. It is said only of a row flagged otherwise.
 */
export interface DatedRow {
  row: number;
  idSplit: string;
  date: string;
  link: string | null;
  /** The `day`, `month` and `year` cells, where the sheet has those columns. */
  day?: string;
  month?: string;
  year?: string;
}

/** How far out of order a link's number may be before its date is doubted: pages were numbered as posted, within days. */
const ORDER_MARGIN_DAYS = 31;
/** How long after a briefing its page may be posted: the address's date is that of posting (the next day, for 13 rows of the sample). */
const POSTED_WITHIN_DAYS = 7;
/** Past this many rows out of order (or 1% of the numbered rows), the links' numbers are not read as an order at all. */
const MOST_OUT_OF_ORDER = 10;
/** How many rows the warning names; the rest are counted. */
const NAMED = 10;

const WEEKDAYS = ['a Sunday', 'a Monday', 'a Tuesday', 'a Wednesday', 'a Thursday', 'a Friday', 'a Saturday'];
const weekday = (date: string): number => new Date(`${date}T00:00:00Z`).getUTCDay();

/** The number of an old-form link (`…/t1227486.shtml`), or null. */
function linkNumber(link: string | null): number | null {
  const m = link ? /\/t(\d+)\.s?html?$/i.exec(link) : null;
  return m ? Number(m[1]) : null;
}

/** The posting date a new-form link's address holds (`…/202203/t20220309_10649938.html`), or null. */
function linkDate(link: string | null): string | null {
  const m = link ? /\/t(\d{4})(\d{2})(\d{2})_\d+\.s?html?$/i.exec(link) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** What the `day`/`month`/`year` cells say that the date does not (an empty or unreadable cell says nothing). */
function columnsDisagree(r: Pick<DatedRow, 'date' | 'day' | 'month' | 'year'>): string[] {
  const [year, month, day] = r.date.split('-').map(Number) as [number, number, number];
  const said: string[] = [];
  const { year: y, month: m, day: d } = columnNumbers(r);
  if (y !== null && y !== year) said.push(`its year column says ${r.year!.trim()}`);
  if (m !== null && m !== month) said.push(`its month column says ${r.month!.trim()}`);
  if (d !== null && d !== day) said.push(`its day column says ${r.day!.trim()}`);
  return said;
}

/**
 * The date a date cell written otherwise than YYYY-MM-DD stands for ("3/14/2024", "14.03.2024", "14 March 2024", "3/14/24"), when
 * the row's `day`, `month` and `year` cells give a date and the cell holds just its numbers, the month maybe as its
 * name: the sheet then says its date twice, and reading it is no guess at which number is the day. Null otherwise.
 * Excel saves a `.csv` with dates as its locale shows them: every row of such a sheet had been refused.
 */
export function writtenDateConfirmed(cell: string, columns: Pick<DatedRow, 'day' | 'month' | 'year'>): string | null {
  const read = writtenDateRead(cell, columns);
  return read && read.unheld.length === 0 ? read.date : null;
}

/**
 * `its year column says 2015, which the date cell does not hold`: where a date cell is written as
 * `writtenDateConfirmed` reads one and the row's `day`, `month` and `year` cells give a date, the cells
 * the date cell does not hold, so that a refused row names the cell to correct (hunt-M: it named the
 * cell's form, as if the whole column were written wrong). Null where they agree or cannot be compared.
 */
export function writtenDateDisagreement(cell: string, columns: Pick<DatedRow, 'day' | 'month' | 'year'>): string | null {
  const read = writtenDateRead(cell, columns);
  if (!read || read.unheld.length === 0 || read.unheld.length === 3) return null;
  const said = read.unheld.map((c) => `its ${c} column says ${columns[c]!.trim()}`);
  return `${said.join(' and ')}, which the date cell does not hold`;
}

/** A date cell of three parts against the row's columns: the date the columns give and the columns whose value the cell lacks; null where either cannot be read. */
function writtenDateRead(cell: string, columns: Pick<DatedRow, 'day' | 'month' | 'year'>): { date: string; unheld: ('year' | 'day' | 'month')[] } | null {
  const text = cell.trim().toLowerCase();
  if (!/^[\d\p{L}]+(?:[\s/.,-]+[\d\p{L}]+){2}\.?$/u.test(text)) return null;
  const { year, month, day } = columnNumbers(columns);
  if (year === null || month === null || day === null) return null;
  // A date no calendar holds, or a year not of four digits, is none (`isoDateProblem`).
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (isoDateProblem(date)) return null;
  // Its parts, each a number or a month's name, are the columns' year, day and month, in any order.
  const written = text.split(/[\s/.,-]+/);
  const parts = written.map((part) => (/^\d+$/.test(part) ? Number(part) : monthIndex(part) >= 0 ? `m${monthIndex(part) + 1}` : part));
  // A year of two digits, last, as Excel writes m/d/yy ("11/19/02"; hunt-M: the whole sheet had been refused).
  if (!parts.includes(year) && /^\d{2}$/.test(written.at(-1)!) && parts.at(-1) === year % 100) parts[parts.length - 1] = year;
  const wanted = [['year', year], ['day', day], ['month', parts.some((p) => typeof p === 'string') ? `m${month}` : month]] as const;
  const left = [...parts];
  const unheld: ('year' | 'day' | 'month')[] = [];
  for (const [column, value] of wanted) {
    const at = left.indexOf(value);
    if (at < 0) unheld.push(column);
    else left.splice(at, 1);
  }
  return { date, unheld };
}

/** The numbers the `day`, `month` (a number or a month's name, "Febuary" by its first three letters) and `year` cells hold; null for one that holds none. */
function columnNumbers(columns: Pick<DatedRow, 'day' | 'month' | 'year'>): Record<'year' | 'month' | 'day', number | null> {
  const number = (cell: string | undefined): number | null => (cell !== undefined && /^\d+$/.test(cell.trim()) ? Number(cell) : null);
  const text = columns.month?.trim().toLowerCase() ?? '';
  const named = monthIndex(text);
  return { year: number(columns.year), month: /^\d+$/.test(text) ? Number(text) : named < 0 ? null : named + 1, day: number(columns.day) };
}

/** Whether the `day`, `month` and `year` cells all hold something and each says what `date` (YYYY-MM-DD) does. */
export function columnsConfirm(date: string, columns: Pick<DatedRow, 'day' | 'month' | 'year'>): boolean {
  const cells = [columns.day, columns.month, columns.year];
  return cells.every((c) => c !== undefined && c.trim() !== '') && columnsDisagree({ date, ...columns }).length === 0;
}

/**
 * The rows whose link's number is out of order with the others' by more than ORDER_MARGIN_DAYS, each
 * with the farthest row it disagrees with. The rows kept in order are a longest non-decreasing run of
 * numbers in date order: the fewest rows are doubted, so one misdated row does not make its
 * neighbours look out of order.
 */
function outOfOrder(rows: DatedRow[]): Map<DatedRow, string> {
  const numbered = rows.flatMap((r) => {
    const n = linkNumber(r.link);
    return n === null ? [] : [{ r, n }];
  }).sort((a, b) => a.r.date.localeCompare(b.r.date) || a.r.row - b.r.row);
  // Longest non-decreasing subsequence (patience sorting): tails[k] is the index ending the best run of length k+1.
  const tails: number[] = [];
  const before = new Array<number>(numbered.length).fill(-1);
  numbered.forEach(({ n }, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (numbered[tails[mid]!]!.n <= n) lo = mid + 1;
      else hi = mid;
    }
    before[i] = lo > 0 ? tails[lo - 1]! : -1;
    tails[lo] = i;
  });
  const inOrder = new Set<number>();
  for (let i = tails.at(-1) ?? -1; i >= 0; i = before[i]!) inOrder.add(i);
  // Numbers that many rows break are no order to judge dates by (another numbering, a sheet sorted otherwise).
  if (numbered.length - inOrder.size > Math.max(MOST_OUT_OF_ORDER, numbered.length / 100)) return new Map();
  const flagged = new Map<DatedRow, string>();
  numbered.forEach(({ r, n }, i) => {
    if (inOrder.has(i)) return;
    const later = numbered.filter((o) => o.n < n && daysBetween(r.date, o.r.date) > ORDER_MARGIN_DAYS).at(-1);
    const earlier = numbered.find((o) => o.n > n && daysBetween(o.r.date, r.date) > ORDER_MARGIN_DAYS);
    if (later) flagged.set(r, `its link (t${n}) is numbered after ${later.r.date}'s (t${later.n})`);
    else if (earlier) flagged.set(r, `its link (t${n}) is numbered before ${earlier.r.date}'s (t${earlier.n})`);
  });
  return flagged;
}

/**
 * The rows whose date the sheet itself contradicts (see above), each with why, in the words a
 * warning and a record's `source.dateDoubted` give: `its link (t1227486) is numbered after
 * 2014-12-31's (t1225027), and 2014-01-12 was a Sunday`. `rows` are the rows imported.
 */
export function doubtedDates(rows: DatedRow[], now: Date = new Date()): Map<DatedRow, string> {
  const order = outOfOrder(rows);
  const doubted = new Map<DatedRow, string>();
  const today = beijingDate(now);
  for (const r of rows) {
    const posted = linkDate(r.link);
    const reasons = [
      // A year slipped in a typed cell: imported silently, it was the briefing every "latest" answer opened (hunt-O #5).
      ...(r.date > today ? [`it is after today (${today} in Beijing)`] : []),
      ...columnsDisagree(r),
      ...(order.has(r) ? [order.get(r)!] : []),
      ...(posted !== null && (posted < r.date || posted > shiftedDay(r.date, POSTED_WITHIN_DAYS)) ? [`its link is of a page posted on ${posted}`] : []),
    ];
    if (reasons.length === 0) continue;
    const day = weekday(r.date);
    if (day === 0 || day === 6) reasons.push(`${r.date} was ${WEEKDAYS[day]}`);
    doubted.set(r, reasons.join(', and '));
  }
  return doubted;
}

/** What a `day`/`month`/`year` cell must hold to be read: a number (a month also by its name or abbreviation). */
const READABLE: Record<'day' | 'month' | 'year', (cell: string) => boolean> = {
  day: (cell) => /^\d{1,2}$/.test(cell),
  month: (cell) => /^\d{1,2}$/.test(cell) || monthIndex(cell) >= 0,
  year: (cell) => /^\d{4}$/.test(cell),
};

/**
 * One warning naming the rows whose `day`, `month` or `year` cell holds something no date is read
 * from ("twenty", "3rd"), or null when there are none. Such a cell cannot check the date, which is
 * taken from the `date` cell as it stands: a sheet edited by hand is told, not silently trusted.
 */
export function unreadableColumnsWords(rows: DatedRow[]): string | null {
  const unread = rows.flatMap((r) => {
    const cells = (['day', 'month', 'year'] as const).flatMap((name) => {
      const cell = r[name]?.trim();
      return cell && !READABLE[name](cell) ? [`its ${name} column holds “${cell}”, which is no ${name}`] : [];
    });
    return cells.length ? [`row ${r.row} (${[r.idSplit, r.date].filter(Boolean).join(', ')}): ${cells.join(', and ')}`] : [];
  });
  if (unread.length === 0) return null;
  return `${plural(unread.length, 'row has a date column', 'rows have date columns')} that cannot be read: ${namedThenCounted(unread, NAMED, '; ')}; ` +
    `imported as dated (the date column), which ${unread.length === 1 ? 'that cell does' : 'those cells do'} not check`;
}

/**
 * One warning naming the rows `doubtedDates` found, in the file's order, or null when there are none.
 */
export function suspectDatesWords(doubted: Map<DatedRow, string>): string | null {
  const suspects = [...doubted].sort(([a], [b]) => a.row - b.row)
    .map(([r, why]) => `row ${r.row} (${[r.idSplit, r.date].filter(Boolean).join(', ')}): ${why}`);
  if (suspects.length === 0) return null;
  const named = namedThenCounted(suspects, NAMED, '; ');
  return `${plural(suspects.length, 'row is', 'rows are')} dated in a way the sheet itself contradicts: ${named}; ` +
    `imported as dated (the corpus's own date): check ${suspects.length === 1 ? 'it' : 'each'} against the Ministry's page before citing the date`;
}
