import { randomBytes } from 'node:crypto';

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

/** No briefing that day: the nearest dates that have one. `shown` is the date as typed, escaped by the caller. */
export function noBriefingText(shown: string, nearest: string[]): string {
  const dates = nearest.length > 0 ? ` Nearest briefing dates: ${nearest.join(', ')}.` : '';
  return `No briefing on ${shown} in the index.${dates}`;
}
