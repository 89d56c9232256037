// Not from coverage.ts, which reads dates with month.ts, which reads words with this module.
import { yearsIn } from './years-named.js';
import type { LexicalMatch } from './lexical.js';

/**
 * The relevance rule for lexical matches: whether the query's topic is in the corpus at all, and
 * which records count as answering it. It keeps two promises at once, measured by `npm run eval`
 * on both halves of eval/ (figures in eval/README.md): a topic the corpus never discusses comes
 * back empty, and a topic it does discuss is never answered with nothing, nor cut to one or two
 * records when more discuss it.
 *
 * 1. Weights. Each informative query term weighs its idf. A term the corpus never uses weighs as
 *    much as the query's rarest known term, never more: an unknown word ("decertifies") cannot veto
 *    the known ones, yet still counts, so a query mostly of unknown words is mostly unmatched.
 * 2. Coverage. A record passes when the query terms it contains carry more than `minTermCoverage`
 *    (a half) of the query's weight. "Peng" alone covers exactly half of "Peng Shuai": not enough.
 *    When the query writes names the corpus uses (capitalised: "Canada", "Taiwan"), the record must
 *    hold one of them too (`namesNeeded`): "row" outweighs "Canada" in "China Canada row", and the
 *    transcripts say "row" only in "in a row". A name of a qualifier and a name ("North Macedonia",
 *    "West Bank") is held with both its words: "North" alone is in "North Africa". The question's
 *    first word counts only when it is a listed name ("Taiwan polls", "Hong Kong protests", not
 *    "Tensions in the south china sea"); Beijing never does (`names-written.ts`).
 * 3. Floor. When fewer than `minResults` records pass, the best BM25 matches covering at least
 *    `floorCoverage` are added up to `minResults` ("the killing of Jamal Khashoggi" keeps the
 *    exchanges that only say "Khashoggi"; a paraphrase keeps its partial matches; in Chinese, only
 *    those that hold one of the question's words whole: `floorWords`). With `nameOfTopicNeeded`
 *    (off), when a name the query writes is its rarest word, they must hold one (as the records the
 *    feedback adds must): "the strongest words China used about Lithuania" is then answered with the
 *    exchanges on Lithuania, not with strong words on Hong Kong. Off because a paraphrase may name a
 *    detail the transcripts name otherwise (a city for its country, "Yang Hengjun" for "Yang Jun"):
 *    it cost the tuning half's paraphrase P@5 0.632 → 0.606 (0.581 for every name). No floor at
 *    all when the query looks like a topic the corpus lacks: unknown words carry at least `floorKnownShare` of
 *    its weight, or it names (a capitalised word: "AUKUS", "Evergrande", "Nord Stream"; a Chinese
 *    word with a character no record holds beside its neighbours: 韩国瑜, `chinese-words.ts`) something
 *    the corpus never uses.
 * 4. Years. A query that names a year (the latest, when it names several) asks about something of
 *    that year or later: a briefing held before it answers only when it names that year itself
 *    ("the 2022 Winter Olympics" was discussed from 2018 on). "Nancy Pelosi's 2022 visit to
 *    Taiwan" is not answered with her 2019 remarks on Hong Kong, and the span searched says why.
 *    A year ranks but does not count towards rule 2: "2022" in an unrelated exchange must not
 *    admit it.
 * 5. Described names. When the query's words are too weak on their own (fewer than `minResults`
 *    records pass rule 2) and describe a listed name without writing it ("the Hong Kong media tycoon
 *    arrested": `descriptions.ts`), a record that holds the name passes as if the user had typed it.
 *
 * 6. Reporters' words. A record that holds only the transcripts' word for one the user typed
 *    ("sanctions" for "penalising": `reporter-words.ts`) gets `standInShare` of the typed word's weight.
 * 7. Names joined. A topic that is only names joined ("Japan and South Korea", `joined-names.ts`) is
 *    answered by a record naming any of them: weighed together, the rarer name carried more than half
 *    the weight, and exchanges naming only Japan were left out. A name joined that no record writes
 *    is left out of the weights where another is written: "Arctic and Greenland" is the Arctic's
 *    exchanges, and the answer says none names Greenland (`unwrittenJoinedNames`, lexical-ranking.ts).
 *
 * What it cannot do: a never-discussed event described only in words the corpus uses, with no year
 * ("the assassination of Shinzo Abe", "the end of dynamic zero-COVID policy"), looks to a lexical rule like a
 * paraphrase of a discussed one; tightening the floor for them empties as many real topics
 * (measured: eval/README.md).
 */
