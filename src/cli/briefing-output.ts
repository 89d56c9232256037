import { briefingDoubtNote, briefingKeyShown, numberedRecords } from '../answers/briefing-list.js';
import { findBriefing, type BriefingAsked, type BriefingFound } from '../answers/briefing-asked.js';
import { dateReadText, noBriefingText } from '../answers/notices.js';
import { questionAsked, questionHeading } from '../answers/question-heading.js';
import { importedBriefingNote } from '../answers/span.js';
import { plainLabel } from '../answers/text-split.js';
import { plural } from '../answers/wording.js';
import { NO_BRIEFINGS_YET } from '../search/coverage.js';
import type { Briefing, SpoxSearch } from '../search/types.js';

/** The characters of a question (or statement) shown on its line. */
const OPENING_CHARS = 140;

/**
 * `ask "2019-10-10"`, `ask "10 October 2019"`, `ask "latest"` (`briefingAsked`): the briefing, as the
 * bots' `briefing` and `latest` open it: its title, key, counts and link, then one line a record, its
 * id (`ask "ID"` opens it in full) and the opening of its question; or, for a date without one, the
 * nearest dates that have one; above either, how a date that could be read two ways was read. With
 * `json`, one object: `{"briefing":{…}}`, or `{"briefing":null,"date","nearest"}`, with `"date_read"` for such a date;
 * `lead`: the fields it starts with (a queries file's line and question).
 */
export function printBriefing(asked: BriefingAsked, search: Pick<SpoxSearch, 'briefing' | 'nearestBriefingDates' | 'latestBriefing'>, json: boolean, lead: object = {}): number {
  const latest = 'latest' in asked ? search.latestBriefing() : undefined;
  const found: BriefingFound | null = 'latest' in asked ? (latest ? { briefing: latest } : null) : findBriefing(search, asked);
  const dateRead = 'latest' in asked || !asked.read ? {} : { date_read: asked.read };
  if (!found || 'nearest' in found) {
    const date = 'latest' in asked ? null : asked.key;
    const nearest = found && 'nearest' in found ? found.nearest : [];
    if (json) console.log(JSON.stringify({ ...lead, briefing: null, date, nearest, ...dateRead }));
    else console.log('latest' in asked ? NO_BRIEFINGS_YET : noBriefingText(asked, nearest));
    return 0;
  }
  const { briefing, other, chinese } = found;
  if (json) {
    console.log(JSON.stringify({ ...lead, briefing: briefingJson(briefing, chinese?.summary.url ?? null, other?.summary.key ?? null), ...dateRead }));
    return 0;
  }
  const read = 'latest' in asked ? null : dateReadText(asked);
  if (read) console.log(`${read}\n`);
  const { summary, records } = briefing;
  const exchanges = records.filter((r) => r.kind === 'exchange').length;
  const statements = records.length - exchanges;
  console.log(summary.title);
  console.log(`${briefingKeyShown(briefing)} · ${plural(exchanges, 'exchange')}${statements ? ` · ${plural(statements, 'statement')}` : ''}${summary.url ? ` · ${summary.url}` : ''}`);
  if (chinese?.summary.url) console.log(`中文原文 [${chinese.summary.key}]: ${chinese.summary.url}`);
  const imported = importedBriefingNote(briefing);
  if (imported) console.log(imported);
  const doubt = briefingDoubtNote(briefing);
  if (doubt) console.log(doubt);
  if (other) console.log(`Another transcript of this day: ${other.summary.key}`);
  console.log('');
  const width = String(records.length).length;
  for (const { ordinal, record } of numberedRecords(records)) {
    const opening = plainLabel((questionAsked(record) ?? record.answer).replace(/\s+/g, ' '), OPENING_CHARS);
    console.log(`${String(ordinal).padStart(width)}. [${record.id}] ${questionHeading(record)}: ${opening}`);
  }
  if (records.length > 0) console.log(`\nOne in full: npm run ask -- "${records[0]!.id}"`);
  return 0;
}

function briefingJson(briefing: Briefing, chineseUrl: string | null, otherKey: string | null): object {
  const { summary, records } = briefing;
  return {
    key: summary.key,
    date: summary.date,
    lang: summary.lang ?? 'en',
    title: summary.title,
    url: summary.url,
    zh_url: chineseUrl,
    other_transcript: otherKey,
    ...(briefing.importedFrom ? { imported_from: briefing.importedFrom } : {}),
    records: records.map((r) => ({ id: r.id, kind: r.kind, spokesperson: r.spokesperson, outlet: r.outlet, question: r.question, ...(r.source?.dateDoubted ? { date_doubted: r.source.dateDoubted } : {}) })),
  };
}
