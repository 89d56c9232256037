/**
 * Raw interaction payloads as Discord's gateway delivers them (INTERACTION_CREATE), for
 * `client.actions.InteractionCreate.handle(raw)`.
 */
export const APP_ID = '100000000000000001';
export const GUILD_ID = '200000000000000001';
export const CHANNEL_ID = '300000000000000001';
export const ALICE = '400000000000000001';
export const BOB = '400000000000000002';

let sequence = 0;

function snowflake(): string {
  sequence += 1;
  return String((BigInt(Date.UTC(2024, 0, 1) - 1420070400000) << 22n) + BigInt(sequence));
}

function user(id: string): object {
  return { id, username: `user${id.slice(-2)}`, discriminator: '0', global_name: null, avatar: null };
}

/** The fields every interaction has, sent from a server channel by `userId`. */
function base(type: number, userId: string): Record<string, unknown> & { id: string; token: string } {
  const id = snowflake();
  return {
    id,
    token: `tok-${id}`,
    application_id: APP_ID,
    type,
    version: 1,
    guild_id: GUILD_ID,
    channel_id: CHANNEL_ID,
    member: { user: user(userId), roles: [], permissions: '0', joined_at: new Date(0).toISOString(), deaf: false, mute: false, flags: 0 },
    locale: 'en-US',
    guild_locale: 'en-US',
    app_permissions: '0',
    entitlements: [],
    authorizing_integration_owners: { '0': GUILD_ID },
    context: 0,
    attachment_size_limit: 8_388_608,
  };
}

export type Option = { name: string; type: number; value: string | boolean; focused?: boolean };

export const string = (name: string, value: string): Option => ({ name, type: 3, value });
export const boolean = (name: string, value: boolean): Option => ({ name, type: 5, value });

export function slashCommand(name: string, options: Option[] = [], userId = ALICE) {
  return { ...base(2, userId), data: { id: snowflake(), name, type: 1, options } };
}

export function autocomplete(name: string, options: Option[], userId = ALICE) {
  return { ...base(4, userId), data: { id: snowflake(), name, type: 1, options } };
}

/** A message as the API shows it: what a component is attached to, or a context menu's target. */
export function message(
  fields: { id?: string; content?: string; embeds?: unknown[]; components?: unknown[]; flags?: number; authorId?: string } = {},
) {
  return {
    id: fields.id ?? snowflake(),
    type: 0,
    channel_id: CHANNEL_ID,
    content: fields.content ?? '',
    embeds: fields.embeds ?? [],
    components: fields.components ?? [],
    attachments: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    timestamp: new Date(0).toISOString(),
    edited_timestamp: null,
    flags: fields.flags ?? 0,
    author: user(fields.authorId ?? APP_ID),
  };
}

export function button(customId: string, userId = ALICE, attachedTo = message()) {
  return { ...base(3, userId), message: attachedTo, data: { custom_id: customId, component_type: 2 } };
}

export function stringSelect(customId: string, values: string[], userId = ALICE, attachedTo = message()) {
  return { ...base(3, userId), message: attachedTo, data: { custom_id: customId, component_type: 3, values } };
}

export function messageContextMenu(name: string, target: ReturnType<typeof message>, userId = ALICE) {
  return {
    ...base(2, userId),
    data: { id: snowflake(), name, type: 3, target_id: target.id, resolved: { messages: { [target.id]: target } } },
  };
}
