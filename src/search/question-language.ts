import { cjkRuns } from './cjk.js';
import { foreignMonthsAsEnglish } from './foreign-months.js';

/**
 * A question in a language spox does not read: the transcripts are English and Chinese, and a
 * question in another language found words by chance ("position de la Chine sur Hong Kong": 6
 * exchanges, 1 on Hong Kong, led by Burkina Faso) or nothing, with no word of why. Told
 * conservatively: a script no English or Chinese question is written in (kana, Hangul, Cyrillic,
 * Arabic) making up half its words or more; or, in Latin letters, two or more of French, Italian,
 * Spanish, German or Dutch function words that are no English words, more of them than English
 * function words (the language with the most is named; of a tie, the first listed). A
 * name of theirs inside an English question ("El Salvador", "Le Drian", a Russian name in quotes) is
 * no such question.
 */

/** The languages a question is told to be in, by name as the answer says it. */
export type OtherLanguage = 'Japanese' | 'Korean' | 'Russian' | 'Arabic' | 'French' | 'Spanish' | 'Italian' | 'German' | 'Dutch';

/** Scripts that are sure signs: kana is Japanese (its kanji, Han characters, count with it), Hangul Korean, Cyrillic Russian (the likeliest), Arabic. */
const SCRIPTS: readonly { language: OtherLanguage; letters: RegExp }[] = [
  { language: 'Japanese', letters: /[\p{Script=Hiragana}\p{Script=Katakana}]/u },
  { language: 'Korean', letters: /\p{Script=Hangul}/u },
  { language: 'Russian', letters: /\p{Script=Cyrillic}/u },
  { language: 'Arabic', letters: /\p{Script=Arabic}/u },
];

/** Function words of each language that are no English words ("die", "was", "a", "on" are left out). */
const FUNCTION_WORDS: readonly { language: OtherLanguage; words: ReadonlySet<string> }[] = [
  {
    language: 'French',
    words: new Set('le la les du des de un une et est sur dans avec pour par sont qui que quoi quel quelle quels quelles au aux ce cette ces leur leurs il elle ils elles nous vous je dit contre entre sans mais ou où pourquoi comment selon chez vers lors depuis été avait ont était'.split(' ')),
  },
  {
    // Before Spanish, which a tie would name: "la" and "ha" are both's; "Cosa ha detto la Cina sulla Lituania?" is Italian.
    language: 'Italian',
    words: new Set('il lo gli della dello delle degli dei del di un una uno è sono sul sulla sullo sui sugli nel nella nei dal dalla alla allo ai che cosa perché dove chi quale quali tra fra senza ma anche ha hanno detto dice disse questo questa contro secondo verso dopo posizione'.split(' ')),
  },
  {
    language: 'Spanish',
    words: new Set('el la los las del de un una y es son sobre en con para por que qué cuál cuáles cual como cómo dónde entre sin pero su sus lo al este esta estos estas ha han dijo según desde hacia contra fue ser'.split(' ')),
  },
  {
    // With the words of saying: "Was hat China zu Litauen gesagt?" holds two English words, "was" and "China".
    language: 'German',
    words: new Set('der das den dem des ein eine einen einem und ist sind über für mit von zu zum zur auf nicht wie warum wer welche welcher hat haben sagte gegen zwischen ohne aber oder auch im vom bei nach seit durch sich gesagt sagt sagen erklärt erklärte äußerte geäußert'.split(' ')),
  },
  {
    language: 'Dutch',
    words: new Set('de het een en van op met voor niet hoe waarom wie welke heeft hebben zei zegt gezegd tegen tussen zonder maar ook bij naar sinds zich wat zijn werd wordt volgens'.split(' ')),
  },
];

/** English function words, which a question in English holds, and which outweigh a name's "el" or "de". */
const ENGLISH = new Set(
  'a an the of on in at to for from by with about and or but is are was were be been has have had do does did what which who whom how why when where that this these those it its china chinese say said says tell comment stance view response reaction against between'.split(' '),
);

