import { fitLabel, fitOpening, plainLabel, splitToFit } from '../answers/text-split.js';
import { SLACK_LIMITS, type Block, type ButtonElement, type OptionObject, type StaticSelectElement, type TextObject } from './limits.js';
import { escapeMrkdwn } from './mrkdwn.js';

/**
 * mrkdwn that spox wrote itself, around escaped pieces. `verbatim` stops Slack from turning bare
 * words into links or channel names: what a transcript says is shown as it says it.
 */
export function mrkdwn(text: string): TextObject {
  return { type: 'mrkdwn', text, verbatim: true };
}

export function plain(text: string): TextObject {
  return { type: 'plain_text', text, emoji: false };
}

export function section(text: string): Block {
  return { type: 'section', text: mrkdwn(text) };
}

export function context(...texts: string[]): Block {
  return { type: 'context', elements: texts.map(mrkdwn) };
}

export function button(label: string, actionId: string, value?: string, style?: 'primary'): ButtonElement {
  return {
    type: 'button',
    text: plain(plainLabel(label, SLACK_LIMITS.buttonText)),
    action_id: actionId,
    ...(value !== undefined ? { value } : {}),
    ...(style ? { style } : {}),
  };
}

export function linkButton(label: string, actionId: string, url: string): ButtonElement {
  return { type: 'button', text: plain(plainLabel(label, SLACK_LIMITS.buttonText)), action_id: actionId, url };
}

/** A choice of a menu; `text` and `description` are cut (and escaped) to Slack's 75 characters here. */
export function option(text: string, value: string, description?: string): OptionObject {
  return {
    text: plain(escapedLabel(text, SLACK_LIMITS.optionText)),
    value,
    ...(description ? { description: plain(escapedLabel(description, SLACK_LIMITS.optionDescription)) } : {}),
  };
}

export function staticSelect(actionId: string, placeholder: string, options: OptionObject[]): StaticSelectElement {
  return { type: 'static_select', action_id: actionId, placeholder: plain(plainLabel(placeholder, SLACK_LIMITS.placeholderText)), options };
}

/** Transcript text as a block quote: escaped, each line behind `>`, shown exactly as written. */
export function blockQuote(text: string): string {
  return text
    .split('\n')
    .map((line) => `>${escapeMrkdwn(line)}`)
    .join('\n');
}

const quotedLength = (text: string): number => blockQuote(text).length;
const escapedLength = (text: string): number => escapeMrkdwn(text).length;

/** Verbatim text as block-quote sections, each within the section limit less `reserve`; joined, they are the text. */
export function quoteSections(text: string, reserve = 0): Block[] {
  return splitToFit(text, SLACK_LIMITS.sectionText - reserve, quotedLength).map((piece) => section(blockQuote(piece.replace(/\n+$/, ''))));
}

/** The opening of verbatim text as one block quote within `max` characters, " …" when cut. */
export function quoteOpening(text: string, max: number): string {
  return blockQuote(fitOpening(text, max, quotedLength));
}

/** User or transcript text shown for context (a question, a list line): escaped, cut at a word with "…". */
export function escapedLabel(text: string, max: number): string {
  return escapeMrkdwn(fitLabel(text, max, escapedLength));
}

/**
 * Slack formats `*bold*`, `_italic_`, `~strike~` and `` `code` `` and has no escape for them (a
 * backslash shows; a zero-width space beside a marker makes Slack format it, not stop it). What a
 * person typed is echoed (`Results for “…”`, an id named in a notice) with look-alikes instead:
 * ∗ (U+2217), ˍ (U+02CD), ∼ (U+223C), ˋ (U+02CB); it shows as typed, and nothing typed can style
 * spox's own words. Only for echoes: transcript text is never changed, so a copy stays verbatim.
 */
const MARKERS: Record<string, string> = { '*': '\u2217', _: '\u02CD', '~': '\u223C', '`': '\u02CB' };

export function echoedLabel(text: string, max: number): string {
  return escapedLabel(text, max).replace(/[*_~`]/g, (c) => MARKERS[c]!);
}
