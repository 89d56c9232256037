import { EmbedBuilder } from 'discord.js';
import type { SearchHit, SearchMode } from '../search/types.js';
import type { IndexedRecord } from '../store/types.js';
import { embedLength, LIMITS } from './limits.js';
import { escapeVerbatim } from './markdown.js';
import { escapedLabel, fitExcerpt, plainLabel, splitVerbatim } from './text-fit.js';

/** The Ministry's blue, for every embed. */
export const CARD_COLOR = 0x2b5797;

/** Room for one page of a full answer in an embed (escaped), below the 4096 limit. */
export const ANSWER_PAGE_CHARS = 4000;

const MODE_LABEL: Record<SearchMode, string> = {
  hybrid: 'hybrid search',
  lexical: 'lexical search only (no embedding model)',
};

export function modeLabel(mode: SearchMode): string {
  return MODE_LABEL[mode];
}

/** `Hua Chunying · 2019-04-29`, the title of every card. */
export function recordTitle(record: IndexedRecord, prefix = ''): string {
  return plainLabel(`${prefix}${record.spokesperson} · ${record.date}`, LIMITS.embedTitle);
}

/** Who asked: the field name above the question. */
export function questionLabel(record: IndexedRecord): string {
  if (record.kind === 'statement') return 'Statement';
  const kind = record.followup ? 'Follow-up question' : 'Question';
  return plainLabel(record.outlet ? `${kind} from ${record.outlet}` : `${kind} (outlet not named)`, LIMITS.fieldName);
}

/** The question (or, for a statement, the transcript's title) as a field value: escaped, cut at a word if long. */
export function questionValue(record: IndexedRecord): string {
  return escapedLabel(record.question ?? record.title, LIMITS.fieldValue);
}

function baseEmbed(record: IndexedRecord, titlePrefix = ''): EmbedBuilder {
  const embed = new EmbedBuilder().setColor(CARD_COLOR).setTitle(recordTitle(record, titlePrefix));
  if (record.url) embed.setURL(record.url);
  return embed;
}

/**
 * One search hit: the verbatim quote (the best sentences, "…" where skipped), the question and who
 * asked it, and a footer with the position, the exchange id and the search mode.
 */
export function hitCard(hit: SearchHit, position: { index: number; total: number; mode: SearchMode }): EmbedBuilder {
  const { record } = hit;
  return baseEmbed(record)
    .setDescription(escapeVerbatim(fitExcerpt(hit.quote, LIMITS.embedDescription)))
    .addFields({ name: questionLabel(record), value: questionValue(record) })
    .setFooter({ text: `${position.index + 1} of ${position.total} · ${record.id} · ${modeLabel(position.mode)}` });
}

/** A record's answer in pieces that each fill one embed; joined, they are the answer exactly. */
export function answerPages(record: IndexedRecord): string[] {
  return splitVerbatim(record.answer, ANSWER_PAGE_CHARS);
}

/**
 * A record's whole answer as embeds, grouped into messages that each stay within Discord's limits.
 * With `withQuestion`, the first embed also carries the question (the exchange in full).
 */
export function fullAnswerEmbeds(record: IndexedRecord, options: { withQuestion: boolean }): EmbedBuilder[][] {
  const pages = answerPages(record);
  const embeds = pages.map((page, i) => {
    const embed = baseEmbed(record, options.withQuestion ? '' : 'Full answer · ').setDescription(escapeVerbatim(page));
    if (i === 0 && options.withQuestion) embed.addFields({ name: questionLabel(record), value: questionValue(record) });
    const part = pages.length > 1 ? ` · part ${i + 1} of ${pages.length}` : '';
    return embed.setFooter({ text: `${record.id}${part}` });
  });
  const messages: EmbedBuilder[][] = [];
  let current: EmbedBuilder[] = [];
  let length = 0;
  for (const embed of embeds) {
    const size = embedLength(embed.data);
    if (current.length > 0 && (length + size > LIMITS.embedsTotal || current.length >= LIMITS.embeds)) {
      messages.push(current);
      current = [];
      length = 0;
    }
    current.push(embed);
    length += size;
  }
  if (current.length > 0) messages.push(current);
  return messages;
}


const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** `2019-04-29` → `April 29, 2019`. */
export function longDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  const name = MONTHS[(month ?? 0) - 1];
  return name && day && year ? `${name} ${day}, ${year}` : iso;
}

/** `外交部发言人耿爽2019年5月20日主持例行记者会时表示。`: the Chinese title says who and when. */
function chineseAttribution(record: IndexedRecord): string {
  const m = /(\d{4}年\d{1,2}月\d{1,2}日)外交部发言人(\S+?)主持(.*?例行记者会)/.exec(record.title);
  return m ? `外交部发言人${m[2]}${m[1]}主持${m[3]}时表示。` : `${record.title}（${record.spokesperson}）`;
}

/** Characters a citation's code block may hold (message content is limited to 2000). */
const CITATION_CHARS = LIMITS.content;

/** Where the words were said, from the transcript's title: most are regular press conferences. */
export function occasion(title: string): string {
  if (/Daily Briefing Online/i.test(title)) return 'at the daily online briefing';
  if (/'s Remarks\b/i.test(title)) return 'in remarks';
  return 'at the regular press conference';
}

/**
 * A ready-to-paste citation in a code block: the quote, who said it where and when, and the URL.
 * A quote too long for one message is shortened to its opening sentences, marked with "…".
 */
export function citation(record: IndexedRecord, quote: string): string {
  const attribution = record.lang === 'zh'
    ? chineseAttribution(record)
    : `Chinese Foreign Ministry spokesperson ${record.spokesperson} said ${occasion(record.title)} on ${longDate(record.date)}.`;
  const source = record.url ?? record.title;
  const frame = (text: string): string => `“${text}”\n${attribution}\n${source}`;
  const room = CITATION_CHARS - frame('').length - '```\n\n```'.length;
  const text = frame(fitExcerpt(quote, room));
  // A code block shows its text verbatim unless the text itself holds a fence.
  return text.includes('```') ? escapeVerbatim(text) : `\`\`\`\n${text}\n\`\`\``;
}
