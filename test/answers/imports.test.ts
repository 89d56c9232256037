import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = 'src/answers';

/** The modules of src/answers each module imports values from (type-only imports left out: they are gone at run time). */
function valueImports(): Map<string, string[]> {
  const imports = new Map<string, string[]>();
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(join(DIR, file), 'utf8');
    const from = [...text.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+'\.\/([\w-]+)\.js'/gmu)].map((m) => `${m[1]}.ts`);
    imports.set(file, [...new Set(from)]);
  }
  return imports;
}

describe('the modules of src/answers', () => {
  it('import no module that imports them back, directly or through others (fix36c #3: span.ts and tenures.ts did)', () => {
    const imports = valueImports();
    expect(imports.get('span.ts')).toContain('tenures.ts');
    const cycles: string[] = [];
    for (const start of imports.keys()) {
      // Every module reachable from `start`; a path back to it is a cycle.
      const seen = new Set<string>();
      const todo = [...(imports.get(start) ?? [])];
      while (todo.length > 0) {
        const next = todo.pop()!;
        if (next === start) {
          cycles.push(start);
          break;
        }
        if (seen.has(next)) continue;
        seen.add(next);
        todo.push(...(imports.get(next) ?? []));
      }
    }
    expect(cycles).toEqual([]);
  });
});
