import type {
  AnySelectMenuInteraction, AutocompleteInteraction, ButtonInteraction, ChatInputCommandInteraction,
  ContextMenuCommandBuilder, MessageContextMenuCommandInteraction, RESTPostAPIApplicationCommandsJSONBody,
} from 'discord.js';
import type { SpoxSearch } from '../search/types.js';
import type { ResultStore } from '../answers/result-store.js';
import type { SyncStatus } from '../sync/status.js';

/** What every handler is handed: the opened index, the stored results, and the log. */
export interface BotContext {
  search: SpoxSearch;
  results: ResultStore;
  log: (line: string) => void;
  /** The data folder's sync state: when the sync last read the Ministry's site, the pages it could not get; absent where no sync runs. */
  syncStatus?: () => SyncStatus;
}

/** Anything with a JSON command definition: the discord.js builders. */
interface CommandDefinition {
  readonly name: string;
  toJSON(): RESTPostAPIApplicationCommandsJSONBody;
}

interface CommandBase {
  data: CommandDefinition;
  /** Counts against the per-user query limit (commands that run a search). */
  searches?: boolean;
}

/** A slash command: one module in `commands/`, its definition and its handler. */
export interface SlashCommand extends CommandBase {
  kind: 'slash';
  execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void>;
}

/** A message context-menu command (right-click a message → Apps). */
export interface MessageMenuCommand extends CommandBase {
  kind: 'message-menu';
  data: ContextMenuCommandBuilder;
  execute(interaction: MessageContextMenuCommandInteraction, ctx: BotContext): Promise<void>;
}

export type SpoxCommand = SlashCommand | MessageMenuCommand;

/** A click on a button or a choice in a select menu. */
export type ComponentInteraction = ButtonInteraction | AnySelectMenuInteraction;

/** A button or select menu handler, found by the first part of the custom id. */
export interface ComponentRoute {
  prefix: string;
  /** A select menu's route; without it, a button's. The other kind under its prefix is no component of spox's. */
  menu?: true;
  handle(interaction: ComponentInteraction, args: string[], ctx: BotContext): Promise<void>;
}
