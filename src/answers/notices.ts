import { randomBytes } from 'node:crypto';
import type { BriefingNamed } from './briefing-asked.js';

/** A reference to quote when reporting an error: short, and found in the log. */
export function errorReference(): string {
  return randomBytes(4).toString('hex').toUpperCase();
}

/** What a person is told when answering failed: the reference that is also in the log. */
export function failureText(reference: string): string {
  return `Something went wrong while answering. Reference: ${reference}. Please try again; if it keeps happening, report this reference.`;
}

/** What a person over the per-minute search limit is told. */
export function rateLimitedText(retryAfterMs: number): string {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return `You have reached the limit of searches per minute. Please try again in ${seconds} s.`;
}

/**
 * No briefing that day, said by its key ("2019-04-03", as the CLI, Discord and Slack alike say it, not
 * the question typed), with how its date was read (`BriefingNamed.read`), and the nearest dates that have one.
 */
export function noBriefingText(named: Pick<BriefingNamed, 'key' | 'read'>, nearest: readonly string[]): string {
  const dates = nearest.length > 0 ? ` Nearest briefing dates: ${nearest.join(', ')}.` : '';
  return `No briefing on ${named.key} in the index${named.read ? ` (${named.read})` : ''}.${dates}`;
}

/** Above a briefing opened by a date that could be read two ways, how it was read and how to ask the other; null for any other date. */
export function dateReadText(named: Pick<BriefingNamed, 'read'>): string | null {
  return named.read ? `${named.read}.` : null;
}
