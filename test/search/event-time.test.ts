import { describe, expect, it } from 'vitest';
import { eventTimeIn } from '../../src/search/event-time.js';

describe('a time given by an event (event-time.ts)', () => {
  it('finds the words of a time before or after an event, up to the end of the clause', () => {
    expect(eventTimeIn("Huawei before Meng Wanzhou's arrest?")).toBe("before Meng Wanzhou's arrest");
    expect(eventTimeIn('trade talks after the Osaka G20 summit')).toBe('after the Osaka G20 summit');
    expect(eventTimeIn('Hong Kong in the run-up to the district council election, and the protests')).toBe('in the run-up to the district council election');
    expect(eventTimeIn('sanctions prior to the Singapore summit')).toBe('prior to the Singapore summit');
  });

  it('finds none in a question with no such time, a date after the word, or one inside quote marks', () => {
    for (const q of ['Huawei', 'Huawei after 2019', 'after 5 years of talks', 'the "calm before the storm" remark', 'the afternoon session', 'before']) {
      expect(eventTimeIn(q), q).toBeNull();
    }
  });
});
