import { brokenReferenceText } from '../answers/button-refs.js';
import { MessageFlags, type Interaction, type RepliableInteraction } from 'discord.js';
import type { BotContext, ComponentRoute, SpoxCommand } from './command.js';
import { parseCustomId } from './custom-ids.js';
import { notice } from './payloads.js';
import { errorReference, failureText, rateLimitedText } from '../answers/notices.js';
import type { RateLimiter } from '../answers/rate-limit.js';
import type { SearchQueue } from '../answers/search-queue.js';

export interface DispatcherOptions {
  commands: Map<string, SpoxCommand>;
  components: ComponentRoute[];
  ctx: BotContext;
  rateLimiter: RateLimiter;
  /** The queue `ctx.search` runs its searches in: each interaction holds it until acknowledged. */
  searches: SearchQueue;
}

/** Raised for an interaction no handler knows (a stale command, an old button). */
class UnknownInteractionError extends Error {
  override name = 'UnknownInteractionError';
}

/** Whether Discord has had the interaction's first answer (a defer counts): what its 3 s are for. */
function acknowledged(interaction: Interaction): boolean {
  if (interaction.isAutocomplete()) return interaction.responded;
  return !interaction.isRepliable() || interaction.deferred || interaction.replied;
}

function describe(interaction: Interaction): string {
  const who = `user ${interaction.user.id}`;
  if (interaction.isCommand() || interaction.isAutocomplete()) return `/${interaction.commandName} (${who})`;
  if (interaction.isMessageComponent()) return `component ${interaction.customId} (${who})`;
  return `interaction type ${interaction.type} (${who})`;
}

/**
 * The one `interactionCreate` handler: finds the command by name (or the component by custom id
 * prefix), applies the query limit, and owns the error handling: a failure is logged with a
 * reference and answered with an ephemeral "something went wrong", and never reaches the client.
 */
export class Dispatcher {
  private readonly routes: Map<string, ComponentRoute>;
  private readonly inFlight = new Set<Promise<void>>();

  constructor(private readonly options: DispatcherOptions) {
    this.routes = new Map(options.components.map((r) => [r.prefix, r]));
  }

  /**
   * Handles one interaction; the promise settles when it is answered and never rejects. Until it is
   * acknowledged (deferred or replied to), no queued search starts (`SearchQueue.hold`): Discord
   * drops an acknowledgement after 3 s, and a search blocks the event loop that sends it.
   */
  handle(interaction: Interaction): Promise<void> {
    const release = this.options.searches.hold(() => acknowledged(interaction));
    const task = this.route(interaction).catch((err: unknown) => this.fail(interaction, err)).finally(release);
    this.inFlight.add(task);
    void task.finally(() => this.inFlight.delete(task));
    return task;
  }

  /** Settles when every interaction being handled is answered (for tests and shutdown). */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  private async route(interaction: Interaction): Promise<void> {
    const { ctx } = this.options;
    if (interaction.isAutocomplete()) {
      const command = this.options.commands.get(interaction.commandName);
      if (command?.kind !== 'slash' || !command.autocomplete) throw new UnknownInteractionError(describe(interaction));
      await command.autocomplete(interaction, ctx);
      return;
    }
    if (interaction.isChatInputCommand() || interaction.isMessageContextMenuCommand()) {
      const command = this.options.commands.get(interaction.commandName);
      const fits = interaction.isChatInputCommand() ? command?.kind === 'slash' : command?.kind === 'message-menu';
      if (!command || !fits) {
        await interaction.reply({
          ...notice('This command is not available any more. Ask an admin to run `npm run deploy-commands`.'),
          flags: MessageFlags.Ephemeral,
        });
        return;
      }
      if (command.searches && !(await this.withinLimit(interaction))) return;
      if (command.kind === 'slash' && interaction.isChatInputCommand()) await command.execute(interaction, ctx);
      else if (command.kind === 'message-menu' && interaction.isMessageContextMenuCommand()) await command.execute(interaction, ctx);
      return;
    }
    if (interaction.isButton() || interaction.isAnySelectMenu()) {
      const { prefix, args } = parseCustomId(interaction.customId);
      const route = this.routes.get(prefix);
      // A button or menu of another version (or app): no fault of the user's and nothing to log as an error.
      if (!route) {
        const what = interaction.isButton() ? 'button' : 'menu';
        await interaction.reply({ ...notice(`This ${what} no longer works; run /ask again.`), flags: MessageFlags.Ephemeral });
        return;
      }
      // A menu's id on a button, or a button's on a menu: forged or damaged, said as any damaged id is.
      if (Boolean(route.menu) !== interaction.isAnySelectMenu()) {
        await interaction.reply({ ...notice(brokenReferenceText('/ask', '/quote')), flags: MessageFlags.Ephemeral });
        return;
      }
      await route.handle(interaction, args, ctx);
    }
  }

  private async withinLimit(interaction: RepliableInteraction): Promise<boolean> {
    const decision = this.options.rateLimiter.take(interaction.user.id);
    if (decision.ok) return true;
    await interaction.reply({
      ...notice(rateLimitedText(decision.retryAfterMs)),
      flags: MessageFlags.Ephemeral,
    });
    return false;
  }

  private async fail(interaction: Interaction, err: unknown): Promise<void> {
    const reference = errorReference();
    const { log } = this.options.ctx;
    log(`error ${reference} in ${describe(interaction)}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    try {
      if (interaction.isAutocomplete()) {
        if (!interaction.responded) await interaction.respond([]);
        return;
      }
      if (!interaction.isRepliable()) return;
      const message = notice(failureText(reference));
      if (interaction.deferred && !interaction.replied && interaction.ephemeral) {
        await interaction.editReply(message);
      } else if (interaction.deferred || interaction.replied) {
        // A public "thinking…" would otherwise stay; the error goes to the user alone.
        if (interaction.deferred && !interaction.replied) await interaction.deleteReply().catch(() => undefined);
        await interaction.followUp({ ...message, flags: MessageFlags.Ephemeral });
      } else {
        await interaction.reply({ ...message, flags: MessageFlags.Ephemeral });
      }
    } catch (replyError) {
      log(`error ${reference}: the error reply failed too: ${replyError instanceof Error ? replyError.message : String(replyError)}`);
    }
  }
}
