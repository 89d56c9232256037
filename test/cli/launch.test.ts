import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const LAUNCH = resolve('scripts/launch.mjs');
const root = mkdtempSync(join(tmpdir(), 'spox-launch-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A project folder with one command as TypeScript source and as a compiled file, each saying which it is. */
function project(): string {
  const dir = mkdtempSync(join(root, 'p-'));
  mkdirSync(join(dir, 'src/cli'), { recursive: true });
  mkdirSync(join(dir, 'dist/src/cli'), { recursive: true });
  writeFileSync(join(dir, 'tsconfig.json'), '{}');
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
  writeFileSync(join(dir, 'src/cli/hello.ts'), "const said: string = 'source'; console.log(said, process.argv.slice(2).join(' '));\n");
  writeFileSync(join(dir, 'dist/src/cli/hello.js'), "console.log('compiled', process.argv.slice(2).join(' '));\n");
  return dir;
}

const run = (dir: string, ...args: string[]) => spawnSync(process.execPath, [LAUNCH, ...args], { cwd: dir, encoding: 'utf8' });
const age = (path: string, seconds: number): void => utimesSync(path, new Date(Date.now() - seconds * 1000), new Date(Date.now() - seconds * 1000));

describe('scripts/launch.mjs (how npm run ask starts)', () => {
  it('runs the compiled command when the build is newer than every source, with the arguments after the name', () => {
    const dir = project();
    age(join(dir, 'src/cli/hello.ts'), 60);
    age(join(dir, 'tsconfig.json'), 60);
    writeFileSync(join(dir, 'dist/BUILT'), 'now\n');
    const out = run(dir, 'hello', 'Huawei', '--json');
    expect(out.stdout.trim()).toBe('compiled Huawei --json');
  });

  it('runs the TypeScript when a source changed after the build, or nothing was built', () => {
    const dir = project();
    writeFileSync(join(dir, 'dist/BUILT'), 'then\n');
    age(join(dir, 'dist/BUILT'), 60);
    expect(run(dir, 'hello', 'Huawei').stdout.trim()).toBe('source Huawei');
    rmSync(join(dir, 'dist/BUILT'));
    expect(run(dir, 'hello', 'x').stdout.trim()).toBe('source x');
  });

  it("runs the TypeScript when a command of commands/ changed after the build, which the bot loads from dist/commands/ (explore32a F18)", () => {
    const dir = project();
    mkdirSync(join(dir, 'commands'));
    writeFileSync(join(dir, 'dist/BUILT'), 'then\n');
    age(join(dir, 'src/cli/hello.ts'), 120);
    age(join(dir, 'tsconfig.json'), 120);
    age(join(dir, 'dist/BUILT'), 60);
    writeFileSync(join(dir, 'commands/ask.ts'), 'export default {};\n');
    expect(run(dir, 'hello', 'x').stdout.trim()).toBe('source x');
    age(join(dir, 'commands/ask.ts'), 120);
    expect(run(dir, 'hello', 'x').stdout.trim()).toBe('compiled x');
  });

  it('compiles commands/ with src/ (npm run build), so the compiled bot finds its slash commands (explore32a F18)', () => {
    const build = JSON.parse(readFileSync('tsconfig.build.json', 'utf8')) as { include: string[] };
    expect(build.include).toEqual(expect.arrayContaining(['src', 'commands']));
  });

  it('refuses a name that is not a command of src/cli', () => {
    const out = run(project(), '../../etc/passwd');
    expect(out.status).toBe(2);
    expect(out.stderr).toContain('give the name of a command of src/cli/');
    // An option where the name goes, or a name no file has: said, not Node's "module not found" (hunt-E F12).
    for (const name of ['--help', 'helo']) {
      const refused = run(project(), name, 'Huawei');
      expect(refused.status, name).toBe(2);
      expect(refused.stderr, name).toContain(`give the name of a command of src/cli/, then its options (node scripts/launch.mjs ask --help), not "${name}"`);
      expect(refused.stderr, name).not.toMatch(/ERR_MODULE_NOT_FOUND|Cannot find module/);
    }
    // In this project, the commands package.json runs are named.
    expect(spawnSync(process.execPath, [LAUNCH, '--help'], { encoding: 'utf8' }).stderr).toMatch(/src\/cli\/ \(ask, bot, .*sync, timeline\)/);
  });
});

describe('each command\'s --help', () => {
  it('prints its usage and exits 0, as ask and timeline do (hunt-F: parse --help was refused as an unknown option)', () => {
    for (const command of ['parse', 'sync', 'index', 'eval-quotes', 'deploy-commands', 'ask', 'timeline']) {
      for (const flag of ['--help', '-h']) {
        const out = spawnSync(process.execPath, ['--import', 'tsx', `src/cli/${command}.ts`, flag], { encoding: 'utf8', env: { ...process.env, SPOX_OFFLINE: '1' } });
        expect(out.status, `${command} ${flag}`).toBe(0);
        expect(out.stdout, `${command} ${flag}`).toMatch(/^usage: npm run /);
      }
    }
  }, 120_000);
});
