import type { z } from 'zod';

/** A setting is missing or malformed; the message names it, says where to get it, and never shows its value. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Reads a zod object schema's variables from the environment (an empty variable counts as unset).
 * Every problem is one line naming the variable, what is wrong, and its description (where to get
 * it); `require` lists optional variables this caller needs. Throws ConfigError; values are never shown.
 */
export function readEnvSettings<S extends z.ZodObject>(
  schema: S,
  env: NodeJS.ProcessEnv,
  options: { require?: (keyof S['shape'] & string)[] } = {},
): z.output<S> {
  const raw: Record<string, string> = {};
  for (const name of Object.keys(schema.shape)) {
    const value = env[name]?.trim();
    if (value) raw[name] = value;
  }
  const line = (name: string, problem: string): string => `${name} ${problem}. ${schema.shape[name]?.description ?? ''}`.trimEnd();
  const parsed = schema.safeParse(raw);
  const problems: string[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const name = String(issue.path[0]);
      // Only our own wording: zod's message for a missing value would otherwise be generic.
      problems.push(line(name, raw[name] === undefined ? 'is not set' : issue.message));
    }
  }
  for (const name of options.require ?? []) {
    if (raw[name] === undefined && !problems.some((p) => p.startsWith(`${name} `))) problems.push(line(name, 'is not set'));
  }
  if (problems.length > 0 || !parsed.success) {
    throw new ConfigError(`Configuration problem (set it in .env or the environment):\n${problems.map((p) => `- ${p}`).join('\n')}`);
  }
  return parsed.data;
}

/** For entry points: the settings, or null after printing what is wrong (names only, never values). */
export function readEnvSettingsOrReport<T>(read: () => T): T | null {
  try {
    return read();
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    console.error(err.message);
    return null;
  }
}
