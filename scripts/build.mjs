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
writeFileSync('dist/BUILT', `${new Date().toISOString()}\n`);
