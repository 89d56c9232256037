import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsedOutcome, parseTranscriptFiles } from '../../src/transcripts/corpus.js';
import { isCsvProblem, readCsv } from '../../src/transcripts/csv.js';
import { readPressConFile } from '../../src/transcripts/presscon.js';
import { pairExchanges, type ExchangeText } from '../../src/transcripts/same-exchange.js';
import type { Transcript } from '../../src/transcripts/types.js';
import { UNMARKED_CLOSING_KEYS } from '../../src/transcripts/unmarked-closings.js';

/** Every bundled briefing with exchanges, English and Chinese. */
const CORPUS: Transcript[] = parseTranscriptFiles(['seeds/mfa-en', 'seeds/mfa-zh', 'seeds/plain-text', 'seeds/site-2026']).flatMap((o) =>
  o.ok && o.transcript.records.some((r) => r.kind === 'exchange') ? [o.transcript] : []);

function texts(t: Transcript): ExchangeText[] {
  return t.records.flatMap((r) => (r.kind === 'exchange' ? [{ question: r.question.join('\n\n'), answer: r.answer.join('\n\n') }] : []));
}

const transcriptsOf = (outcomes: Awaited<ReturnType<typeof readPressConFile>>): Transcript[] => outcomes.flatMap((o) => (o.ok ? [o.transcript] : []));
const identity = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
const same = (a: ExchangeText, b: ExchangeText): boolean => a.question === b.question && a.answer === b.answer;

/** The August 17, 2026 briefing as served, and as the Ministry might correct it. */
const AUGUST_17 = 'seeds/site-2026/t20260817_12005503.html';
function august17(edit: (html: string) => string = (html) => html): ExchangeText[] {
  const outcome = parsedOutcome(AUGUST_17, Buffer.from(edit(readFileSync(AUGUST_17, 'utf8'))), {});
  if (!outcome.ok) throw new Error(`the August 17 page did not parse: ${outcome.error}`);
  return texts(outcome.transcript);
}

