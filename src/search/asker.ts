import { escapeRegExp } from '../util/regexp.js';
import { chineseOutletNames, englishOutletNames, sameTableOutlet } from '../transcripts/zh/outlets.js';
import { hasCjk } from './cjk.js';
import { ADDED_AFTER_A_NAME, LEFT_OFF_A_NAME, MASTHEAD_LAST_WORDS, NAMES_WITHOUT_KIND_WORD, OUTLET_KIND_WORDS } from './newsroom-words.js';
import { quotedMasked } from './query.js';

/**
 * A question that says who asked ("Hong Kong asked by Reuters", "Hong Kong questions from AFP",
 * "What did they tell Reuters about Hong Kong?", "Bloomberg's questions on Huawei") asks for the
 * exchanges that outlet asked: the outlet is a filter, as `outlet:` is, not a topic word. Searched
 * as words, it ranked other outlets' exchanges that name it first. Two to four joined ("asked by
 * Reuters and AFP", "Reuters or Bloomberg") ask for the questions of any of them.
 *
 * Only a form of asking or telling reads an outlet, and only one the index holds as an asker, under
 * its own name, another English spelling the outlet table gives it, or the capitals that begin its
 * name ("ABC" for ABC Australia): a reporter's topic may name one too ("the Bloomberg reporter
 * detained in Beijing", "Global Times editorial"), and stays words. A name as a desk writes it is
 * read as the outlet too (`newsroom-words.ts`: "Asahi", "Kyodo News Agency"); an outlet the index does
 * not hold, named after a form of asking, is the filter, which says so (`unheldAskerIntent`). Read in English questions, and
 * in Chinese ones as the Chinese pages name the outlet (`chineseAskerIntent`); a quoted part is never read.
 */
export interface AskerIntent {
  /** The question without the words that named the askers. */
  query: string;
  /**
   * The outlets, each as the index or the outlet table writes it, in the order written: one, those
   * joined ("asked by Reuters or AFP"), and every outlet a short form may be ("ABC").
   */
  outlets: string[];
  /**
   * Each short form written that begins the names of more than one outlet the index holds ("ABC":
   * ABC Australia and ABC Spanish Daily Newspaper), with those outlets, all of them read; absent when none.
   */
  ambiguous?: { written: string; outlets: string[] }[];
  /** The words that named them, as typed ("asked by Reuters and AFP"). */
  written: string;
  /**
   * True when the one outlet named is none the index holds as an asker ("questions from The Straits
   * Times"): still the filter, which then finds nothing and says the index holds no such outlet.
   */
  unheld?: true;
}

const OPTIONAL_THE = String.raw`(?:the\s+)?`;
const POSSESSIVE = String.raw`(?:'s|’s|')`;
/** Between two outlets joined: "Reuters and AFP", "Reuters or by AFP", "Reuters, AFP and Bloomberg". */
const JOINED = String.raw`(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|&)\s+)(?:(?:by|from)\s+)?`;
/**
 * Who an outlet asked, in "did Reuters ask NAME about …": one to six words (two names joined), not a question's own
 * words ("ask questions about", "ask a question", "ask in 2020"); "him", "her" or "them" is whoever answered ("they").
 */
const ASKED = String.raw`(?!(?:questions?|a|an|any|anything|something|much|many|more|it|us|you|me|in|at|on|during|since|before|after|about|for|this|that|these|those|today|yesterday|last|first)(?![\p{L}\p{N}]))[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,5}?`;
const ASKED_PRONOUN = /^(?:him|her|them)$/i;
/** After whom an outlet asked: what about, or the question's end. */
const ASKED_END = String.raw`(?=\s+(?:about|on|regarding|concerning|over)(?![\p{L}\p{N}])|\s*[?.!]*\s*$)`;
/** An outlet's reporter, after its name: "the Reuters correspondent", "Reuters' reporter". */
const REPORTER = String.raw`(?:(?:'s|’s|')?\s+(?:reporters?|correspondents?|journalists?))?`;
/**
 * "did WHO ask NAME about …", the one asked read as who spoke (`asked`) and the auxiliary kept (`aux`): of an outlet
 * held (`FORMS`), of a run of capitalised words (`UNHELD_ASKED`), and of reporters with no outlet named (`REPORTERS_ASKED`).
 */
