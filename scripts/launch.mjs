// Runs a command of src/cli/: the compiled dist/src/cli/<name>.js when `npm run build` (run by
// `npm ci`) is newer than every source file, otherwise the TypeScript through tsx. Compiling on
// the fly costs about 0.7 s of CPU per start, more than an answer takes.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compiledIsFresh } from '../src/util/build-fresh.mjs';

const name = process.argv[2];
if (!name || !/^[a-z-]+$/.test(name)) {
  console.error(`launch: give the name of a command of src/cli/, not ${JSON.stringify(name)}`);
  process.exit(2);
}
process.argv.splice(2, 1);

const compiled = join('dist', 'src', 'cli', `${name}.js`);
if (compiledIsFresh('.')) {
  await import(pathToFileURL(compiled).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(join('src', 'cli', `${name}.ts`)).href);
}
