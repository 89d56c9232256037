import { EmbedBuilder } from 'discord.js';
import { corpusWords, otherVersionsWords } from '../answers/citation.js';
import { safeLinkUrl } from '../answers/links.js';
import { followedQuestion, questionAsked, questionHeading } from '../answers/question-heading.js';
import { capitalized, modeWords, speakerShown } from '../answers/wording.js';
import { dateDoubtWords } from '../answers/date-doubt.js';
import type { OtherVersion, SearchHit, SearchMode } from '../search/types.js';
import type { IndexedRecord } from '../store/types.js';
import { embedLength, LIMITS } from './limits.js';
import { escapeVerbatim } from './markdown.js';
import { escapedLabel, fitExcerpt, plainLabel, splitVerbatim } from './text-fit.js';

/** The Ministry's blue, for every embed. */
export const CARD_COLOR = 0x2b5797;

/** Room for one page of a full answer in an embed (escaped), below the 4096 limit. */
export const ANSWER_PAGE_CHARS = 4000;

/** Room for the question a follow-up follows: enough to recognise it. */
const FOLLOWED_CHARS = 300;

/** How the answer was searched, for footers and /about: "keyword search", "keyword + meaning search". */
export function modeLabel(mode: SearchMode): string {
  return modeWords(mode);
}

/** `Hua Chunying · 2019-04-29`, the title of every card. */
export function recordTitle(record: IndexedRecord, prefix = ''): string {
  return plainLabel(`${prefix}${speakerShown(record.spokesperson)} · ${record.date}`, LIMITS.embedTitle);
}

/** Who asked (or the editor's note standing as the question): the field name above the question. */
export function questionLabel(record: IndexedRecord): string {
  return plainLabel(questionHeading(record), LIMITS.fieldName);
}

/** The question (or, for a statement, the transcript's title) as a field value: escaped, cut at a word if long. */
export function questionValue(record: IndexedRecord): string {
  return escapedLabel(questionAsked(record) ?? record.title, LIMITS.fieldValue);
}

/** The question a follow-up follows, enough to recognise it, as a field; none for another record. */
function followedFields(followed: IndexedRecord | undefined): { name: string; value: string }[] {
  const shown = followedQuestion(followed);
  return shown ? [{ name: plainLabel(shown.heading, LIMITS.fieldName), value: escapedLabel(shown.question, FOLLOWED_CHARS) }] : [];
}

/** The fields above the quote's question: the question a follow-up follows, then the question. */
function questionFields(record: IndexedRecord, followed: IndexedRecord | undefined): { name: string; value: string }[] {
  return [...followedFields(followed), { name: questionLabel(record), value: questionValue(record) }];
}

function baseEmbed(record: IndexedRecord, titlePrefix = ''): EmbedBuilder {
  const embed = new EmbedBuilder().setColor(CARD_COLOR).setTitle(recordTitle(record, titlePrefix));
  const url = safeLinkUrl(record.url);
  if (url) embed.setURL(url);
  return embed;
}

/**
 * One search match: the verbatim quote (whole sentences, "…" where sentences are skipped), the
 * question it follows up (if any), the question and who asked it, and a footer with the position
 * among all matches, the exchange id and how it was searched.
 */
export function hitCard(
  hit: Pick<SearchHit, 'record' | 'quote' | 'otherVersions'>,
  position: { index: number; total: number; mode: SearchMode },
  followed?: IndexedRecord,
): EmbedBuilder {
  const { record } = hit;
  return baseEmbed(record)
    .setDescription(escapeVerbatim(fitExcerpt(hit.quote, LIMITS.embedDescription)))
    .addFields(questionFields(record, followed))
    .addFields(dateDoubtFields(record))
    .addFields(otherVersionsFields(record, hit.otherVersions))
    .setFooter({ text: `${position.index + 1} of ${position.total} · ${record.id}${viaCorpus(record)} · ${modeLabel(position.mode)}` });
}