describe('pairExchanges: which exchange of a revised briefing is which', () => {
  it('pairs each bundled briefing with itself, and with itself less any one exchange, every other one in place', () => {
    expect(CORPUS.length).toBeGreaterThan(1000);
    expect(CORPUS.some((t) => t.lang === 'zh')).toBe(true);
    for (const t of CORPUS) {
      const all = texts(t);
      expect(pairExchanges(all, all), t.key).toEqual(identity(all.length));
      for (let k = 0; k < all.length; k++) {
        const without = all.filter((_, i) => i !== k);
        // Every other exchange is found where it is (one of the same text as the one removed may stand for it).
        const pairs = pairExchanges(all, without);
        expect(pairs.every((i, j) => i >= 0 && same(all[i]!, without[j]!)), `${t.key} without #${k + 1}`).toBe(true);
        expect(new Set(pairs).size, `${t.key} without #${k + 1}`).toBe(without.length);
        // And put back: each in place again.
        expect(pairExchanges(without, all).filter((i) => i < 0), `${t.key} with #${k + 1} back`).toHaveLength(1);
      }
    }
  });

  it('takes no neighbouring exchange of a bundled briefing put in another\'s place for that one corrected', () => {
    let compared = 0;
    for (const t of CORPUS) {
      const all = texts(t);
      for (let k = 0; k < all.length; k++) {
        for (const other of [all[k + 1], all[k + 2]]) {
          if (!other || same(other, all[k]!)) continue;
          // A later exchange's words at k (a space added, so it is no exchange the briefing holds): not the one it replaced.
          const replaced = all.map((e, i) => (i === k ? { question: other.question, answer: `${other.answer} ` } : e));
          expect(pairExchanges(all, replaced)[k], `${t.key}: #${k + 1} replaced by a later exchange`).toBe(-1);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(15_000);
  });

  it('pairs an exchange corrected in place (a word, a name) between its unchanged neighbours, with one added elsewhere', () => {
    const served = august17();
    const antara = /^<p><strong>Antara: Still related|^<p>Lin Jian: To my knowledge, a few Chinese citizens/;
    const withoutAntara = august17((html) => html.split('\n').filter((line) => !antara.test(line)).join('\n'));
    const corrected = august17((html) => html.replace('deep condolences', 'profound condolences').replace('Denpasar', 'Denpasar, Bali,'));
    expect(corrected.filter((e, i) => !same(e, served[i]!))).toHaveLength(2);
    expect(pairExchanges(served, corrected)).toEqual(identity(served.length));
    // The Antara exchange (the 6th) added, and the third (The Paper's, on the earthquake) corrected: each other one in its place.
    const antaraAt = served.findIndex((e) => e.question.startsWith('Still related with the earthquake'));
    expect(antaraAt).toBe(5);
    expect(pairExchanges(withoutAntara, corrected)).toEqual([0, 1, 2, 3, 4, -1, 5, 6]);
    expect(pairExchanges(corrected, withoutAntara)).toEqual([0, 1, 2, 3, 4, 6, 7]);
  });

  it('pairs a short answer reworded under the same question at the same place, with an exchange removed after it', () => {
    const served = august17();
    const said = 'We noticed relevant reports. A peaceful and stable Peninsula and a political settlement of the Korean Peninsula issue are in the interest of all parties.';
    const reworded = 'We have seen the reports. Peace and stability on the Peninsula and the political settlement of the Peninsula issue serve the interests of all parties.';
    const antara = /^<p><strong>Antara: Still related|^<p>Lin Jian: To my knowledge, a few Chinese citizens/;
    const revised = august17((html) => html.replace(`Lin Jian: ${said}`, `Lin Jian: ${reworded}`).split('\n').filter((line) => !antara.test(line)).join('\n'));
    // The second exchange (AFP's, on the Pentagon): its question as it was, its answer reworded (too little kept to pass for one corrected).
    expect(served[1]!.answer).toBe(said);
    expect(revised[1]).toEqual({ question: served[1]!.question, answer: reworded });
    expect(revised.filter((e) => served.some((s) => same(s, e)))).toHaveLength(served.length - 2);
    // Between the same unchanged neighbours: the same exchange, reworded. The Antara one (6th) is gone.
    expect(pairExchanges(served, revised)).toEqual([0, 1, 2, 3, 4, 6, 7]);
    expect(pairExchanges(revised, served)).toEqual([0, 1, 2, 3, 4, -1, 5, 6]);
    // Another question at that place (the fifth exchange's, on the same news): another exchange, not this one reworded.
    const replaced = revised.map((e, i) => (i === 1 ? { question: served[4]!.question, answer: reworded } : e));
    expect(pairExchanges(served, replaced)[1]).toBe(-1);
  });

  it('pairs a Chinese exchange corrected in place, and every exchange of a republished translation (2019-04-29b) with the first', () => {
    const chinese = CORPUS.find((t) => t.key === 'zh-2019-03-06')!;
    const all = texts(chinese);
    const k = all.findIndex((e) => e.answer.length > 100 && e.answer.includes('中国'));
    expect(k).toBeGreaterThanOrEqual(0);
    const corrected = all.map((e, i) => (i === k ? { ...e, answer: e.answer.replace('中国', '中方') } : e));
    expect(pairExchanges(all, corrected)).toEqual(identity(all.length));

    const [first, second] = [CORPUS.find((t) => t.key === '2019-04-29')!, CORPUS.find((t) => t.key === '2019-04-29b')!];
    const [a, b] = [texts(first), texts(second)];
    expect(a.filter((e, i) => same(e, b[i]!)).length).toBeLessThan(a.length);
    expect(pairExchanges(a, b)).toEqual(identity(a.length));
  });

  it('pairs an exchange whose answer now ends at the separator its PressCon cell keeps inline, however much the closing after it was', async () => {
    const CSV = 'seeds/presscon/cmfa-presscon-v4-ukraine.csv';
    const cells = [...readCsv(readFileSync(CSV, 'utf8'), ',')].flatMap((row) => (isCsvProblem(row) ? [] : [row.cells]));
    const [header, ...rows] = cells;
    const column = (name: string): number => header!.indexOf(name);
    const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();
    const days = transcriptsOf(await readPressConFile(CSV));
    for (const date of ['2022-03-10', '2022-04-15', '2022-06-01', '2022-06-02']) {
      // The day as the parser read it before the cut: each answer its whole cell.
      const before = rows.filter((r) => r[column('date')] === date).map((r) => ({ question: collapse(r[column('question')]!), answer: collapse(r[column('answer')]!) }));
      const after = texts(days.find((t) => t.date === date)!);
      expect(before.filter((e, i) => !same(e, after[i]!)), date).toHaveLength(1);
      expect(pairExchanges(before, after), date).toEqual(identity(before.length));
    }
    // pc-2022-06-02#1 kept about half of its cell: the same question word for word is what pairs it.
    const [cell] = rows.filter((r) => r[column('date')] === '2022-06-02').map((r) => ({ question: collapse(r[column('question')]!), answer: collapse(r[column('answer')]!) }));
    const [cut] = texts(days.find((t) => t.date === '2022-06-02')!);
    expect(cut!.answer.length / cell!.answer.length).toBeLessThan(0.6);
    expect(pairExchanges([cell!], [{ ...cut!, question: `${cut!.question} Thank you.` }])).toEqual([-1]);
  });

  it('pairs an exchange whose answer now ends where the closing announcement it ran on into starts (unmarked-closings.ts)', () => {
    for (const key of UNMARKED_CLOSING_KEYS) {
      const t = CORPUS.find((c) => c.key === key)!;
      const closing = t.records.find((r) => r.id === `${key}#s2`)!;
      const answered = t.records[closing.position - 2]!;
      // The briefing as the parser read it before: the announcement's paragraphs at the end of that answer.
      const before = texts({ ...t, records: t.records.flatMap((r) => (r === closing ? [] : r === answered ? [{ ...r, answer: [...r.answer, ...closing.answer] }] : [r])) });
      const after = texts(t);
      expect(before.filter((e, i) => !same(e, after[i]!)), key).toHaveLength(1);
      expect(pairExchanges(before, after), key).toEqual(identity(before.length));
    }
  });

  it('does not pair an exchange replaced at its place by one of another briefing, and pairs one moved elsewhere', () => {
    const all = texts(CORPUS.find((t) => t.key === '2019-03-06')!);
    const stranger = texts(CORPUS.find((t) => t.key === '2019-03-07')!)[0]!;
    const replaced = all.map((e, i) => (i === 2 ? stranger : e));
    expect(pairExchanges(all, replaced)).toEqual(identity(all.length).map((i) => (i === 2 ? -1 : i)));
    // The third exchange moved to the end: found there.
    const moved = [...all.filter((_, i) => i !== 2), all[2]!];
    expect(pairExchanges(all, moved)).toEqual([0, 1, ...identity(all.length).slice(3), 2]);
  });
});
