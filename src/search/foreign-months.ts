import { MONTH_NAMES } from '../util/calendar.js';

/**
 * Month names in French, Spanish, German, Italian, Portuguese and Dutch, with a year, as a reporter
 * of those newsrooms types them: "huawei mars 2019", "5 de marzo de 2019", "5. März 2019", "1er
 * juillet 2020", written as English ("March 2019", "March 5, 2019"), which the readings of `month.ts`
 * take as they take "5 March 2019". Searched, "mars 2019" found six exchanges on Trump's Mar-a-Lago,
 * none of them on Huawei. Only beside a year: "Mars" is also the planet, "Mayo" a county, "Julio" a
 * name; and "Mars" with a year may still be the planet's ("Mars 2020 rover", `planetNotMonth`). The
 * names English shares (April, August, September, November, December) are English already.
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
 * The word of those languages that says "on" or "in" before a date ("le 5 mars", "en mars", "el 5
 * de marzo", "am 5. März", "im März", "nel marzo", "em março"): read with it, as "in" and "on"
 * before "March 2019" are; searched, "le" and "en" were words.
 */
const ON_OR_IN = 'le|en|el|am|im|il|nel|em';
/**
 * Maybe that word, a day maybe ("5", "1er", "5.", "5 de"), the month, maybe "de"/"del" (Spanish,
 * Portuguese) or a comma, and the year. Groups: the word, the day, the month, the year.
 */
const DATE = new RegExp(
  String.raw`(?<![\p{L}\d-])(?:(${ON_OR_IN})\s+(?=[\d\p{L}]))?(?:(\d{1,2})(?:er|º|°|\.)?\s+(?:de\s+)?)?(${NAMES})(?![\p{L}])(?:\s+del?\s+|,?\s*)((?:19|20)\d\d)(?!\d)`,
  'giu',
);

/**
 * Words of the planet and of going to it: "Mars 2020" is also NASA's rover mission, and "ExoMars",
 * "Tianwen-1" and the rovers are named by the year too. Searched as March 2020, "Mars 2020 rover"
 * found "rover" in no March briefing.
 */
const OF_SPACE = /\b(?:rovers?|missions?|probes?|orbiters?|landers?|landing|landed|spacecraft|spaceships?|space|exploration|explore|planet(?:s|ary)?|orbit|launch(?:ed|es)?|astronauts?|lunar|moon|nasa|esa|cnsa|exomars|tianwen|perseverance|curiosity|zhurong|ingenuity|insight)\b/i;
/** Words before the month that make it the time of the talk, in English: "Huawei since mars 2019", "in mars 2019". */
const TIME_BEFORE = /\b(?:in|during|since|after|before|until|till|from|through|of)\s*$/i;
/** Words an English question asks with, which no question of names and a date holds ("huawei mars 2019"). */
const ENGLISH_ASKING = /\b(?:what|how|why|when|where|who|which|did|does|do|is|was|were|has|have|say|said|says|about|the|a|an|and|to|with|for|on|at)\b/i;

/** China, and who speaks for it, as English writes them (French writes Chine, chinois, ministère, porte-parole). */
const CHINA_IN_ENGLISH = String.raw`china['’]s|china|chinese|(?:foreign\s+)?ministry|mfa|spokes(?:person|man|woman)`;
const ASKS_OF_CHINA = new RegExp(String.raw`\b(?:${CHINA_IN_ENGLISH})\b|${ENGLISH_ASKING.source}`, 'gi');

/**
 * Whether the rest of a question, without "mars" and its year, only asks China in English, naming
 * nothing else ("china mars 2020", "what did china say about mars 2020"): then "mars" is what it
 * asks about, the planet, as English writes it; read as March, nothing was left to search ("names
 * no topic"). Names beside it ("huawei mars 2019") leave it the French month.
 */
function asksOnlyOfChina(rest: string): boolean {
  const asks = rest.match(ASKS_OF_CHINA);
  return Boolean(asks?.length) && !/[\p{L}\p{N}]/u.test(rest.replace(ASKS_OF_CHINA, ' '));
}

/**
 * Whether "Mars" with a year is the planet: "mars" of all those names is the only one English
 * shares with a thing a year names. The month when written as a date of its language is (a day or
 * "le", "en" before it: "5 mars 2019", "en mars 2019"), or after an English word of time ("since
 * mars 2019"); the planet when a word of space is in the question ("Mars 2020 rover", "NASA Mars
 * 2020 mission", "Tianwen-1 Mars 2020"), or when the question asks in English and writes it "Mars",
 * as English writes the planet and French never the month ("What did China say about Mars 2020?"),
 * or, in any case, when it is all an English question asks China about (`asksOnlyOfChina`: "china
 * mars 2020", "what did china say about mars 2020"). "huawei mars 2019", "Huawei Mars 2019",
 * "huawei MARS 2019", "mars 2019": the month.
 */
function planetNotMonth(text: string, at: number, whole: string, typed: string, dated: boolean): boolean {
  if (typed.toLowerCase() !== 'mars' || dated || TIME_BEFORE.test(text.slice(0, at))) return false;
  if (OF_SPACE.test(text) || asksOnlyOfChina(`${text.slice(0, at)} ${text.slice(at + whole.length)}`)) return true;
  return typed === 'Mars' && ENGLISH_ASKING.test(text.replace(/\bmars\b/gi, ' '));
}

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
  const written = text.replace(DATE, (whole: string, on: string | undefined, day: string | undefined, typed: string, year: string, at: number) => {
    if (planetNotMonth(text, at, whole, typed, Boolean(on ?? day))) return whole;
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
