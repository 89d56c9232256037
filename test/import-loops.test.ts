import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The modules under `dir` (as `src/search/month.ts`), each with the modules it imports values from,
 * its own folder's and others' (`../search/month.js`). Type-only imports are left out: they are
 * gone at run time; so is a dynamic `import()`, which runs after both modules have loaded.
 */
function valueImports(dir: string): Map<string, string[]> {
  const imports = new Map<string, string[]>();
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  for (const file of files.map((f) => join(dir, f))) {
    const text = readFileSync(file, 'utf8');
    const from = [...text.matchAll(/^(?:import|export)\s+(?!type\b)(?:[^;']*?from\s+)?'(\.{1,2}\/[^']+)\.js'/gmu)].map((m) => join(dirname(file), `${m[1]}.ts`));
    imports.set(file, [...new Set(from)]);
  }
  return imports;
}

/** Each module a chain of imports leads back to, with the shortest such chain: `a.ts → b.ts → a.ts`. */
function importLoops(imports: ReadonlyMap<string, readonly string[]>): string[] {
  const loops: string[] = [];
  for (const start of imports.keys()) {
    // Breadth first from `start`, each module reached with the one it was reached from.
    const cameFrom = new Map<string, string>();
    const queue = (imports.get(start) ?? []).map((next) => [next, start] as const);
    for (const [module, from] of queue) {
      if (cameFrom.has(module)) continue;
      cameFrom.set(module, from);
      if (module === start) {
        const chain = [start];
        for (let at = from; at !== start; at = cameFrom.get(at)!) chain.unshift(at);
        loops.push([start, ...chain].join(' → '));
        break;
      }
      queue.push(...(imports.get(module) ?? []).map((next) => [next, module] as const));
    }
  }
  return loops;
}

describe('the modules of src/ (src/answers and src/search among them)', () => {
  const imports = valueImports('src');

  it('are read with what they import, within their folder and across folders', () => {
    expect(imports.get('src/answers/span.ts')).toContain('src/answers/tenures.ts');
    expect(imports.get('src/search/month.ts')).toContain('src/search/numeric-dates.ts');
    expect(imports.get('src/answers/totals.ts')).toContain('src/search/month.ts');
    expect(imports.get('src/cli/ask.ts')).toContain('src/cli/load-env.ts');
  });

  it('would show a loop as its chain: month.ts, foreign-months.ts and numeric-dates.ts imported each other before fix37c', () => {
    const before = new Map([
      ['month.ts', ['foreign-months.ts', 'numeric-dates.ts', 'query.ts']],
      ['foreign-months.ts', ['month.ts']],
      ['numeric-dates.ts', ['month.ts']],
      ['query.ts', []],
    ]);
    expect(importLoops(before)).toEqual(['month.ts → foreign-months.ts → month.ts', 'foreign-months.ts → month.ts → foreign-months.ts', 'numeric-dates.ts → month.ts → numeric-dates.ts']);
  });

  it('import no module that imports them back, directly or through others (fix36c: span.ts and tenures.ts did; fix37c: month.ts, foreign-months.ts and numeric-dates.ts)', () => {
    expect(importLoops(imports)).toEqual([]);
  });
});
