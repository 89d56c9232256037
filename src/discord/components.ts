import { chineseCounterpart } from '../search/bilingual.js';
import { citation } from './cards.js';
import type { BotContext, ComponentInteraction, ComponentRoute } from './command.js';
import { PREFIX } from './custom-ids.js';
import { notice } from './payloads.js';
import { recordMessages } from './record-message.js';
import { replyPrivately, sendMessages } from './respond.js';
import { EXPIRED_RESULT, resultMessage } from './result-message.js';

async function missingRecord(interaction: ComponentInteraction, id: string | undefined): Promise<void> {
  await replyPrivately(interaction, notice(`Exchange ${id ?? '?'} is not in the index any more. Run /ask again.`));
}

/** Previous / next hit: only the user who searched may page; the card is updated in place. */
const page: ComponentRoute = {
  prefix: PREFIX.page,
  async handle(interaction, [resultId = '', target = ''], ctx: BotContext) {
    const result = ctx.results.get(resultId);
    if (!result) return replyPrivately(interaction, notice(EXPIRED_RESULT));
    if (interaction.user.id !== result.userId) {
      return replyPrivately(interaction, notice('Only the person who ran this search can page through it. Run /ask to search yourself.'));
    }
    const index = Math.min(Math.max(0, Number.parseInt(target, 10) || 0), result.hits.length - 1);
    await interaction.update(resultMessage(result, index));
  },
};

/** The whole answer of a record, privately, over as many embeds as it needs. */
const fullAnswer: ComponentRoute = {
  prefix: PREFIX.full,
  async handle(interaction, [recordId], ctx) {
    const record = recordId ? ctx.search.record(recordId) : undefined;
    if (!record) return missingRecord(interaction, recordId);
    await sendMessages(interaction, recordMessages(record, { withQuestion: false, cite: false }), { ephemeral: true });
  },
};

/** The citation of a hit's quote, privately. */
const citeHit: ComponentRoute = {
  prefix: PREFIX.citeHit,
  async handle(interaction, [resultId = '', index = ''], ctx) {
    const hit = ctx.results.get(resultId)?.hits[Number.parseInt(index, 10)];
    if (!hit) return replyPrivately(interaction, notice(EXPIRED_RESULT));
    await replyPrivately(interaction, notice(citation(hit.record, hit.quote)));
  },
};

/** The citation of a record's answer (from /quote or an opened exchange), privately. */
const citeRecord: ComponentRoute = {
  prefix: PREFIX.citeRecord,
  async handle(interaction, [recordId], ctx) {
    const record = recordId ? ctx.search.record(recordId) : undefined;
    if (!record) return missingRecord(interaction, recordId);
    await replyPrivately(interaction, notice(citation(record, record.answer)));
  },
};

/** A briefing's select menu: the chosen exchange in full, privately. */
const openRecord: ComponentRoute = {
  prefix: PREFIX.open,
  async handle(interaction, _args, ctx) {
    if (!interaction.isStringSelectMenu()) throw new Error(`${interaction.customId} is not a select menu`);
    const recordId = interaction.values[0];
    const record = recordId ? ctx.search.record(recordId) : undefined;
    if (!record) return missingRecord(interaction, recordId);
    await sendMessages(interaction, recordMessages(record, { withQuestion: true, cite: true }), { ephemeral: true });
  },
};

/** 中文原文: the Chinese original of an English exchange in full, privately, verbatim, with its own link and Cite. */
const chineseOriginal: ComponentRoute = {
  prefix: PREFIX.chinese,
  async handle(interaction, [recordId], ctx) {
    const record = recordId ? ctx.search.record(recordId) : undefined;
    if (!record) return missingRecord(interaction, recordId);
    const chinese = chineseCounterpart(ctx.search, record);
    if (!chinese) return replyPrivately(interaction, notice(`No Chinese original of ${record.id} is in the index.`));
    await sendMessages(interaction, recordMessages(chinese, { withQuestion: true, cite: true }), { ephemeral: true });
  },
};

/** Every button and select menu spox puts on its messages. */
export const COMPONENT_ROUTES: ComponentRoute[] = [page, fullAnswer, citeHit, citeRecord, openRecord, chineseOriginal];