const askedForm = (who: string): string =>
  String.raw`(?:questions?\s+)?(?<aux>(?:did|does|do|has|have|had|will|would)\s+)${who}\s+(?:ask|asked|want(?:ed)?\s+to\s+know\s+from)\s+(?<asked>${ASKED})${ASKED_END}`;
/** Outlets joined at most: as many spokespeople as `speaker.ts` reads joined. */
const MOST_JOINED = 4;
/** Where `{outlets}` (one, or up to four joined) stands in a form that says who asked; `{possessed}` the same, each may be with 's ("Reuters questions", "Reuters' and AFP's questions"). */
const FORMS = [
  // "What did Reuters ask Mao Ning about Ukraine?": read as "What did Mao Ning say about Ukraine?", asked by Reuters.
  // Taken as "What did Mao Ning about Ukraine?", it named no speaker, and "Ning" was searched (hunt-J #1).
  // "What questions did Reuters ask Mao Ning about …", "What did Reuters ask Hua Chunying and Zhao Lijian?" (hunt-K #2, #3) too.
  // Its reporter too ("What did the Reuters correspondent ask …", "What did Reuters' reporter ask …"), and "want to know from" (hunt-K #2).
  askedForm(`{outlets}${REPORTER}`),
  // "Questions Reuters asked Zhao Lijian about Australia": read as "What did Zhao Lijian say about Australia?".
  String.raw`questions?\s+(?<aux>){outlets}${REPORTER}\s+(?:asked|put\s+to|posed\s+to)\s+(?<asked>${ASKED})${ASKED_END}`,
  String.raw`(?:asked|raised|posed|put)\s+by\s+{outlets}`,
  // "questions from Reuters to Mao Ning on Ukraine": the "to" goes with the form, as below.
  String.raw`questions?\s+(?:asked\s+)?(?:by|from)\s+{outlets}(?:\s+to(?=\s))?`,
  // "Reuters questions to Mao Ning on Ukraine": the "to" goes with the form, so that the name leads what is left.
  String.raw`{possessed}${POSSESSIVE}?\s+questions?(?:\s+to(?=\s))?`,
  String.raw`(?<telling>tell|tells|told|telling)\s+{outlets}`,
  // "What did Zhao Lijian say to Reuters about …" (hunt-M: "Reuters" had been searched as a word).
  String.raw`(?<telling>say|says|said)\s+to\s+{outlets}`,
  String.raw`{outlets}\s+(?:asked|asks|ask)`,
  // "How many questions were asked about Hong Kong by Bloomberg?": the topic between the asking and who asked.
  // "by" first: the look behind is run only where it stands (before it, at every place of a long question, 20 times the time).
  String.raw`by(?<=questions?\s+(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:asked|raised)\s[^]*?by)\s+{outlets}`,
];

/** "What did Zhao Lijian tell (say to) AFP about …" is read as "What did Zhao Lijian say about …": the speaker's form. */
const SAYING: Record<string, string> = { tell: 'say', tells: 'says', told: 'said', telling: 'saying', say: 'say', says: 'says', said: 'said' };

/** Capitals that begin an outlet's name and may stand for it ("ABC" for "ABC Australia"): three or more, so "TV" of "TV Tokyo" is none. */
const SHORT_FORM = /^\p{Lu}{3,}$/u;

interface Patterns {
  forms: RegExp[];
  /** One outlet as written, anywhere: to take a list apart. */
  one: RegExp;
  /** The index's English outlets and the table's other spellings of them. */
  names: string[];
  /** Each short form, as written (in capitals), with the outlets whose names it begins, one name per outlet. */
  shortForms: Map<string, string[]>;
  /** A name without its word for newspaper (`LEFT_OFF_A_NAME`, "asahi"), comparable, with the name ("Asahi Shimbun"). */
  leftOff: Map<string, string>;
  /** The words that may follow a name without changing the outlet (`ADDED_AFTER_A_NAME`: "Kyodo News Agency"), at its end. */
  added: RegExp;
}

