import { parseArgs, type ParseArgsConfig } from 'node:util';
import { errorLines } from './output.js';
import { printable } from '../util/printable.js';

export type ParsedOptions<T extends ParseArgsConfig> = ReturnType<typeof parseArgs<T>>;

/**
 * A command's options and arguments as `parseArgs` reads them, or null when they are wrong: then
 * `<command>: <what is wrong>` and the usage are printed, and the command exits 2. Node's advice on an
 * unknown option ("place it at the end of the command after '--'") is given as it works through
 * `npm run`, which takes the first `--` itself.
 */
export function parseCommandArgs<T extends ParseArgsConfig>(command: string, usage: string, config: T): ParsedOptions<T> | null {
  try {
    return parseArgs(config);
  } catch (err) {
    if (!String((err as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS')) throw err;
    const message = (err as Error).message.replace(
      /\. To specify a positional argument starting with a '-'[\s\S]*$/,
      `; text that starts with "-" goes after a second "--": npm run ${command} -- -- "<text>"`,
    );
    optionsError(`${command}: `, message, config.args ?? process.argv.slice(2));
    console.error(usage);
    return null;
  }
}

/**
 * `parseArgs`' error: Node's message, of its own lines, quotes the arguments as given; each argument
 * that holds a character `printable` escapes is shown escaped in it before its lines are printed.
 */
function optionsError(prefix: string, error: string, args: readonly string[]): void {
  let message = error;
  for (const arg of args) if (printable(arg) !== arg) message = message.split(arg).join(printable(arg));
  errorLines(`${prefix}${message}`);
}
