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