/**
 * The field naming the other transcripts the Ministry published of the record's briefing
 * (`otherVersionsWords`), on every card and full view of such a record; none when there are none.
 */
function otherVersionsFields(record: IndexedRecord, otherVersions: readonly OtherVersion[] | undefined): { name: string; value: string }[] {
  // Keys and links the index holds (`safeLinkUrl`): nothing to escape.
  const versions = otherVersionsWords(record, otherVersions);
  return versions ? [{ name: 'Another official version', value: plainLabel(versions, LIMITS.fieldValue) }] : [];
}

/** The field saying the record's date is doubted (`dateDoubtWords`), on every card and full view of such a record; none for another. */
function dateDoubtFields(record: IndexedRecord): { name: string; value: string }[] {
  const doubt = dateDoubtWords(record);
  return doubt ? [{ name: DATE_NOTE, value: escapedLabel(capitalized(doubt), DATE_NOTE_CHARS) }] : [];
}

/** The name of the field of `dateDoubtFields`. */
const DATE_NOTE = 'Note on the date';
/** Room for it: the sample's note is some 200 characters; a card's quote keeps the rest of the 6,000. */
const DATE_NOTE_CHARS = 500;

/** ` · text via CMFA PressCon v4`: a footer's note of the corpus a record's text comes from, or ''. */
function viaCorpus(record: IndexedRecord): string {
  const via = corpusWords(record);
  return via ? ` · ${via}` : '';
}

/** A record's answer in pieces that each fill one embed; joined, they are the answer exactly. */
export function answerPages(record: IndexedRecord): string[] {
  return splitVerbatim(record.answer, ANSWER_PAGE_CHARS);
}

/**
 * The exchange's question in full where a field (1024 characters) would cut it: an embed of its own
 * above the answer, whose description (4096) holds the fields' names and values in their order (the
 * question a follow-up follows, then who asked and the whole question); null when the question fits its field.
 */
function wholeQuestionEmbed(record: IndexedRecord, followed: IndexedRecord | undefined): EmbedBuilder | null {
  const question = questionAsked(record) ?? record.title;
  if (escapeVerbatim(question).length <= LIMITS.fieldValue) return null;
  const above = [...followedFields(followed), { name: questionLabel(record), value: '' }]
    .map((field) => `**${escapeVerbatim(field.name)}**\n${field.value}`)
    .join('\n\n');
  return baseEmbed(record)
    .setDescription(`${above}${escapeVerbatim(fitExcerpt(question, LIMITS.embedDescription - above.length))}`)
    .setFooter({ text: `${record.id}${viaCorpus(record)}` });
}

/**
 * A record's whole answer as embeds, grouped into messages that each stay within Discord's limits.
 * With `withQuestion`, the question comes first (the exchange in full): in the first embed's fields,
 * or, when a field would cut it, whole in an embed of its own. The last embed names the briefing's
 * other transcripts (`otherVersions`), as the card does.
 */
export function fullAnswerEmbeds(
  record: IndexedRecord,
  options: { withQuestion: boolean; followed?: IndexedRecord; otherVersions?: readonly OtherVersion[] },
): EmbedBuilder[][] {
  const pages = answerPages(record);
  const questionEmbed = options.withQuestion ? wholeQuestionEmbed(record, options.followed) : null;
  const answers = pages.map((page, i) => {
    const embed = baseEmbed(record, options.withQuestion ? '' : 'Full answer · ').setDescription(escapeVerbatim(page));
    if (i === 0 && options.withQuestion && !questionEmbed) embed.addFields(questionFields(record, options.followed));
    if (i === pages.length - 1) embed.addFields([...dateDoubtFields(record), ...otherVersionsFields(record, options.otherVersions)]);
    const part = pages.length > 1 ? ` · part ${i + 1} of ${pages.length}` : '';
    return embed.setFooter({ text: `${record.id}${viaCorpus(record)}${part}` });
  });
  const embeds = questionEmbed ? [questionEmbed, ...answers] : answers;
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
