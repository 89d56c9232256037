import type { Transcript, TranscriptRecord } from '../types.js';
import { chineseEntities, englishEntities } from './entities.js';
import { sameOutlet } from './outlets.js';

/** One English record and the Chinese record of the same turn, with how sure the pairing is (0–1). */
export interface AlignedPair {
  en: string;
  zh: string;
  confidence: number;
}

/** What both versions of a record can be compared by, computed once per record. */
interface Signals {
  kind: TranscriptRecord['kind'];
  outlet: string | null;
  /** Question and answer length: characters (Chinese) or letters and digits (English). */
  questionLength: number;
  answerLength: number;
  numbers: Set<string>;
  entities: Set<number>;
  /** An English follow-up (labelled, or the same outlet again) or a short question: one the Chinese page may fold into the turn before. */
  mergeable: boolean;
  /** Chinese: the Latin-script words it quotes (`NSG`, `Jubilee Debt Campaign`); English: its text, lower-cased. */
  latin: string[];
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function numbersIn(text: string, english: boolean): Set<string> {
  const found = new Set<string>();
  for (const m of text.matchAll(/\d[\d,]*(?:\.\d+)?/g)) {
    const n = m[0].replace(/,(?=\d{3})/g, '').replace(/[.,]$/, '').replace(/^0+(?=\d)/, '');
    found.add(n);
  }
  if (english) {
    for (const m of text.matchAll(/\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+\d/g)) {
      found.add(String(MONTHS.indexOf(m[1]!.toLowerCase()) + 1));
    }
  }
  return found;
}

/** Letters and digits (English) or characters that are not white space (`\s`, Chinese): counted, not copied. */
function lengthOf(text: string, english: boolean): number {
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (english ? (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : !isSpace(c)) length++;
  }
  return length;
}

/** The code units `\s` matches. */
function isSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function signals(record: TranscriptRecord, english: boolean): Signals {
  const question = record.kind === 'exchange' ? record.question.join('\n') : '';
  const answer = record.answer.join('\n');
  const all = `${question}\n${answer}`;
  return {
    kind: record.kind,
    outlet: record.kind === 'exchange' ? record.outlet : null,
    questionLength: lengthOf(question, english),
    mergeable: record.kind === 'exchange' && (record.followup !== null || lengthOf(question, english) < 120),
    answerLength: lengthOf(answer, english),
    numbers: numbersIn(all, english),
    entities: english ? englishEntities(all) : chineseEntities(all),
    latin: english ? [all.toLowerCase()] : [...all.matchAll(/[A-Za-z][A-Za-z.&-]*[A-Za-z](?:\s+[A-Za-z][A-Za-z.&-]*[A-Za-z])*/g)].map((m) => m[0].toLowerCase()),
  };
}

/** Dice overlap of two sets, and how much evidence there was (the smaller set's size). */
function dice(a: Set<string | number>, b: Set<string | number>): { overlap: number; evidence: number } {
  if (a.size === 0 || b.size === 0) return { overlap: 0, evidence: 0 };
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return { overlap: (2 * shared) / (a.size + b.size), evidence: Math.min(a.size, b.size) };
}

/** How far apart two lengths are once the briefing's length ratio is allowed for: 0 when as expected. */
function lengthDistance(en: number, zh: number, ratio: number): number {
  return Math.abs(Math.log((en + 40) / (zh * ratio + 40)));
}

/**
 * How alike an English and a Chinese record are, roughly −2 … 3: lengths (relative to the
 * briefing's English/Chinese length ratio), shared numbers, named entities and Latin-script words,
 * and the asking outlet when both name it. Only records of the same kind are comparable.
 */
function similarity(en: Signals, zh: Signals, ratio: number): number {
  if (en.kind !== zh.kind) return -Infinity;
  let score = 1 - 1.5 * lengthDistance(en.answerLength, zh.answerLength, ratio);
  if (en.kind === 'exchange') score += 0.5 - 0.75 * lengthDistance(en.questionLength, zh.questionLength, ratio);
  const numbers = dice(en.numbers, zh.numbers);
  if (en.numbers.size + zh.numbers.size > 0) score += 1.2 * numbers.overlap - 0.3;
  const entities = dice(en.entities, zh.entities);
  if (en.entities.size + zh.entities.size > 0) score += 1.0 * entities.overlap - 0.3;
  if (zh.latin.length > 0) {
    const found = zh.latin.filter((word) => en.latin[0]!.includes(word)).length;
    score += (found / zh.latin.length) * 1.0 - 0.3;
  }
  const outlet = sameOutlet(zh.outlet, en.outlet);
  if (outlet !== null) score += outlet ? 1 : -1.5;
  return score;
}

/** Leaving a record of either side unpaired costs this; a pair is kept only when it scores above two gaps. */
const GAP = -0.35;
/** Pairing two English exchanges with one Chinese one (a follow-up the Chinese page merged) costs this on top of their score. */
const MERGE = -0.3;

/** Two consecutive English exchanges read as one turn. */
function merged(a: Signals, b: Signals): Signals {
  return {
    kind: a.kind === 'exchange' && b.kind === 'exchange' ? 'exchange' : 'statement',
    outlet: a.outlet,
    mergeable: false,
    questionLength: a.questionLength + b.questionLength,
    answerLength: a.answerLength + b.answerLength,
    numbers: new Set([...a.numbers, ...b.numbers]),
    entities: new Set([...a.entities, ...b.entities]),
    latin: [a.latin.join('\n') + '\n' + b.latin.join('\n')],
  };
}

/**
 * Pairs the records of an English transcript with those of the Chinese transcript of the same
 * briefing: an order-keeping alignment (dynamic programming over the similarity), so a record one
 * side lacks (a question taken after the conference, a follow-up the other side merged) is left
 * unpaired instead of shifting the pairs after it.
 */
export function alignTranscripts(english: Transcript, chinese: Transcript): AlignedPair[] {
  const en = english.records.map((r) => signals(r, true));
  const zh = chinese.records.map((r) => signals(r, false));
  const total = (list: Signals[]): number => list.reduce((n, s) => n + s.answerLength + s.questionLength, 0);
  const ratio = total(en) / Math.max(1, total(zh));
  const n = en.length;
  const m = zh.length;
  const sim = en.map((e) => zh.map((z) => similarity(e, z, ratio)));

  // best[i][j]: the best score aligning en[0..i) with zh[0..j); move: 0 pair, 1 skip English, 2 skip
  // Chinese, 3 two English exchanges (a question and its follow-up) with one Chinese exchange.
  const best = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  const move = Array.from({ length: n + 1 }, () => new Uint8Array(m + 1));
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if (i === 0 && j === 0) continue;
      let score = -Infinity;
      let how = 0;
      if (i > 0 && j > 0 && sim[i - 1]![j - 1]! > -Infinity) {
        score = best[i - 1]![j - 1]! + sim[i - 1]![j - 1]!;
      }
      if (i > 0 && best[i - 1]![j]! + GAP > score) [score, how] = [best[i - 1]![j]! + GAP, 1];
      if (j > 0 && best[i]![j - 1]! + GAP > score) [score, how] = [best[i]![j - 1]! + GAP, 2];
      if (i > 1 && j > 0 && en[i - 1]!.mergeable && en[i - 2]!.kind === 'exchange') {
        const joined = best[i - 2]![j - 1]! + similarity(merged(en[i - 2]!, en[i - 1]!), zh[j - 1]!, ratio) + MERGE;
        if (joined > score) [score, how] = [joined, 3];
      }
      best[i]![j] = score;
      move[i]![j] = how;
    }
  }
  const pairs: AlignedPair[] = [];
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const how = move[i]![j]!;
    if (how === 0) {
      pairs.push({ en: english.records[i - 1]!.id, zh: chinese.records[j - 1]!.id, confidence: confidence(sim, i - 1, j - 1) });
      i--;
      j--;
    } else if (how === 3) {
      // Both English exchanges point to the one Chinese exchange that holds them; a merge is never sure.
      const c = Math.min(0.7, squash(similarity(merged(en[i - 2]!, en[i - 1]!), zh[j - 1]!, ratio)));
      pairs.push({ en: english.records[i - 1]!.id, zh: chinese.records[j - 1]!.id, confidence: c });
      pairs.push({ en: english.records[i - 2]!.id, zh: chinese.records[j - 1]!.id, confidence: c });
      i -= 2;
      j--;
    } else if (how === 1) i--;
    else j--;
  }
  return pairs.reverse();
}

/**
 * How sure a pair is: its own similarity, and its margin over the neighbours it could have been
 * confused with (the adjacent records of either side), squashed to 0–1.
 */
function confidence(sim: number[][], i: number, j: number): number {
  const own = sim[i]![j]!;
  const rivals = [sim[i]![j - 1], sim[i]![j + 1], sim[i - 1]?.[j], sim[i + 1]?.[j]].filter((s): s is number => s !== undefined && s > -Infinity);
  const margin = rivals.length > 0 ? own - Math.max(...rivals) : own;
  return squash(own, margin);
}

function squash(own: number, margin = own): number {
  const z = 1.2 * own + 1.5 * margin - 0.5;
  return Math.round(100 / (1 + Math.exp(-z))) / 100;
}
