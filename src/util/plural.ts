/** `1 exchange`, `37 exchanges`; the plural given when it is not the singular plus "s". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/**
 * The first `n` items, then how many more: `a, b, c, and 4 more` (`a; b; c; and 4 more` with
 * `separator` '; '); the items alone when there are no more than `n`.
 */
export function namedThenCounted(items: readonly string[], n: number, separator = ', '): string {
  const named = items.slice(0, n).join(separator);
  return items.length > n ? `${named}${separator}and ${items.length - n} more` : named;
}

/** `a`, `a and b`, `a, b and c` (or `or`). */
export function listed(items: readonly string[], conjunction: 'and' | 'or'): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}` : items[0]!;
}
