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
    const parsed = parseArgs({ ...config, tokens: true });
    const problem = givenTwiceOrEmpty((parsed.tokens ?? []) as OptionToken[], config.options ?? {});
    if (problem) {
      optionsError(`${command}: `, problem, config.args ?? process.argv.slice(2));
      console.error(usage);
      return null;
    }
    return parsed as ParsedOptions<T>;
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

type OptionToken = { kind: string; name?: string; rawName?: string; value?: string | undefined };

/**
 * What is wrong with options given twice or given empty, or null: `parseArgs` keeps the last of two
 * (`--spokesperson Hua --spokesperson Geng` searched Geng's answers alone, saying nothing of Hua) and an
 * empty value as none (`--spokesperson "$NAME"` with no name searched everyone's). Of a value option
 * that takes one value; a flag given twice says the same twice.
 */
function givenTwiceOrEmpty(tokens: readonly OptionToken[], options: NonNullable<ParseArgsConfig['options']>): string | null {
  const seen = new Map<string, string>();
  for (const token of tokens) {
    if (token.kind !== 'option' || !token.name) continue;
    const option = options[token.name];
    if (option?.type !== 'string' || option.multiple) continue;
    const value = token.value ?? '';
    if (value.trim() === '') return `--${token.name} is empty: give it a value, or leave it out`;
    const before = seen.get(token.name);
    if (before !== undefined) return `--${token.name} is given twice ("${before}", "${value}"): give it once`;
    seen.set(token.name, value);
  }
  return null;
}