export interface GateSettings {
  minTermCoverage: number;
  floorCoverage: number;
  minResults: number;
  /** The floor applies only when known terms carry more than this share of the query's weight. */
  floorKnownShare: number;
  /** No floor when the query names something the corpus never uses. */
  noFloorForUnknownNames: boolean;
  /** A record holding none of the names the query writes (that the corpus uses) does not pass rule 2. */
  namesNeeded: boolean;
  /**
   * Where a name is the query's rarest word, the floor's and the feedback's additions must hold it
   * (`aboutAName`). Measured and off: see "the strongest words China used about Lithuania" in eval/README.md.
   */
  nameOfTopicNeeded: boolean;
}

export interface QueryWeights {
  /** Informative query term → weight. */
  weight: Map<string, number>;
  total: number;
  /** Share of the total carried by terms the corpus uses. */
  knownShare: number;
  /** The query names something (a capitalised word) the corpus never uses. */
  unknownName: boolean;
  /**
   * The names the query writes that the corpus uses (capitalised words, `names-written.ts`), each as
   * the informative terms a record must hold all of: ["canada"], ["north", "macedonia"].
   */
  names?: readonly (readonly string[])[];
  /**
   * The query is about a name it writes (`aboutAName`): the records the floor or the feedback adds
   * must hold it (rule 3). Not set for a query with a quoted phrase, which every record must hold as written.
   */
  aboutName?: boolean;
  /** The index terms of the name the query describes (rule 5); empty when it describes none. */
  described?: readonly string[];
  /** The Ministry's words searched for the user's (`reporter-words.ts`), by term: the user's term each stands for. */
  standIns?: ReadonlyMap<string, { readonly user: string }>;
  /** Share of the user's term's weight a record holding only its stand-in gets. */
  standInShare?: number;
  /**
   * Names joined that are the whole topic ("Japan and South Korea": rule 7), each as its terms: a
   * record's share is that of the name it holds most of, so either one alone passes.
   */
  either?: readonly (readonly string[])[];
  /**
   * The terms of each word a Chinese question types, in order (`chinese-words.ts`): a record the
   * floor (rule 3) adds must hold terms of one of them that take in each of its characters. Its terms
   * are two characters each, and one of them is no word of the user's: 刘晓波's 刘晓 begins 刘晓明 (an
   * ambassador), and held alone it added his exchanges to the one on Liu Xiaobo; 台湾大选's 台湾 and
   * 大选 do take in every character. Absent for an English question, whose terms are its words.
   */
  floorWords?: readonly (readonly string[])[];
}

export function weighQueryTerms(
  terms: readonly string[],
  documentFrequency: (t: string) => number,
  idf: (t: string) => number,
  names: ReadonlySet<string> = new Set(),
): QueryWeights {
  const known = terms.filter((t) => documentFrequency(t) > 0);
  const unknownName = terms.some((t) => documentFrequency(t) === 0 && names.has(t));
  if (known.length === 0) return { weight: new Map(), total: 0, knownShare: 0, unknownName };
  const rarestKnown = Math.max(...known.map(idf));
  const weight = new Map(terms.map((t) => [t, documentFrequency(t) > 0 ? idf(t) : rarestKnown]));
  const total = [...weight.values()].reduce((a, b) => a + b, 0);
  const knownWeight = known.reduce((sum, t) => sum + weight.get(t)!, 0);
  return { weight, total, knownShare: knownWeight / total, unknownName };
}

