import { hasCjk } from '../search/cjk.js';
import { asksWhoSpoke, withoutFraming } from '../search/framing.js';
import type { SearchFilters, SpoxSearch } from '../search/types.js';
import type { SearchedAs } from './searched-as.js';

/** The question the engine answers with the spokespeople of the newest briefings the index holds (`asksWhoSpeaksNow`). */
const WHO_IS_IN_ENGLISH = 'Who is the spokesperson?';
/** The present said before a Chinese question of who the spokesperson is: 现任外交部发言人是谁, 现在的发言人是谁. */
const NOW_ZH = /^\s*(?:现在|目前|现任|如今|当前|当今|今天|眼下)(?:的)?/u;

/**
 * A question asking who the spokesperson is, in Chinese with no dates (谁是外交部发言人, 发言人是谁,
 * 现任外交部发言人是谁), is answered as "Who is the spokesperson?" is: with the spokespeople of the
 * newest briefings the index holds, which are its English ones. The Chinese pages end in 2020, and
 * searched in them the question listed every year's spokespeople, the newest of 2020 first, as if
 * they were today's. The answer says so, with the date the Chinese pages end on. Any other question,
 * one given a filter, or one the Chinese pages hold newer briefings for, is searched as asked.
 */
export function spokespeopleNowAs(search: Pick<SpoxSearch, 'languages'>, question: string, filters: SearchFilters): SearchedAs | null {
  if (!hasCjk(question) || Object.values(filters).some((v) => v !== undefined)) return null;
  if (!asksWhoSpoke(withoutFraming(question.replace(NOW_ZH, '')))) return null;
  const languages = search.languages();
  const english = languages.find((l) => l.lang === 'en');
  const chinese = languages.find((l) => l.lang === 'zh');
  if (!english || (chinese && chinese.to > english.to)) return null;
  const answered = `your question in Chinese is answered with the newest briefings the index holds, in English, to ${english.to}`;
  const note = !chinese
    ? `${answered}: it holds no Chinese page.`
    : chinese.to < english.to
      ? `${answered}: its Chinese pages end on ${chinese.to}, and the spokespeople of that time need not be today's.`
      : `${answered}; its newest Chinese page is of ${chinese.to}.`;
  return { query: WHO_IS_IN_ENGLISH, note };
}
