import { NUMBERED_FORMATS } from './aliases.js';
import type { Respelled } from './framing.js';
import { quotedMasked } from './query.js';

/**
 * Numbered formats read as the name the search gives them (`NUMBERED_FORMATS`: "16+1" as "CEEC"), said
 * as a capital read as its country is (`capitals-read.ts`): "16+1 cooperation" found the exchanges
 * writing only "CEEC" without a word of it. Not inside a quoted phrase, which is matched as written.
 * Chinese characters may stand right before it, as the index reads it (`terms.ts`: "中方如何评价17+1合作").
 */
const FORMAT = /(?<![\p{Script=Latin}\p{N}.,+＋])\p{Script=Latin}{0,2}\d{1,2}(?:\s?[+＋]\s?\d{1,2})+(?![\p{N}+＋])/gu;

/** The numbered formats `text` writes outside quotes, once each, as typed, with the name each is read as. */
export function formatsReadIn(text: string): Respelled[] {
  const found: Respelled[] = [];
  const masked = quotedMasked(text);
  for (const m of masked.matchAll(FORMAT)) {
    const typed = m[0];
    const name = NUMBERED_FORMATS[typed.toLowerCase().replace(/\s?[+＋]\s?/g, 'plus')];
    // The formats' name is an acronym: "ceec" is said "CEEC".
    if (name && !found.some((f) => f.typed === typed)) found.push({ typed, read: name.toUpperCase() });
  }
  return found;
}