/** Whether a match holds every term of the name the query describes (rule 5). */
function holdsDescribedName(matched: readonly string[], q: QueryWeights): boolean {
  return q.described !== undefined && q.described.length > 0 && q.described.every((t) => matched.includes(t));
}

/** Whether the floor may add a match: it holds a word of a Chinese question, every character of it (`floorWords`), or the question is not one. */
function holdsFloorWord(matched: readonly string[], q: QueryWeights): boolean {
  if (!q.floorWords) return true;
  return q.floorWords.some((terms) => {
    // Term i holds characters i and i + 1 of the word: each character needs the term before it or its own.
    const held = terms.map((t) => matched.includes(t));
    for (let c = 0; c <= terms.length; c++) if (!held[c - 1] && !held[c]) return false;
    return true;
  });
}

/** Whether a match holds one of the names the query writes (each of its words), or the query writes none (or the rule is off). */
export function holdsNamesAsked(matched: readonly string[], q: QueryWeights, s: GateSettings): boolean {
  if (!s.namesNeeded || !q.names || q.names.length === 0) return true;
  return q.names.some((name) => name.every((t) => matched.includes(t)));
}

/**
 * Whether the query is about a name it writes: the name carries its greatest weight (it is the
 * rarest word asked: "the strongest words China used about Lithuania").
 */
export function aboutAName(q: QueryWeights): boolean {
  return topicNames(q).length > 0;
}

/** The names the query writes that carry its greatest weight (`aboutAName`), each as its terms; none when it is about no name. */
export function topicNames(q: QueryWeights): readonly (readonly string[])[] {
  if (!q.names || q.names.length === 0) return [];
  const top = Math.max(...q.weight.values());
  return q.names.filter((name) => name.some((t) => (q.weight.get(t) ?? 0) >= top - EPSILON));
}

/** Whether a match holds the name a query is about (rule 3), or the query is about none. */
function holdsTopicName(matched: readonly string[], q: QueryWeights, s: GateSettings): boolean {
  return !q.aboutName || holdsNamesAsked(matched, q, s);
}

/**
 * Whether a match reached by other words (feedback's, `feedback.ts`) may answer a query about a name
 * it writes: it holds that name, or the name the query's words describe (rule 5), as the matches the
 * rule admits do. Any match may answer another query.
 */
export function holdsNameOfQuery(matched: readonly string[], q: QueryWeights, s: GateSettings): boolean {
  return holdsTopicName(matched, q, s) || holdsDescribedName(matched, q);
}

/** Share of the query's weight carried by the query terms a match contains; of names joined (rule 7), of the name it holds most of. */
export function coverage(match: { readonly matched: readonly string[] }, q: QueryWeights): number {
  if (q.either) return Math.max(...q.either.map((name) => shareOf(match.matched, name, q.weight)));
  let sum = 0;
  let stoodIn: Set<string> | undefined;
  for (const t of match.matched) {
    const w = q.weight.get(t);
    if (w !== undefined) {
      sum += w;
      continue;
    }
    const user = q.standIns?.get(t)?.user;
    if (user === undefined || !q.standInShare || match.matched.includes(user) || stoodIn?.has(user)) continue;
    (stoodIn ??= new Set()).add(user);
    sum += (q.weight.get(user) ?? 0) * q.standInShare;
  }
  return q.total > 0 ? sum / q.total : 0;
}

/** The share of one name's weight (its terms') that `matched` holds. */
function shareOf(matched: readonly string[], name: readonly string[], weight: ReadonlyMap<string, number>): number {
  let held = 0;
  let all = 0;
  for (const t of name) {
    const w = weight.get(t) ?? 0;
    all += w;
    if (matched.includes(t)) held += w;
  }
  return all > 0 ? held / all : 0;
}

const EPSILON = 1e-9;

