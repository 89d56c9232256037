import { describe, expect, it } from 'vitest';
import { characterCut, fitLabel, fitOpening, plainLabel, splitToFit } from '../../src/answers/text-split.js';

/** A high surrogate not followed by a low one, or a low one not after a high one: not valid Unicode. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const length = (t: string): number => t.length;
// The testers' repros (explore25d #1): past a 300-character heading, and no white space to cut at.
const FIRE = `华为${'🔥'.repeat(150)}`;
const FLAGS = `${'🇨🇳'.repeat(75)} Huawei`;
const FAMILY = `${'👩‍👩‍👧‍👦'.repeat(40)}`; // ZWJ sequences of 11 UTF-16 units each

describe('cutting text with emoji, flags and other characters of several UTF-16 units', () => {
  it('never leaves half a character: every piece, label and opening is valid Unicode, flags and ZWJ emoji whole', () => {
    for (const text of [FIRE, FLAGS, FAMILY]) {
      for (const max of [7, 100, 163, 299, 300]) {
        const pieces = splitToFit(text, max, length);
        expect(pieces.join('')).toBe(text);
        for (const piece of pieces) {
          expect(piece.length).toBeLessThanOrEqual(max);
          expect(piece).not.toMatch(LONE_SURROGATE);
        }
        for (const cut of [fitLabel(text, max, length), fitOpening(text, max, length), plainLabel(text, max)]) {
          expect(cut.length).toBeLessThanOrEqual(max);
          expect(cut).not.toMatch(LONE_SURROGATE);
          const head = cut.replace(/ ?…$/, '');
          expect(text.startsWith(head)).toBe(true);
          // Whole graphemes: a flag is 4 units, the family 11.
          if (text === FLAGS) expect(head.length % 4).toBe(0);
          if (text === FAMILY && max > 11) expect(head.length % 11).toBe(0);
        }
      }
    }
  });

  it('cuts at a grapheme, else a code point, and always moves on', () => {
    expect(characterCut(FIRE, 0, 299)).toBe(298);
    expect(characterCut(FLAGS, 0, 163)).toBe(160);
    // A grapheme longer than the room: cut at a code point inside it, never inside a surrogate pair.
    expect(characterCut(FAMILY, 0, 5)).toBe(5);
    expect(characterCut(FAMILY, 0, 1)).toBe(2);
    expect(characterCut('abc', 0, 2)).toBe(2);
  });
});
