import { statSync } from 'node:fs';

/**
 * What identifies a file's content without reading it: device, inode, size and change times, as
 * make and git use them. Replacing the file (a rename over it) changes the inode; writing to it
 * changes its size or times. Null when the file cannot be stat'ed or is no regular file.
 */
export function fileStamp(file: string): string | null {
  try {
    // Milliseconds as doubles resolve a quarter of a microsecond today; BigInt stats cost twice as much (tens of thousands a run).
    const stats = statSync(file, { throwIfNoEntry: false });
    return stats?.isFile() ? `${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}` : null;
  } catch {
    return null;
  }
}
