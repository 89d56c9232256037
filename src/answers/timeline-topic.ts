import { briefingAsked } from './briefing-asked.js';
import { exchangeIdIn } from './quote-ref.js';

/**
 * What a timeline says of a topic that is an exchange id or a briefing's date alone ("2020-05-22#3",
 * "2019-10-10", "latest"), with how to open it instead (`open`: the front end's form of asking); null
 * for a topic. Charted, the id was the month of its date and the word "3" (2 exchanges of May 2020), and
 * the date the word "2019", read as 2019 or later (86 exchanges over five years).
 */
export function notATimelineTopic(topic: string, open: (typed: string) => string): string | null {
  const id = exchangeIdIn(topic);
  if (id) return `A timeline charts how often a topic came up, and “${id}” is an exchange id: open it with ${open(id)}.`;
  if (briefingAsked(topic)) return `A timeline charts how often a topic came up, and “${topic.trim()}” names a briefing: open it with ${open(topic.trim())}.`;
  return null;
}
