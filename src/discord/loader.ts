import { readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { SpoxCommand } from './command.js';

/** The `commands/` folder at the project root. */
export const COMMANDS_DIR = fileURLToPath(new URL('../../commands/', import.meta.url));

function isCommand(value: unknown): value is SpoxCommand {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<SpoxCommand>;
  return (
    (v.kind === 'slash' || v.kind === 'message-menu') &&
    typeof v.execute === 'function' &&
    typeof v.data?.name === 'string' &&
    typeof v.data.toJSON === 'function'
  );
}

/**
 * Reads every command module in the folder (its default export: definition and handler), keyed by
 * command name. Adding a command means adding a file.
 */
export async function loadCommands(dir: string = COMMANDS_DIR): Promise<Map<string, SpoxCommand>> {
  const files = readdirSync(dir)
    .filter((f) => ['.ts', '.js', '.mjs'].includes(extname(f)) && !f.endsWith('.d.ts'))
    .sort();
  const commands = new Map<string, SpoxCommand>();
  for (const file of files) {
    const module = (await import(pathToFileURL(join(dir, file)).href)) as { default?: unknown };
    if (!isCommand(module.default)) {
      throw new Error(`${file} in ${dir} does not export a command (default export with kind, data and execute)`);
    }
    if (commands.has(module.default.data.name)) throw new Error(`two commands are named "${module.default.data.name}"`);
    commands.set(module.default.data.name, module.default);
  }
  return commands;
}

/** The definitions Discord registers, as plain JSON. */
export function commandDefinitions(commands: Map<string, SpoxCommand>): unknown[] {
  return [...commands.values()].map((c) => c.data.toJSON());
}
