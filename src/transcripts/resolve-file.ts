import { basename, dirname, isAbsolute, resolve, sep } from 'node:path';

/** An empty, `.` or `..` segment, or a trailing slash: what `resolve` would change in an absolute POSIX path. */
const NOT_NORMAL = /\/\/|\/\.\.?(?:\/|$)|\/$/;

/** Each folder's absolute path, by the folder as given (and, for a relative one, the working directory). */
const folders = new Map<string, string>();

/**
 * `path.resolve(file)`, resolving each folder once: an index run resolves tens of thousands of
 * files that lie in a few folders, and `resolve` normalises the whole path every time.
 */
export function resolveFile(file: string): string {
  // An absolute path with no empty, `.` or `..` segment is its own resolution (a listed file's usually is).
  if (sep === '/' && file.startsWith('/') && !NOT_NORMAL.test(file)) return file;
  const name = basename(file);
  if (name === '' || name === '.' || name === '..' || file.endsWith(sep)) return resolve(file);
  const dir = dirname(file);
  const key = isAbsolute(dir) ? dir : `${process.cwd()}\0${dir}`;
  let folder = folders.get(key);
  if (folder === undefined) {
    folder = resolve(dir);
    folders.set(key, folder);
  }
  return folder.endsWith(sep) ? folder + name : folder + sep + name;
}
