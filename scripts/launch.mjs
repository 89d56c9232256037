// Runs a command of src/cli/: the compiled dist/src/cli/<name>.js when `npm run build` (run by
// `npm ci`) is newer than every source file (src/, commands/), otherwise the TypeScript through tsx. Compiling on
// the fly costs about 0.7 s of CPU per start, more than an answer takes.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const name = process.argv[2];
// A command's name, a file of src/cli/ (or, built, of dist/src/cli/): "--help" had been looked for as
// dist/src/cli/--help.js, and Node's error was all that was said. The commands said are those package.json runs.
const isCommand = (n) => /^[a-z][a-z-]*$/.test(n) && (existsSync(join('src', 'cli', `${n}.ts`)) || existsSync(join('dist', 'src', 'cli', `${n}.js`)));
if (!name || !isCommand(name)) {
  const scripts = existsSync('package.json') ? Object.values(JSON.parse(readFileSync('package.json', 'utf8')).scripts ?? {}) : [];
  const commands = scripts.flatMap((line) => [...String(line).matchAll(/src\/cli\/([a-z-]+)\.ts|launch\.mjs ([a-z-]+)/g)].map((m) => m[1] ?? m[2]));
  const known = [...new Set(commands)].sort().join(', ');
  console.error(`launch: give the name of a command of src/cli/${known ? ` (${known})` : ''}, then its options (node scripts/launch.mjs ask --help)${name ? `, not ${JSON.stringify(name)}` : ''}`);
  process.exit(2);
}
process.argv.splice(2, 1);

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (/\.(ts|mjs)$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function builtAt() {
  try {
    return statSync('dist/BUILT').mtimeMs;
  } catch {
    return 0;
  }
}

const compiled = join('dist', 'src', 'cli', `${name}.js`);
// commands/ is compiled too: the bot loads its slash commands from dist/commands/ (src/discord/loader.ts).
const sources = ['src', 'commands'].filter((dir) => existsSync(dir));
if (builtAt() > Math.max(...sources.map(newestSource), statSync('tsconfig.json').mtimeMs)) {
  await import(pathToFileURL(compiled).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(join('src', 'cli', `${name}.ts`)).href);
}
