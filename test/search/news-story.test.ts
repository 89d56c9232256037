import { describe, expect, it } from 'vitest';
import { withoutStoryDays } from '../../src/search/news-story.js';

describe('a pasted news story\'s dateline (news-story.ts)', () => {
  it('reads a dateline by what it holds: a wire credited in its bracket, or a date after the name in capitals (review38 #5)', () => {
    for (const [text, dateline] of [
      ['BRUSSELS, Dec 3 (Reuters) - China said the talks were constructive.', 'BRUSSELS, Dec 3 (Reuters) -'],
      ['NAIROBI (Reuters) - China dismissed claims of a debt trap.', 'NAIROBI (Reuters) -'],
      ['NEW DELHI (PTI) - China said the Galwan Valley is its own.', 'NEW DELHI (PTI) -'],
      ['TOKYO (Kyodo) -- China protested.', 'TOKYO (Kyodo) -'],
      ['HONG KONG (CNN Business) — China warned.', 'HONG KONG (CNN Business) —'],
      ['BEIJING, 17 June 2020 (our correspondent) - China warned the US.', 'BEIJING, 17 June 2020 (our correspondent) -'],
    ] as const) {
      expect(withoutStoryDays(text).dateline, text).toBe(dateline);
    }
  });

  it('reads a name in capitals opening a question with its words in brackets as the question\'s, however its capitals spell it', () => {
    // "ASEAN" is no exact spelling of its words' capitals ("of" dropped, "Southeast" one letter), nor "AUKUS" of its members':
    // read as datelines, the questions left "what did China say?", which names no topic.
    for (const question of [
      'ASEAN (Association of Southeast Asian Nations): what did China say?',
      'AUKUS (Australia, UK, US): what did China say?',
      'THAAD (Terminal High Altitude Area Defense): what did China say?',
      'RCEP (Regional Comprehensive Economic Partnership) - what did China say?',
    ]) {
      expect(withoutStoryDays(question), question).toEqual({ text: question, days: [] });
    }
    // Its day is the question's, asked: read as a date, not taken as the story's.
    expect(withoutStoryDays('ASEAN (Association of Southeast Asian Nations): what did China say on Monday?').days).toEqual([]);
  });
});