/** The matches that pass (rule above), in their given (BM25) order. */
export function admit<M extends Pick<LexicalMatch, 'matched'>>(matches: readonly M[], q: QueryWeights, s: GateSettings): M[] {
  if (q.total === 0) return [];
  const epsilon = EPSILON;
  // Matches with the same terms share one `matched` list (lexical.ts): its coverage is worked out once.
  const shares = new Map<readonly string[], number>();
  const shareOf = (m: M): number => {
    let share = shares.get(m.matched);
    if (share === undefined) shares.set(m.matched, (share = coverage(m, q)));
    return share;
  };
  const passing = new Uint8Array(matches.length);
  let passed = 0;
  matches.forEach((m, i) => {
    if ((shareOf(m) > s.minTermCoverage + epsilon && holdsNamesAsked(m.matched, q, s)) || holdsDescribedName(m.matched, q)) {
      passing[i] = 1;
      passed++;
    }
  });
  if (passed < s.minResults && floorApplies(q, s)) {
    for (let i = 0; i < matches.length && passed < s.minResults; i++) {
      if (passing[i] === 0 && floorTakes(shareOf(matches[i]!), matches[i]!.matched, q, s)) {
        passing[i] = 1;
        passed++;
      }
    }
  }
  return matches.filter((_, i) => passing[i] === 1);
}

/** Whether rule 3's floor applies to the query at all: not to one that looks like a topic the corpus lacks. */
function floorApplies(q: QueryWeights, s: GateSettings): boolean {
  return q.knownShare > s.floorKnownShare + EPSILON && !(s.noFloorForUnknownNames && q.unknownName);
}

/** Whether the floor takes a match holding these terms, of this share of the query's weight, where it applies. */
function floorTakes(share: number, matched: readonly string[], q: QueryWeights, s: GateSettings): boolean {
  return share >= s.floorCoverage - EPSILON && holdsTopicName(matched, q, s) && holdsFloorWord(matched, q);
}

/**
 * Whether `admit` keeps a match holding these terms by rule 2, or its floor may add it (rule 3): of
 * the matches that do, the floor adds the best, and those passing on their own are kept. What `admit`
 * keeps is in the best `minResults` of them and those passing alone (`passesAlone`), and only these
 * need be filtered and listed (lexical-ranking.ts).
 */
export function keptOrFloored(matched: readonly string[], q: QueryWeights, s: GateSettings): boolean {
  return passesAlone(matched, q, s) || (floorApplies(q, s) && floorTakes(coverage({ matched }, q), matched, q, s));
}

/**
 * Whether `admit` could keep a match holding these terms (by rule 2 or by the floor): one that
 * cannot may be left out of the matches given to `admit` without changing what it keeps.
 */
export function mayAdmit(matched: readonly string[], q: QueryWeights, s: GateSettings): boolean {
  if (q.total === 0) return false;
  const share = coverage({ matched }, q);
  return (share > s.minTermCoverage + EPSILON && holdsNamesAsked(matched, q, s)) || (share >= s.floorCoverage - EPSILON && holdsTopicName(matched, q, s)) || holdsDescribedName(matched, q);
}

/**
 * Whether a match holding these terms passes rule 2 on its own. When at least `minResults` matches
 * do, the floor does not apply and `admit` keeps exactly them: the others need not be listed.
 */
export function passesAlone(matched: readonly string[], q: QueryWeights, s: GateSettings): boolean {
  return q.total > 0 && ((coverage({ matched }, q) > s.minTermCoverage + EPSILON && holdsNamesAsked(matched, q, s)) || holdsDescribedName(matched, q));
}

/** An index term that is a year as `yearsIn` reads them. */
export function isYearTerm(term: string): boolean {
  return /^\d{4}$/.test(term) && yearsIn(term).length === 1;
}

/** The year rule 4 reads in a query (the latest it names), or null. */
export function yearOfRule(query: string): number | null {
  const years = yearsIn(query);
  return years.length === 0 ? null : Math.max(...years);
}

/**
 * Rule 4 for one query: whether a record (its date, and its text when that is needed) can answer
 * it; null when the query names no year. The latest year named counts.
 */
export function yearRule(query: string): ((date: string, text: () => string) => boolean) | null {
  const year = yearOfRule(query);
  if (year === null) return null;
  const named = new RegExp(`\\b${year}\\b`);
  return (date, text) => Number(date.slice(0, 4)) >= year || named.test(text());
}
