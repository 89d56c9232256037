// `npm run build` (also run by `npm ci`, as `prepare`): compiles src/ and commands/ to dist/ so that `npm run ask`
// starts without compiling TypeScript on the fly. dist/BUILT is written last: a build cut short
// leaves no stamp, and scripts/launch.mjs then runs the TypeScript instead.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { rmSync, writeFileSync } from 'node:fs';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
rmSync('dist', { recursive: true, force: true });
const run = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
if (run.status !== 0) {
  console.error('build: tsc reported errors; `npm run ask` runs the TypeScript sources until a build succeeds');
  // Under `npm ci` a type error must not stop the install: `npm test` reports it.
  process.exit(process.env.npm_lifecycle_event === 'prepare' ? 0 : (run.status ?? 1));
}
// The tables the search would otherwise work out at every start (src/search/precomputed.ts). Without
// them the compiled code computes each on first use, as the sources do: a failure here is only slower.
try {
  await import(new URL('../dist/src/search/engine.js', import.meta.url).href); // registers every table
  const { computeAllTables, precomputedFile } = await import(new URL('../dist/src/search/precomputed.js', import.meta.url).href);
  writeFileSync(precomputedFile(), JSON.stringify(computeAllTables()));
} catch (error) {
  console.error(`build: precomputed tables not written (each is computed on first use instead): ${error instanceof Error ? error.message : error}`);
}
writeFileSync('dist/BUILT', `${new Date().toISOString()}\n`);
