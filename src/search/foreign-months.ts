import { MONTH_NAMES } from './month.js';

/**
 * Month names in French, Spanish, German, Italian, Portuguese and Dutch, with a year, as a reporter
 * of those newsrooms types them: "huawei mars 2019", "5 de marzo de 2019", "5. März 2019", "1er
 * juillet 2020", written as English ("March 2019", "March 5, 2019"), which the readings of `month.ts`
 * take as they take "5 March 2019". Searched, "mars 2019" found six exchanges on Trump's Mar-a-Lago,
 * none of them on Huawei. Only beside a year: "Mars" is also the planet, "Mayo" a county, "Julio" a
 * name; a year after them is no planet's. The names English shares (April, August, September,
 * November, December) are English already.
 */
const BY_MONTH: readonly (readonly string[])[] = [
  ['janvier', 'enero', 'januar', 'gennaio', 'janeiro', 'januari'],
  ['février', 'febrero', 'februar', 'febbraio', 'fevereiro', 'februari'],
  ['mars', 'marzo', 'märz', 'maerz', 'março', 'maart'],
  ['avril', 'abril', 'aprile'],
  ['mai', 'mayo', 'maggio', 'maio', 'mei'],
  ['juin', 'junio', 'juni', 'giugno', 'junho'],
  ['juillet', 'julio', 'juli', 'luglio', 'julho'],
  ['août', 'agosto', 'augustus'],
  ['septembre', 'septiembre', 'setiembre', 'settembre', 'setembro'],
  ['octobre', 'octubre', 'oktober', 'ottobre', 'outubro'],
  ['novembre', 'noviembre', 'novembro'],
  ['décembre', 'diciembre', 'dezember', 'dicembre', 'dezembro'],
];

/** A name without its accents ("fevrier", "aout", "marz", "marco"), as a keyboard without them types it. */
const unaccented = (name: string): string => name.normalize('NFD').replace(/\p{M}/gu, '');

/** Each written form, without accents too, lower case, with its month (0-11). */
const MONTH_OF = new Map(BY_MONTH.flatMap((names, month) => names.flatMap((name) => [[name, month], [unaccented(name), month]] as const)));
const NAMES = [...MONTH_OF.keys()].sort((a, b) => b.length - a.length).join('|');

/**
 * A day maybe ("5", "1er", "5.", "5 de"), the month, maybe "de"/"del" (Spanish, Portuguese) or a
 * comma, and the year. Groups: the day, the month, the year.
 */
const DATE = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(\d{1,2})(?:er|º|°|\.)?\s+(?:de\s+)?)?(${NAMES})(?![\p{L}])(?:\s+del?\s+|,?\s*)((?:19|20)\d\d)(?!\d)`,
  'giu',
);

/** A month name read as English: as typed ("mars"), and as read ("March"). */
export interface ForeignMonth {
  typed: string;
  read: string;
  /** As the question was rewritten ("March 5, 2019"): gone from what is left to search once read. */
  written: string;
}

/** The question with each month of another language and its year written in English, and the months so read. */
export function foreignMonthsAsEnglish(text: string): { text: string; read: ForeignMonth[] } {
  const read: ForeignMonth[] = [];
  const written = text.replace(DATE, (_whole: string, day: string | undefined, typed: string, year: string) => {
    const name = MONTH_NAMES[MONTH_OF.get(typed.toLowerCase())!]!;
    const english = day === undefined ? `${name} ${year}` : `${name} ${Number(day)}, ${year}`;
    read.push({ typed, read: name, written: english });
    return english;
  });
  return { text: written, read };
}

/** `“mars” read as March`: what the answer says of a month so read. */
export function foreignMonthWords(month: ForeignMonth): string {
  return `“${month.typed}” read as ${month.read}`;
}