const compiled = new WeakMap<readonly string[], Patterns>();

/** A word every form holds: without one, no pattern is built or run (building them costs a one-shot `ask` tens of ms). */
const FORM_WORD = /(?<![\p{L}\p{N}])(?:ask|asks|asked|raised|posed|put|questions?|tell|tells|told|telling|know|(?:say|says|said)\s+to)(?![\p{L}\p{N}])/iu;

export function askerIntent(query: string, outlets: readonly string[]): AskerIntent | null {
  const masked = quotedMasked(query);
  if (hasCjk(masked)) {
    const chinese = chineseAskerIntent(query, masked, outlets);
    if (chinese) return chinese;
  }
  if (!FORM_WORD.test(masked)) return null;
  let found: RegExpExecArray | null = null;
  const patterns = patternsFor(outlets);
  for (const pattern of patterns.forms) {
    const match = pattern.exec(masked);
    if (match && (!found || match.index < found.index)) found = match;
  }
  const read = found ? outletsIn(found.groups!.outlets!, patterns) : null;
  if (found && read) return { query: withoutForm(query, found), ...read, written: query.slice(found.index, found.index + found[0].length) };
  return unheldAskerIntent(query, masked);
}

/**
 * Reporters asking a spokesperson, no outlet named ("What did reporters ask Mao Ning about Ukraine?", "What did a
 * journalist ask Hua Chunying about Huawei?"): the question as what they said ("What did Mao Ning say about Ukraine?");
 * null for any other. Searched, the name was words, and the answers of others on other topics came (hunt-M #1).
 */
export function reportersAskedQuery(query: string): string | null {
  if (!FORM_WORD.test(query)) return null;
  const masked = quotedMasked(query);
  const m = REPORTERS_ASKED.exec(masked) ?? REPORTERS_ASKED_ABOUT.exec(masked);
  return m ? withoutForm(query, m) : null;
}
/** Reporters, no outlet named: "reporters", "a journalist", "the media". */
const REPORTERS = String.raw`(?:the\s+|a\s+|foreign\s+|some\s+)?(?:reporters?|journalists?|correspondents?|press|media)`;
const REPORTERS_ASKED = new RegExp(String.raw`(?<![\p{L}\p{N}])${askedForm(REPORTERS)}`, 'iu');
/** Asked of no one ("What did the media ask about Huawei?"): what was said of it, by whoever answered. */
const REPORTERS_ASKED_ABOUT = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:questions?\s+)?(?<aux>(?:did|does|do|has|have|had)\s+)${REPORTERS}\s+(?:ask|asked)(?=\s+(?:about|on|regarding|concerning)(?![\p{L}\p{N}]))`,
  'iu',
);

/**
 * Compiles the forms' patterns over `outlets` ahead of the first question that needs them: V8 compiles
 * a regular expression when it first runs, and these alternations over some 200 outlets' names took
 * 40 ms the first time a question wrote "told" or "asked", and 2 ms the second. Run where the engine
 * opens, off the path of a question (`open.ts`).
 */
export function warmAskerPatterns(outlets: readonly string[]): void {
  const patterns = patternsFor(outlets);
  for (let i = 0; i < 2; i++) {
    for (const pattern of [...patterns.forms, UNHELD_FORM, UNHELD_FORM_AT_END, UNHELD_NAMED, UNHELD_ASKED]) pattern.exec('What did the spokesperson tell Reuters, asked by AFP?');
  }
}

/** Whether the forms' patterns over `outlets` are built: by `warmAskerPatterns`, or by a question that needed them. */
export function askerPatternsBuilt(outlets: readonly string[]): boolean {
  return compiled.has(outlets);
}

/** The question without the form that named the askers, a form of telling read as saying. */
function withoutForm(query: string, found: RegExpExecArray): string {
  const end = found.index + found[0].length;
  const { telling, aux, asked } = found.groups!;
  // A form naming whom it asked, or asking of no one (`REPORTERS_ASKED_ABOUT`: an auxiliary and no one asked), is what they said.
  const saying = aux !== undefined ? `${aux || 'What did '}${!asked || ASKED_PRONOUN.test(asked) ? 'they' : asked} say` : telling ? SAYING[telling.toLowerCase()] ?? '' : '';
  return `${query.slice(0, found.index)} ${saying} ${query.slice(end)}`.replace(/\s+/g, ' ').replace(/\s+([?.!,])/g, '$1').trim();
}

/** A capitalised word of a name, and the small words that may join two ("Voice of America"). */
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{N}&.'’-]*`;
/** A run of them, maybe after "The": "The Straits Times", "Voice of America". */
const NAME_RUN = String.raw`(?:[Tt]he\s+)?${NAME_WORD}(?:\s+(?:(?:of|and|&|the)\s+)?${NAME_WORD})*`;
/**
 * A form of asking before a run of capitalised words: who asked, if the run is an outlet's name.
 * Case is what tells a name here, so only the form's first letter may be either. Not telling: in
 * "after Trump told Fox News …" the outlet is the topic's, and an empty answer would hide it.
 */