/** Names of several words that hold those function words, read as English ones: "El Salvador", "Le Drian". */
const NAMES = /\b(?:el\s+salvador|los\s+angeles|la\s+paz|de\s+facto|le\s+pen|le\s+drian|le\s+monde|de\s+gaulle|der\s+spiegel|die\s+zeit|sur\s+le\s+champ|coup\s+d['’]?\s*[ée]tat|van\s+der|von\s+der\s+leyen|el\s+pa[ií]s|al\s+jazeera|la\s+repubblica|dalai\s+lama)\b/giu;

/** The language a question is written in when it is neither English nor Chinese; null otherwise (or when unsure). */
export function otherLanguageOf(question: string): OtherLanguage | null {
  const words = question.normalize('NFC').split(/[^\p{L}\p{M}'’]+/u).filter(Boolean);
  if (words.length === 0) return null;
  for (const { language, letters } of SCRIPTS) {
    const inScript = words.filter((w) => letters.test(w) || (language === 'Japanese' && /\p{Script=Han}/u.test(w)));
    if (inScript.some((w) => letters.test(w)) && inScript.length * 2 >= words.length) return language;
  }
  // A date in another language ("5 de marzo de 2019") is read as the date, its "de" no sign of Spanish.
  const latin = foreignMonthsAsEnglish(question).text.replace(NAMES, ' ').toLowerCase().split(/[^\p{L}\p{M}]+/u).filter(Boolean);
  const english = latin.filter((w) => ENGLISH.has(w)).length;
  let best: { language: OtherLanguage; count: number } | null = null;
  for (const { language, words: functionWords } of FUNCTION_WORDS) {
    const count = latin.filter((w) => functionWords.has(w) && !ENGLISH.has(w)).length;
    if (count >= 2 && count > english && (!best || count > best.count)) best = { language, count };
  }
  return best?.language ?? null;
}

/** A Latin word of a language: no abbreviation or code ("WHO", "G20", "5G"), which the Chinese pages write too. */
const LATIN_WORD = /^\p{Script=Latin}[\p{Script=Latin}'’-]*$/u;
const ABBREVIATION = /^\p{Lu}{2,}$/u;

/**
 * Whether a question that mixes Latin letters and Chinese is mainly written in English: its Latin
 * words outnumber its Chinese runs ("china reaction to 华为": three to one; "what did China say about
 * 新疆": five to one). A name says nothing of the language a question is in, nor does an abbreviation
 * or a code: `namesAside` is the question with the English names the Chinese pages write in Chinese
 * so written (`englishNamesAsChinese`), whose Latin words are counted, so "WHO 新冠", "Huawei 华为" and
 * "华为 5G" are Chinese questions. A tie is Chinese too ("华为 reaction", "华为 ban").
 */
export function mainlyEnglish(question: string, namesAside: string): boolean {
  const chinese = cjkRuns(question).length;
  return chinese > 0 && latinWords(namesAside).length > chinese;
}

/** The Latin words of a question that say what language it is in: no abbreviation or code (`mainlyEnglish`). */
function latinWords(namesAside: string): string[] {
  return wordsOf(namesAside).filter((w) => LATIN_WORD.test(w) && !ABBREVIATION.test(w));
}

/** A question's words, as `latinWords` and `latinTopicWords` count them: letters, marks, digits, apostrophes and hyphens. */
function wordsOf(text: string): string[] {
  return text.split(/[^\p{L}\p{M}\p{N}'’-]+/u);
}

/** Words of asking beside `ENGLISH`'s: who is asked, and what of them. */
const ASKING = new Set('position think thinks react reacted respond responded responds attitude beijing ministry foreign government side spokesperson spokeswoman spokesman official officials'.split(' '));

/**
 * How many Latin words of a question name its topic: `mainlyEnglish`'s words, without English
 * function words and the words of asking (`ENGLISH`, `ASKING`: "what", "did", "china", "say",
 * "about"). "中国 rule of law" has two (rule, law), "What did China say about 外交部" none: its topic is 外交部.
 */
export function englishTopicWords(namesAside: string): number {
  return latinWords(namesAside).filter((w) => !ENGLISH.has(w.toLowerCase()) && !ASKING.has(w.toLowerCase())).length;
}

/**
 * The Latin words of a question that may name its topic, abbreviations and codes too ("AUKUS", "G20"), without English
 * function words and the words of asking: what `chineseNamesAsEnglish` asks the Chinese pages to hold.
 */
export function latinTopicWords(namesAside: string): string[] {
  return wordsOf(namesAside).filter((w) => /\p{Script=Latin}|\d/u.test(w) && !ENGLISH.has(w.toLowerCase()) && !ASKING.has(w.toLowerCase()));
}
