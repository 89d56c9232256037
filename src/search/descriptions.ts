import { termsOf } from './terms.js';

/**
 * Names a query describes without writing them. Reporters often describe what they cannot spell or
 * do not remember ("the Hong Kong media tycoon arrested"); the transcripts name it (Jimmy Lai).
 * `described-names.ts` holds a reviewed description of each name the corpus uses more than once.
 * The engine asks here only when the query's own words find too few records (`engine.ts`), and
 * searches the name given as one more word of the query (rule 5 of `gate.ts`).
 *
 * A description is matched on the query's informative terms, weighed as the relevance rule weighs
 * them, times how few descriptions use the word ("leader", "island" tell little). It must hold at
 * least two of them, one at least not a word of a listed name the user typed ("Gui Minhai" is not a
 * description of Sweden, whose description names him), and those it holds must carry at least
 * `describedCoverage` of the query's weight. The best must beat every other name's by
 * `describedMargin`: when two things fit about as well, the query does not say which it means, and
 * no name is taken, unless they are forms of one name ("Lai", "Jimmy Lai"), whose shared words are.
 * A name whose terms the query already holds is not given: the user named it. Nor is one whose
 * description and name leave out a country the query names (`countriesNamed`, each as the terms of a
 * name rule 2 of gate.ts reads): the query is about that country, and the description of something
 * else. "Ethiopian Airlines crash Boeing 737 MAX" was read as China Eastern Airlines (its Boeing claim),
 * "Natuna Islands Indonesia fishing" as the Xisha Islands, "Japan export curbs on South Korea" as
 * China's customs. Of every name the query writes, not only countries, paraphrases lost names they
 * described ("London's departure from the European bloc"): tuning half's paraphrase P@5 0.632 → 0.626;
 * so did a continent or a union ("the jailed Uyghur economist who won a European Parliament … award").
 */
export interface DescriptionSettings {
  /** Least share of the query's weight a description must hold (0 turns descriptions off). */
  describedCoverage: number;
  /** Weight of a described name in the search, shared by its words; each of the user's words weighs 1. */
  describedWeight: number;
  /** The best description must hold this many times the share of the next (of another name), or none is taken. */
  describedMargin: number;
  /**
   * Records holding every word the user wrote rank before those the described name brought in: the
   * name stands in for words that find too few records, not for the records they do find.
   */
  describedAfterAllWords: boolean;
}

export interface DescribedName {
  /** As listed: "Jimmy Lai". */
  name: string;
  /** Its index terms to search; of forms of one name, the terms they share. */
  terms: string[];
}

interface Entry {
  /** The name as listed. */
  label: string;
  /** The name's index terms (no bare numbers: "COVID-19" is "covid"). */
  name: string[];
  description: ReadonlySet<string>;
}

export class DescribedNames {
  private entries: Entry[] | null = null;
  /** Term → the entries whose description holds it. */
  private readonly byTerm = new Map<string, number[]>();
  /** Term → the entries whose name holds it. */
  private readonly byName = new Map<string, number[]>();

  constructor(private readonly list: readonly (readonly [name: string, description: string])[]) {}

  /** Builds the entries now, off a question's path (a bot waiting for its first: `SearchEngine.warm`). */
  warm(): void {
    this.built();
  }

  /** Built on the first query: a bot that answers none pays nothing. */
  private built(): Entry[] {
    if (this.entries) return this.entries;
    this.entries = [];
    for (const [name, description] of this.list) {
      const nameTerms = termsOf(name).filter((t) => !/^\d+$/.test(t));
      if (nameTerms.length === 0) continue;
      const terms = new Set(termsOf(description));
      const at = this.entries.push({ label: name, name: nameTerms, description: terms }) - 1;
      for (const t of terms) listUnder(this.byTerm, t, at);
      for (const t of new Set(nameTerms)) listUnder(this.byName, t, at);
    }
    return this.entries;
  }

  /** The entries whose whole name the query holds: the names the user typed. */
  private namedIn(weight: ReadonlyMap<string, number>): Set<number> {
    const entries = this.built();
    const found = new Set<number>();
    for (const term of weight.keys()) {
      for (const at of this.byName.get(term) ?? []) if (entries[at]!.name.every((t) => weight.has(t))) found.add(at);
    }
    return found;
  }

  /**
   * The name the query describes, as listed (the best fitting form) and as the index terms to search;
   * null for none. `weight` maps the query's informative terms to their weights (`QueryWeights.weight`).
   */
  describedBy(weight: ReadonlyMap<string, number>, s: DescriptionSettings, countriesNamed: readonly (readonly string[])[] = []): DescribedName | null {
    if (s.describedCoverage <= 0 || weight.size < 2) return null;
    const entries = this.built();
    // A word many descriptions use ("leader", "island") tells less which one is meant.
    const specific = new Map<string, number>();
    let total = 0;
    for (const [term, w] of weight) {
      const weighed = w * Math.log(1 + entries.length / (1 + (this.byTerm.get(term)?.length ?? 0)));
      specific.set(term, weighed);
      total += weighed;
    }
    if (total <= 0) return null;
    const named = this.namedIn(weight);
    // The words of a listed name the user typed are that name, not a description of another thing:
    // "Gui Minhai" is not a description of Sweden, whose description names him.
    const typed = new Set([...named].flatMap((at) => entries[at]!.name));
    const held = new Map<number, { share: number; terms: number; described: boolean }>();
    for (const term of weight.keys()) {
      for (const at of this.byTerm.get(term) ?? []) {
        const h = held.get(at) ?? { share: 0, terms: 0, described: false };
        h.share += specific.get(term)! / total;
        h.terms++;
        h.described ||= !typed.has(term);
        held.set(at, h);
      }
    }
    const namesEach = (entry: Entry): boolean => countriesNamed.every((name) => name.every((t) => entry.description.has(t) || entry.name.includes(t)));
    const candidates = [...held]
      .filter(([at, h]) => h.terms >= 2 && h.described && !named.has(at) && namesEach(entries[at]!))
      .sort((a, b) => b[1].share - a[1].share || a[0] - b[0]);
    if (candidates.length === 0 || candidates[0]![1].share < s.describedCoverage - 1e-9) return null;
    const best = candidates[0]![1].share;
    const close = candidates.filter(([, h]) => h.share * s.describedMargin >= best - 1e-9).map(([at]) => entries[at]!);
    // Forms of one name ("Lai", "Jimmy Lai") come close together: the words they share are searched,
    // and the fullest form is the name shown.
    const shared = close[0]!.name.filter((t) => close.every((e) => e.name.includes(t)));
    if (shared.length === 0) return null;
    const fullest = close.reduce((a, b) => (b.name.length > a.name.length ? b : a));
    return { name: fullest.label, terms: shared };
  }
}

function listUnder(map: Map<string, number[]>, key: string, at: number): void {
  const list = map.get(key);
  if (list) list.push(at);
  else map.set(key, [at]);
}
