import type { APIActionRowComponent, APIComponentInMessageActionRow, APIEmbed } from 'discord.js';

/** Discord's message limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). */
export const LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  fieldName: 256,
  fieldValue: 1024,
  fields: 25,
  footerText: 2048,
  authorName: 256,
  /** All embeds' title, description, field names and values, footer and author together. */
  embedsTotal: 6000,
  embeds: 10,
  actionRows: 5,
  buttonsPerRow: 5,
  selectOptions: 25,
  optionLabel: 100,
  optionValue: 100,
  optionDescription: 100,
  buttonLabel: 80,
  customId: 100,
  choices: 25,
  choiceName: 100,
} as const;

/** What a message we send holds, as the API receives it. */
export interface MessageBody {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIActionRowComponent<APIComponentInMessageActionRow>[];
}

/** The characters an embed counts against the 6000 per message. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0)
  );
}

/** Every limit a message breaks, one line each; empty when Discord would accept it. */
export function limitViolations(body: MessageBody): string[] {
  const problems: string[] = [];
  const over = (what: string, length: number, max: number): void => {
    if (length > max) problems.push(`${what}: ${length} > ${max}`);
  };
  over('content', body.content?.length ?? 0, LIMITS.content);
  const embeds = body.embeds ?? [];
  over('embeds', embeds.length, LIMITS.embeds);
  over('embeds total', embeds.reduce((sum, e) => sum + embedLength(e), 0), LIMITS.embedsTotal);
  embeds.forEach((e, i) => {
    over(`embed ${i} title`, e.title?.length ?? 0, LIMITS.embedTitle);
    over(`embed ${i} description`, e.description?.length ?? 0, LIMITS.embedDescription);
    over(`embed ${i} footer`, e.footer?.text.length ?? 0, LIMITS.footerText);
    over(`embed ${i} author`, e.author?.name.length ?? 0, LIMITS.authorName);
    over(`embed ${i} fields`, e.fields?.length ?? 0, LIMITS.fields);
    (e.fields ?? []).forEach((f, j) => {
      over(`embed ${i} field ${j} name`, f.name.length, LIMITS.fieldName);
      over(`embed ${i} field ${j} value`, f.value.length, LIMITS.fieldValue);
    });
  });
  const rows = body.components ?? [];
  over('action rows', rows.length, LIMITS.actionRows);
  rows.forEach((row, i) => {
    over(`row ${i} components`, row.components.length, LIMITS.buttonsPerRow);
    for (const c of row.components) {
      if ('custom_id' in c) over(`row ${i} custom_id`, c.custom_id.length, LIMITS.customId);
      if ('label' in c && typeof c.label === 'string') over(`row ${i} label`, c.label.length, LIMITS.buttonLabel);
      if ('options' in c && Array.isArray(c.options)) {
        over(`row ${i} select options`, c.options.length, LIMITS.selectOptions);
        for (const o of c.options) {
          over(`row ${i} option label`, o.label.length, LIMITS.optionLabel);
          over(`row ${i} option value`, o.value.length, LIMITS.optionValue);
          over(`row ${i} option description`, o.description?.length ?? 0, LIMITS.optionDescription);
        }
      }
    }
  });
  return problems;
}
