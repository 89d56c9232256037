import { printable } from '../util/printable.js';

/**
 * The command-line tools' message printers: one line each, its control characters shown escaped
 * (`printable`), since file names, options and transcripts' text go into messages and a name holding
 * ESC or a line break could otherwise print a convincing line of its own.
 */
export function errorLine(line: string): void {
  console.error(printable(line));
}

export function outputLine(line: string): void {
  console.log(printable(line));
}

/**
 * The program's own message of several lines (a configuration problem naming each setting on a line
 * of its own): its line breaks kept, each line printed as `errorLine` prints one. What it quotes from
 * outside (a setting's value) must come quoted by `quoted`, so that it cannot break a line itself.
 */
export function errorLines(text: string): void {
  for (const line of text.split('\n')) errorLine(line);
}

/**
 * The arguments with an option that takes a number and a negative number after it (`--recheck-days -1`)
 * joined into one (`--recheck-days=-1`): `parseArgs` would refuse the pair as ambiguous, and the
 * option's own check then says which values it takes.
 */
export function joinNegativeValues(args: readonly string[], numberOptions: readonly string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const next = args[i + 1];
    if (numberOptions.includes(args[i]!) && next !== undefined && /^-[\d.]/.test(next)) {
      joined.push(`${args[i]}=${next}`);
      i++;
    } else {
      joined.push(args[i]!);
    }
  }
  return joined;
}
