import { termSequence } from './terms.js';

/**
 * The words a reporter types where the transcripts use another ("blasts" for "explosions", "firms"
 * for "companies"): reviewed data (`reporter-words-data.ts`), read at query time only. A reporter's
 * word is searched as itself and, at a fraction of its weight, as the Ministry's word it stands for.
 */
export interface ReporterWordSettings {
  /** Weight of a Ministry's word in the search, against 1 for the user's word it stands for (0 turns them off). */
  reporterWordWeight: number;
  /** Share of the user's word's weight in the relevance rule that a record holding only the Ministry's word gets (0: none). */
  reporterWordCoverage: number;
  /** A stand-in is searched only when the user's word is in fewer than this many times the records of the Ministry's. */
  reporterWordRarity: number;
}

/** Ministry's word → the reporter's words for it, as listed. */
export type ReporterWordList = Readonly<Record<string, readonly string[]>>;

/** One reporter's word or phrase for a Ministry's word, as index terms. */
export interface Alternative {
  /** The reporter's words as index terms, in order (one or more). */
  terms: string[];
  /** The Ministry's word as an index term. */
  ministry: string;
  /** The Ministry's word as listed ("sanctions"), for saying what was searched. */
  word: string;
}

/** A Ministry's word searched for a user's. */
export interface StandIn {
  /** The user's index term it stands for. */
  user: string;
  /** As listed: "sanctions". */
  word: string;
}

/** The list's alternatives as index terms, those the search can use (a whole phrase, not the Ministry's own word). */
export function listedAlternatives(list: ReporterWordList): Alternative[] {
  const found: Alternative[] = [];
  for (const [word, alternatives] of Object.entries(list)) {
    const ministry = termSequence(word);
    if (ministry.length !== 1) continue;
    for (const alternative of alternatives) {
      const terms = termSequence(alternative);
      // A phrase that loses a word to the stop list ("step down") would match more than it says.
      if (terms.length !== alternative.split(/[\s-]+/).length) continue;
      if (terms.length === 0 || (terms.length === 1 && terms[0] === ministry[0])) continue;
      found.push({ terms, ministry: ministry[0]!, word });
    }
  }
  return found;
}

export class ReporterWords {
  private readonly byFirstTerm = new Map<string, Alternative[]>();

  /** The words of `list`, or its alternatives already worked out (`listedAlternatives`). */
  constructor(list: ReporterWordList | readonly Alternative[]) {
    for (const entry of Array.isArray(list) ? list : listedAlternatives(list as ReporterWordList)) {
      const listed = this.byFirstTerm.get(entry.terms[0]!);
      if (listed) listed.push(entry);
      else this.byFirstTerm.set(entry.terms[0]!, [entry]);
    }
  }

  /**
   * The Ministry's words for the reporter's words of a query, by the Ministry's index term; each
   * stands for the first of the reporter's terms that the query holds. Terms the query already holds
   * are left out.
   */
  standIns(text: string, userTerms: ReadonlySet<string>): Map<string, StandIn> {
    const sequence = termSequence(text);
    const found = new Map<string, StandIn>();
    sequence.forEach((term, i) => {
      for (const alt of this.byFirstTerm.get(term) ?? []) {
        if (!alt.terms.every((t, j) => sequence[i + j] === t)) continue;
        if (userTerms.has(alt.ministry) || found.has(alt.ministry)) continue;
        const user = alt.terms.find((t) => userTerms.has(t));
        if (user) found.set(alt.ministry, { user, word: alt.word });
      }
    });
    return found;
  }
}
