import { closeSync, constants, fstatSync, openSync, readFileSync, type Stats } from 'node:fs';

/** What a path is when it is not a regular file, for messages. */
export function specialFileKind(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'a special file';
}

/** A path that is a folder, a FIFO, a device…: `kind` says which (`specialFileKind`). */
export class NotRegularFileError extends Error {
  constructor(readonly kind: string) {
    super(`${kind}, not a regular file`);
  }
}

/** A regular file larger than its reader takes. */
export class FileTooLargeError extends Error {
  constructor(readonly size: number, readonly maxBytes: number) {
    super(`file is ${(size / 1024 / 1024).toFixed(1)} MB; at most ${maxBytes / 1024 / 1024} MB is read`);
  }
}

/**
 * A regular file's bytes, at most `maxBytes` of them. Opened without blocking and judged by what
 * was opened, so a FIFO cannot hang the reader and a device (`/dev/zero`) cannot fill its memory;
 * throws `NotRegularFileError`, `FileTooLargeError`, or the file system's error.
 */
export function readRegularFile(file: string, maxBytes: number): Buffer {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new NotRegularFileError(specialFileKind(stats));
    if (stats.size > maxBytes) throw new FileTooLargeError(stats.size, maxBytes); // before reading it into memory
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Why a path is not there. A name given on the command line in bytes that are not UTF-8 reaches
 * Node.js with each such byte replaced by U+FFFD, so no file has the name it then holds: that is
 * said rather than a bare "no such file".
 */
export function notFound(path: string): string {
  return path.includes('\uFFFD')
    ? 'no such file or folder: its name, as given, is not valid UTF-8 (the bytes shown as \uFFFD), and names are read as UTF-8; rename it in UTF-8, or give the folder that holds it'
    : 'no such file or folder';
}

/** An error from the file system as one line: its code and what it means. */
export function fileSystemReason(err: unknown, path?: string): string {
  const e = err as NodeJS.ErrnoException;
  return e.code === 'ENOENT' ? notFound(path ?? '') : e.code ? `${e.code}: ${e.message.split(',')[0]!.replace(/^\w+: /, '')}` : e.message;
}
