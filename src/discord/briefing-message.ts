import { briefingDoubtNote, briefingKeyShown, numberedRecords, recordDoubtMark, type Numbered } from '../answers/briefing-list.js';
import { safeLinkUrl } from '../answers/links.js';
import { noBriefingText } from '../answers/notices.js';
import { importedBriefingNote } from '../answers/span.js';
import { plural } from '../answers/wording.js';
import {
  ActionRowBuilder, ButtonBuilder, ButtonStyle, EmbedBuilder, StringSelectMenuBuilder, StringSelectMenuOptionBuilder,
  type MessageActionRowComponentBuilder,
} from 'discord.js';
import type { Briefing } from '../search/types.js';
import type { IndexedRecord } from '../store/types.js';
import { CARD_COLOR } from './cards.js';
import { customId, PREFIX } from './custom-ids.js';
import { LIMITS } from './limits.js';
import { escapeVerbatim } from './markdown.js';
import { notice, spoxMessage, type SpoxMessage } from './payloads.js';
import { transcriptButtons } from './quote-buttons.js';
import { escapedLabel, plainLabel } from './text-fit.js';

/** Room for the list of exchanges in the embed. */
const LIST_CHARS = 4000;
/** One select menu per 25 records, and one row kept for the source link. */
const MAX_MENUS = LIMITS.actionRows - 1;

function asker(record: IndexedRecord): string {
  if (record.kind === 'statement') return 'Statement';
  return record.outlet ?? 'Question';
}

/** `asked by Reuters`, `asked by a journalist`, `Statement`: who a menu option's exchange is of. */
function askedBy(record: IndexedRecord): string {
  if (record.kind === 'statement') return 'Statement';
  return `asked by ${record.outlet ?? 'a journalist'}`;
}

/** The opening words of what a line stands for: the question, or a statement's own text. */
function opening(record: IndexedRecord): string {
  return record.question ?? record.answer;
}

/** `**3.** Reuters: According to reports, …`, each line within its share of the embed (`room` characters). */
function listLines(records: Numbered<IndexedRecord>[], room = LIST_CHARS): string {
  const perLine = Math.min(160, Math.floor(room / Math.max(1, records.length)) - 1);
  return records
    .map(({ ordinal, record: r }) => {
      const head = `**${ordinal}.** ${escapeVerbatim(asker(r))}: `;
      return head + escapedLabel(opening(r).replace(/\s+/g, ' '), Math.max(8, perLine - head.length));
    })
    .join('\n');
}

/**
 * A briefing: who asked what (the start of each question), and menus to open any exchange, under a
 * note when the index holds it only as a research corpus's pairs (`importedBriefingNote`) and one
 * when the sheet contradicts its date (`briefingDoubtNote`, the key and the options marked); with
 * `chineseUrl`, a 中文原文 link to the Chinese transcript of the same briefing beside the English one.
 */
export function briefingMessage(briefing: Briefing, chineseUrl: string | null = null): SpoxMessage {
  const { summary } = briefing;
  const shown = numberedRecords(briefing.records).slice(0, MAX_MENUS * LIMITS.selectOptions);
  const exchanges = briefing.records.filter((r) => r.kind === 'exchange').length;
  const statements = briefing.records.length - exchanges;
  const embed = new EmbedBuilder()
    .setColor(CARD_COLOR)
    .setTitle(plainLabel(summary.title, LIMITS.embedTitle))
    .setFooter({
      text: `${briefingKeyShown(briefing)} · ${plural(exchanges, 'exchange')}${statements ? ` · ${plural(statements, 'statement')}` : ''}${
        shown.length < briefing.records.length ? ` · first ${shown.length} listed; open others with /quote` : ''
      }`,
    });
  const url = safeLinkUrl(summary.url);
  if (url) embed.setURL(url);
  // Above the list: an imported briefing is no transcript, and its few pairs are not the whole briefing; a doubted date.
  const doubt = briefingDoubtNote(briefing);
  const notes = [importedBriefingNote(briefing, escapeVerbatim), doubt && escapeVerbatim(doubt)].filter((n) => n !== null).map((n) => `*${n}*`);
  const note = notes.length > 0 ? `${notes.join('\n')}\n\n` : '';
  if (shown.length > 0) embed.setDescription(`${note}${listLines(shown, LIST_CHARS - note.length)}`);
  else if (note) embed.setDescription(note.trim());

  const rows: ActionRowBuilder<MessageActionRowComponentBuilder>[] = [];
  for (let part = 0; part * LIMITS.selectOptions < shown.length; part++) {
    const group = shown.slice(part * LIMITS.selectOptions, (part + 1) * LIMITS.selectOptions);
    const menu = new StringSelectMenuBuilder()
      .setCustomId(customId(PREFIX.open, summary.key, part))
      .setPlaceholder(plainLabel(`Open an exchange (${group[0]!.ordinal}–${group[group.length - 1]!.ordinal})`, 150))
      .addOptions(
        group.map(({ ordinal, record: r }) =>
          new StringSelectMenuOptionBuilder()
            // The question's opening tells twelve options apart; "1. Question, 2. Question, …" did not.
            .setLabel(plainLabel(`${ordinal}. ${opening(r).replace(/\s+/g, ' ')}`, LIMITS.optionLabel))
            .setDescription(plainLabel(`${askedBy(r)}${recordDoubtMark(r)}`, LIMITS.optionDescription))
            .setValue(r.id),
        ),
      );
    rows.push(new ActionRowBuilder<MessageActionRowComponentBuilder>().addComponents(menu));
  }
  const links: ButtonBuilder[] = [];
  links.push(...transcriptButtons(url));
  const chinese = safeLinkUrl(chineseUrl);
  if (chinese) links.push(new ButtonBuilder().setLabel('中文原文').setStyle(ButtonStyle.Link).setURL(chinese));
  if (links.length > 0) rows.push(new ActionRowBuilder<MessageActionRowComponentBuilder>().addComponents(links));
  return spoxMessage({ embeds: [embed], components: rows });
}

/** No briefing that day: the nearest dates that have one (`noBriefingText`). */
export function noBriefingMessage(named: Parameters<typeof noBriefingText>[0], nearest: string[]): SpoxMessage {
  return notice(noBriefingText(named, nearest));
}