const UNHELD_FORM = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:[Aa]sked\s+by|[Qq]uestions?\s+(?:asked\s+)?(?:by|from))\s+` +
    String.raw`(?<outlets>${NAME_RUN})(?![\p{L}\p{N}])(?:\s+to(?=\s+\p{Lu}))?`,
  'u',
);
/** The held outlets' form "What did Reuters ask Mao Ning about …" (`FORMS`), of a run of capitalised words: "What did Fox News ask Mao Ning about Ukraine?". */
const UNHELD_ASKED = new RegExp(String.raw`(?<![\p{L}\p{N}])${askedForm(`(?<outlets>${NAME_RUN})`)}`, 'u');
const KIND_WORDS = new Set<string>(OUTLET_KIND_WORDS);

/**
 * A form of asking, in any case, as `UNHELD_FORM` reads one. Not "raised by", "posed by", "put by": what
 * follows may have raised a concern, not asked at the briefing ("concerns raised by the White House
 * Press Secretary"), and an outlet the index holds is read after them all the same (`FORMS`).
 */
const ASKING_FORM = String.raw`(?<![\p{L}\p{N}])(?:asked\s+by|questions?\s+(?:asked\s+)?(?:by|from))\s+`;
/** A form of asking and what follows it to the question's end, in any case: "questions from the straits times". */
const UNHELD_FORM_AT_END = new RegExp(String.raw`${ASKING_FORM}(?<outlets>(?:the\s+)?[\p{L}\p{N}&.'’-]+(?:\s+[\p{L}\p{N}&.'’-]+){0,3})[\s?.!]*$`, 'iu');
/** A form of asking before an outlet named without a kind word (`NAMES_WITHOUT_KIND_WORD`), in any case: "questions from voa on Taiwan". */
const UNHELD_NAMED = new RegExp(
  String.raw`${ASKING_FORM}(?:the\s+)?(?<outlets>${NAMES_WITHOUT_KIND_WORD.map((n) => escapeRegExp(n).replace(/\s+/g, String.raw`\s+`)).join('|')})(?![\p{L}\p{N}])`,
  'iu',
);
const NAMED_WITHOUT_KIND_WORD = new Set(NAMES_WITHOUT_KIND_WORD.map((n) => n.toLowerCase()));
const MASTHEAD_LAST = new Set(MASTHEAD_LAST_WORDS.map((w) => w.toLowerCase()));
/** Kind words that are a paper's whole name after "The" and never a kind of source: "The Guardian", "The Mail", "The Express". */
const MASTHEAD_ALONE = new Set(['Guardian', 'Mail', 'Express']);

/**
 * Words that describe sources without naming one ("the Press", "Western Media", "foreign media"): a run
 * made only of these and kind words names no outlet, and keeps its words as the topic's.
 */
const DESCRIBING = new Set(['the', 'western', 'foreign', 'chinese', 'international', 'state', 'local', 'overseas', 'global', 'mainstream', 'some', 'certain', 'official', 'independent', 'us', 'american', 'european', 'japanese', 'indian', 'korean', 'russian', 'british', 'australian', 'taiwanese', 'news']);

/**
 * Whether a run of capitalised words is a newsroom's name: it ends in a kind word ("The Straits Times",
 * "Fox News"; not "Press Secretary") or holds a word beginning "News" in capitals ("Channel NewsAsia"),
 * and holds a word that describes no source ("Western Media", "the Press" name none).
 */
function namesANewsroom(run: string): boolean {
  const words = run.split(/\s+/);
  // "The Guardian", "The Times": a masthead's word alone after "The" names the paper; "the Press" names none.
  if (words.length === 2 && words[0] === 'The' && (MASTHEAD_LAST.has(words[1]!.toLowerCase()) || MASTHEAD_ALONE.has(words[1]!))) return true;
  const kind = KIND_WORDS.has(words.at(-1)!) || words.some((word) => /^News\p{Lu}/u.test(word));
  return kind && words.some((word) => !KIND_WORDS.has(word) && !DESCRIBING.has(word.toLowerCase()));
}

/**
 * An outlet the index does not hold, named after a form of asking ("questions from The Straits Times",
 * "asked by Channel NewsAsia"): a run of capitalised words with a word that says it is a newsroom
 * (`OUTLET_KIND_WORDS`). Read as the filter, so that the answer says the index holds no such outlet:
 * searched as words, "Straits" found the Taiwan Strait and "Times" the Global Times' questions.
 */
function unheldAskerIntent(query: string, masked: string): AskerIntent | null {
  const unheld = (found: RegExpExecArray): AskerIntent => {
    const run = found.groups!.outlets!;
    // "The Times" keeps its article: without it, "Times" is a word of Global Times' name, and the filter found its questions.
    const outlet = /^the\s+\S+$/i.test(run) ? run : run.replace(/^the\s+/i, '');
    return { query: withoutForm(query, found), outlets: [outlet], written: query.slice(found.index, found.index + found[0].length).trim(), unheld: true };
  };
  const named = UNHELD_NAMED.exec(masked);
  if (named) return unheld(named);
  const found = UNHELD_FORM.exec(masked);
  if (found && namesANewsroom(found.groups!.outlets!)) return unheld(found);
  // "What did Fox News ask Mao Ning …": had been searched as words, "No exchange in the index says “Ning”" (hunt-K #5).
  const asked = UNHELD_ASKED.exec(masked);
  if (asked && (namesANewsroom(asked.groups!.outlets!) || NAMED_WITHOUT_KIND_WORD.has(asked.groups!.outlets!.replace(/^the\s+/i, '').toLowerCase()))) return unheld(asked);
  // In lower case, only a name that ends the question and a masthead's word ("the straits times"): "questions from foreign media on Xinjiang" keeps its words.
  const atEnd = UNHELD_FORM_AT_END.exec(masked);
  if (atEnd && atEnd.groups!.outlets!.split(/\s+/).length >= 2 && MASTHEAD_LAST.has(atEnd.groups!.outlets!.split(/\s+/).at(-1)!.toLowerCase())) return unheld(atEnd);
  return null;
}

/**
 * Chinese: an outlet the index holds under a Chinese name, before a word of asking ("彭博社问华为",
 * "路透社记者问香港", "路透社记者提问香港"), or heading a question that ends in one ("路透社记者关于香港的提问",
 * "路透社记者就香港提问"): searched as words, "路透社记者关于香港的提问" found Reuters' questions on
 * anything, one of 21 on Hong Kong. Not an outlet that is the topic ("路透社记者被驱逐", "环球时报社评").
 */
const ASKING_ZH = '(?:问了|问到|问及|提问|询问|发问|问)';
/** Who asked, as the pages write the turn: the outlet, maybe "的" and "记者". */
const REPORTER_ZH = String.raw`\s*(?:的\s*)?(?:记者\s*)?`;
/** What was asked, ending the question ("问华春莹什么", "问了些什么"). */
const ASKED_WHAT_ZH = /\s*(?:了)?(?:些)?(?:什么|哪些问题)[\s?？。!！]*$/u;
/** The question's end, in a word of asking ("…的提问", "就…提问", "…的问题" after the outlet heading it). */
const ASKED_AT_END_ZH = /(?:的\s*)?(?:提问|发问|问题)[\s?？。!！]*$/u;
/**
 * The outlet's reporter heading the question, set apart from the rest ("法新社记者 台湾", "路透社记者：香港",
 * "彭博社记者" alone), as the pages head the turn: who asked. Not joined to what follows ("路透社记者被驱逐",
 * the topic). Searched as words, "法新社记者 台湾" missed both of AFP's questions on Taiwan (hunt-H #3).
 */
const REPORTER_APART_ZH = String.raw`\s*(?:的\s*)?记者(?:\s*[:：,，、]\s*|\s+|$)`;
/** Answering the outlet's reporter, before the outlet ("华春莹回答路透社的问题", "如何回答路透社关于香港的提问"). */
const ANSWERING_ZH = '(?:(?:如何|怎么|怎样)\\s*)?(?:回答|答复|回应)(?:了)?\\s*';
/** Of the question answered, after the outlet: its topic's opening word ("关于香港", "就香港"), and its end ("的提问", "的问题"). */
const ANSWERED_OPENING_ZH = /^(?:关于|就(?!业))\s*/u;
const ANSWERED_END_ZH = /\s*(?:的\s*)?(?:提问|问题)[\s?？。!！]*$/u;
const chineseCompiled = new WeakMap<readonly string[], { before: RegExp; answered: RegExp; heading: RegExp; reporter: RegExp; names: ReadonlyMap<string, string> } | null>();

function chineseAskerIntent(query: string, masked: string, outlets: readonly string[]): AskerIntent | null {
  let patterns = chineseCompiled.get(outlets);
  if (patterns === undefined) {
    // Chinese desks write some outlets in Latin letters ("NHK的提问", "PTI记者问"), and others by a
    // name of the table's the pages do not use ("日经新闻"): read as the filter reads them, both languages' questions.
    const chinese = outlets.filter(hasCjk);
    const written = [...new Set([...chinese, ...chineseOutletNames(chinese), ...englishOutletNames(outlets)])].sort((a, b) => b.length - a.length);
    const outlet = String.raw`(?<![\p{Script=Latin}\p{N}])(?<outlet>${written.map(escapeRegExp).join('|')})(?![\p{Script=Latin}\p{N}])`;
    // In any case: a phone types "nhk的提问" as readily as NHK (Han characters have none).
    patterns = chinese.length === 0 ? null : {
      before: new RegExp(`${outlet}${REPORTER_ZH}${ASKING_ZH}`, 'iu'),
      answered: new RegExp(`${ANSWERING_ZH}${outlet}${REPORTER_ZH}`, 'iu'),
      heading: new RegExp(`^\\s*(?:请问\\s*)?${outlet}${REPORTER_ZH}`, 'iu'),
      reporter: new RegExp(`^\\s*(?:请问\\s*)?${outlet}${REPORTER_APART_ZH}`, 'iu'),
      names: new Map(written.map((name) => [name.toLowerCase(), name])),
    };
    chineseCompiled.set(outlets, patterns);
  }
  if (!patterns) return null;
  const { names } = patterns;
  // The outlet a match names, as the index or the table writes it.
  const outletOf = (m: RegExpExecArray): string[] => [names.get(m.groups!.outlet!.toLowerCase()) ?? m.groups!.outlet!];
  const answered = patterns.answered.exec(masked);
  const answeredEnd = answered ? query.slice(answered.index + answered[0].length).trim() : '';
  // Only of a question ending in the question answered: "回应路透社的报道" is of Reuters' report, a topic.
  if (answered && (ANSWERED_END_ZH.test(answeredEnd) || ASKED_WHAT_ZH.test(answeredEnd))) {
    // "华春莹回答了路透社哪些问题": her answers to Reuters, the rest the topic ("关于香港的提问": 香港); it had been searched as words (hunt-M #6).
    const end = answered.index + answered[0].length;
    const after = answeredEnd.replace(ANSWERED_OPENING_ZH, '').replace(ASKED_WHAT_ZH, '').replace(ANSWERED_END_ZH, '');
    const rest = `${query.slice(0, answered.index)} ${after}`.replace(/\s+/g, ' ').trim();
    return { query: rest, outlets: outletOf(answered), written: query.slice(answered.index, end).trim() };
  }
  const before = patterns.before.exec(masked);
  if (before) {
    const end = before.index + before[0].length;
    // "路透社问华春莹什么": what they asked her is what she said, no "什么" of a topic (hunt-M #6).
    const rest = `${query.slice(0, before.index)} ${query.slice(end)}`.replace(/\s+/g, ' ').trim().replace(ASKED_WHAT_ZH, '');
    return { query: rest, outlets: outletOf(before), written: query.slice(before.index, end) };
  }
  const heading = patterns.heading.exec(masked);
  const ending = heading ? ASKED_AT_END_ZH.exec(masked) : null;
  if (heading && ending && ending.index >= heading[0].length) {
    // "就香港提问": 就 ("on") opens the topic, and is no word of it (就业, employment, is).
    // "向华春莹提的问题": to whom, and the word of putting it, are no words of a topic either (hunt-M #6).
    const rest = query.slice(heading[0].length, ending.index).replace(/\s+/g, ' ').trim().replace(/^就(?!业)\s*/u, '').replace(/^(?:向|对)\s*/u, '').replace(/\s*提(?:了|出)?(?:哪些)?$/u, '');
    return { query: rest, outlets: outletOf(heading), written: `${query.slice(0, heading[0].length)}…${query.slice(ending.index)}`.trim() };
  }
  const reporter = patterns.reporter.exec(masked);
  return reporter ? { query: query.slice(reporter[0].length).trim(), outlets: outletOf(reporter), written: query.slice(0, reporter[0].length).trim() } : null;
}

/**
 * The outlets a list as typed names, each as the index or the table writes it; null when one is
 * none ("abc" in lower case: a short form is read in capitals only).
 */
function outletsIn(list: string, patterns: Patterns): Pick<AskerIntent, 'outlets' | 'ambiguous'> | null {
  const outlets: string[] = [];
  const ambiguous: NonNullable<AskerIntent['ambiguous']> = [];
  for (const match of list.matchAll(patterns.one)) {
    const typed = match.groups!.outlet!;
    // Without the words added after the name, the last first: "Kyodo News Agency" is Kyodo News.
    let each = outletsNamedBy(typed, patterns);
    for (let name = typed; !each && patterns.added.test(name);) each = outletsNamedBy((name = name.replace(patterns.added, '')), patterns);
    if (!each) return null;
    if (each.length > 1) ambiguous.push({ written: typed, outlets: each });
    for (const outlet of each) if (!outlets.includes(outlet)) outlets.push(outlet);
  }
  if (outlets.length === 0) return null;
  return { outlets, ...(ambiguous.length > 0 ? { ambiguous } : {}) };
}

/**
 * The outlets one name as typed names: the index's or the table's name; capitals that begin one or
 * more of them ("ABC"); a name without the word for newspaper its desk leaves off ("Asahi").
 */
function outletsNamedBy(typed: string, patterns: Patterns): string[] | null {
  const named = patterns.names.find((o) => comparable(o) === comparable(typed) || comparable(o) === `the ${comparable(typed)}`)
    ?? patterns.leftOff.get(comparable(typed));
  return named ? [named] : patterns.shortForms.get(typed) ?? null;
}

const comparable = (name: string): string => name.toLowerCase().replace(/’/g, "'").replace(/[\s-]+/g, ' ');

/**
 * A pattern per form over every English outlet of the index, the table's other spellings of it
 * ("Agence France-Presse" beside AFP, "SCMP") and the short forms of its names ("ABC"), longest
 * first ("Reuters TV" before "Reuters"), a hyphen written as a space too; built once per list.
 */
function patternsFor(outlets: readonly string[]): Patterns {
  let built = compiled.get(outlets);
  if (!built) {
    const names = englishOutletNames(outlets);
    const shortForms = shortFormsOf(outlets.filter((o) => names.includes(o)), names);
    const leftOff = leftOffForms(names);
    const spelled = (o: string): string => escapeRegExp(o).replace(/['’]/g, "['’]").replace(/[\s-]+/g, String.raw`[\s-]+`);
    const written = [...new Set([...names.map((o) => o.replace(/^the\s+/i, '')), ...shortForms.keys(), ...[...leftOff.values()].map(withoutLeftOff)])]
      .sort((a, b) => b.length - a.length)
      .map(spelled);
    const addedWords = `(?:${ADDED_AFTER_A_NAME.map(spelled).join('|')})`;
    const one = `${OPTIONAL_THE}(?:${written.join('|')})(?:\\s+${addedWords}){0,2}`;
    const list = `(?<outlets>${one}(?:${JOINED}${one}){0,${MOST_JOINED - 1}})`;
    const possessed = `(?<outlets>${one}(?:${POSSESSIVE}?${JOINED}${one}){0,${MOST_JOINED - 1}})`;
    const bounded = (form: string): RegExp => new RegExp(String.raw`(?<![\p{L}\p{N}])${form}(?![\p{L}\p{N}])`, 'iu');
    const forms = written.length === 0 ? [] : FORMS.map((form) => bounded(form.replace('{outlets}', list).replace('{possessed}', possessed)));
    built = {
      forms,
      one: new RegExp(String.raw`(?<![\p{L}\p{N}])${OPTIONAL_THE}(?<outlet>(?:${written.join('|')})(?:\s+${addedWords}){0,2})(?![\p{L}\p{N}])`, 'giu'),
      names,
      shortForms,
      leftOff,
      added: new RegExp(String.raw`\s+(?:${ADDED_AFTER_A_NAME.join('|')})$`, 'iu'),
    };
    compiled.set(outlets, built);
  }
  return built;
}

const LEFT_OFF = new RegExp(String.raw`\s+(?:${LEFT_OFF_A_NAME.join('|')})$`, 'iu');
const withoutLeftOff = (name: string): string => name.replace(LEFT_OFF, '');

/**
 * The names ending in a word for newspaper its desk leaves off ("Asahi Shimbun"), by what is left
 * ("asahi", comparable), where that is no other outlet's name.
 */
function leftOffForms(names: readonly string[]): Map<string, string> {
  const taken = new Set(names.map(comparable));
  const forms = new Map<string, string>();
  for (const name of names) {
    const left = withoutLeftOff(name);
    if (left !== name && !taken.has(comparable(left))) forms.set(comparable(left), name);
  }
  return forms;
}

/**
 * The capitals that begin the index's English outlets' names and are no name of their own ("ABC"
 * of "ABC Australia" and "ABC Spanish Daily Newspaper"), each with one name per outlet they begin:
 * names the table gives to one outlet ("Bloomberg", "Bloomberg News") count once.
 */
function shortFormsOf(english: readonly string[], names: readonly string[]): Map<string, string[]> {
  const taken = new Set(names.map(comparable));
  const forms = new Map<string, string[]>();
  for (const name of english) {
    const first = name.split(/\s+/)[0]!;
    if (!SHORT_FORM.test(first) || first === name || taken.has(comparable(first))) continue;
    const outlets = forms.get(first) ?? [];
    if (!outlets.some((other) => sameTableOutlet(other, name))) outlets.push(name);
    forms.set(first, outlets);
  }
  return forms;
}
