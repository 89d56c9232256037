// @ts-check
/**
 * Whether `npm run build` (run by `npm ci`) left a compiled copy of src/ in dist/ that is newer than
 * every source file: dist/BUILT, written last by scripts/build.mjs, is newer than every `.ts` and
 * `.mjs` file under src/ and than tsconfig.json. Plain JavaScript: scripts/launch.mjs and the sync's
 * worker thread ask it before any TypeScript can be loaded.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** @param {string} dir */
function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (/\.(ts|mjs)$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** @param {string} path */
function modifiedAt(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

/**
 * @param {string} root the project folder (holding src/, dist/ and tsconfig.json)
 * @returns {boolean}
 */
export function compiledIsFresh(root) {
  const built = modifiedAt(join(root, 'dist', 'BUILT'));
  if (built === 0) return false;
  try {
    return built > Math.max(newestSource(join(root, 'src')), modifiedAt(join(root, 'tsconfig.json')));
  } catch {
    return false;
  }
}
