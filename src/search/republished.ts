import type { BriefingSummary, IndexedRecord } from '../store/types.js';
import { pairExchanges, type ExchangeText } from '../transcripts/same-exchange.js';

/**
 * The exchanges of a day the Ministry published more than once in one language: two translations of
 * one briefing (2019-04-29 and 2019-04-29b), whose questions are worded apart, so that neither the id
 * nor the question's words tell that `2019-04-29#7` and `2019-04-29b#7` are one thing said. Each later
 * transcript of the day is paired with the day's first, exchange by exchange, as a revised page is
 * (`pairExchanges`); a record paired with none (2019-08-06b, other remarks of that day) is its own.
 * Worked out for a day when one of its records is first asked about: such days are few.
 */
export class RepublishedDays {
  /** Day (`date lang`) → its briefings, in key order (the first is the day's first version). */
  private readonly days = new Map<string, BriefingSummary[]>();
  /** Record id → its day, for the records of days published more than once. */
  private readonly dayOfRecord = new Map<string, string>();
  /** Record id → the id of the same exchange in the day's first version (itself when it is that one, or has none). */
  private readonly firstVersion = new Map<string, string>();
  /** Id in the day's first version → every version's id, that one first. */
  private readonly versions = new Map<string, string[]>();
  private readonly paired = new Set<string>();

  constructor(
    briefings: readonly BriefingSummary[],
    private readonly recordOf: (id: string) => IndexedRecord | undefined,
  ) {
    const byDay = new Map<string, BriefingSummary[]>();
    for (const b of briefings) {
      const day = `${b.date} ${b.lang ?? 'en'}`;
      byDay.set(day, [...(byDay.get(day) ?? []), b]);
    }
    for (const [day, held] of byDay) {
      if (held.length < 2) continue;
      this.days.set(day, [...held].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)));
      for (const b of held) for (const id of b.recordIds) this.dayOfRecord.set(id, day);
    }
  }

  /** Whether a record's day has more than one briefing in its language. */
  holds(id: string): boolean {
    return this.dayOfRecord.has(id);
  }

  /** What every version of one exchange shares: the id it has in the day's first version. */
  exchangeKey(id: string): string {
    const day = this.dayOfRecord.get(id);
    if (day === undefined) return id;
    this.pair(day);
    return this.firstVersion.get(id) ?? id;
  }

  /** Whether a record repeats an exchange of its day's first transcript (`2019-04-29b#7`): one exchange with it, counted as that one. */
  repeats(id: string): boolean {
    return this.exchangeKey(id) !== id;
  }

  /**
   * Whether a briefing is a later transcript of its day that repeats the first's exchanges (2019-04-29b,
   * a revised translation): one briefing with it, counted once. One that repeats none (2019-08-06b, other
   * remarks of that day) is a briefing of its own.
   */
  repeatsAnother(briefing: Pick<BriefingSummary, 'recordIds'>): boolean {
    return briefing.recordIds.some((id) => this.repeats(id));
  }

  /** The ids of the same exchange in the day's other briefings (none when it was published once). */
  otherVersionsOf(id: string): string[] {
    const key = this.exchangeKey(id);
    return (this.versions.get(key) ?? []).filter((other) => other !== id);
  }

  private pair(day: string): void {
    if (this.paired.has(day)) return;
    this.paired.add(day);
    const [first, ...later] = this.days.get(day)!.map((b) => b.recordIds.map((id) => this.recordOf(id)).filter((r) => r !== undefined));
    const text = (r: IndexedRecord): ExchangeText => ({ question: r.question ?? '', answer: r.answer });
    const firstText = first!.map(text);
    for (const r of first!) this.firstVersion.set(r.id, r.id);
    for (const records of later) {
      const pairs = pairExchanges(firstText, records.map(text));
      records.forEach((r, j) => {
        const i = pairs[j]!;
        const key = i === -1 ? r.id : first![i]!.id;
        this.firstVersion.set(r.id, key);
        if (i !== -1) this.versions.set(key, [...(this.versions.get(key) ?? [key]), r.id]);
      });
    }
  }
}
