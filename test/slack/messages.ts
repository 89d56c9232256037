import type { Block, OptionObject } from '../../src/slack/limits.js';
import { unescapeMrkdwn } from '../../src/slack/mrkdwn.js';

/** A message as the fake received it. */
export interface Sent {
  text?: string;
  blocks?: Block[];
  response_type?: string;
  replace_original?: boolean;
}

/** Every text of a message's blocks (sections, contexts, headers, buttons, menus and their options), in order. */
export function texts(message: Sent): string[] {
  const out: string[] = [];
  for (const block of message.blocks ?? []) {
    if (block.type === 'section' && block.text) out.push(block.text.text);
    if (block.type === 'header') out.push(block.text.text);
    if (block.type === 'context') out.push(...block.elements.map((e) => e.text));
    if (block.type === 'actions') {
      for (const e of block.elements) {
        if (e.type === 'button') out.push(e.text.text);
        else out.push(...(e.placeholder ? [e.placeholder.text] : []), ...e.options.flatMap((o) => [o.text.text, ...(o.description ? [o.description.text] : [])]));
      }
    }
  }
  return out;
}

/** The buttons of a message by action id. */
export function buttons(message: Sent): Map<string, { value?: string; url?: string; text: string }> {
  const out = new Map<string, { value?: string; url?: string; text: string }>();
  for (const block of message.blocks ?? []) {
    if (block.type === 'actions') for (const b of block.elements) if (b.type === 'button') out.set(b.action_id, { ...(b.value ? { value: b.value } : {}), ...(b.url ? { url: b.url } : {}), text: b.text.text });
  }
  return out;
}

/** The block-quote sections (transcript text), as Slack shows them: `>` dropped, entities read back. */
export function quoted(message: Sent): string[] {
  return texts(message)
    .filter((t) => t.startsWith('>'))
    .map((t) =>
      t
        .split('\n')
        .map((line) => unescapeMrkdwn(line.replace(/^>/, '')))
        .join('\n'),
    );
}

/**
 * Texts Slack would act on: a raw `<` or `>` (beyond spox's own block-quote marks) or a bare `&`.
 * spox writes no `<…>` of its own (links are buttons), so any would be a ping or a forged link.
 */
export function controlSequences(message: Sent): string[] {
  const withoutQuoteMarks = (t: string): string => t.replace(/^>/gm, '');
  return [message.text ?? '', ...texts(message)].map(withoutQuoteMarks).filter((t) => /[<>]/.test(t) || /&(?!amp;|lt;|gt;)/.test(t));
}

/** The options of a message's select menu `actionId` (none when it has no such menu). */
export function menuOptions(message: Sent, actionId: string): OptionObject[] {
  for (const block of message.blocks ?? []) {
    if (block.type === 'actions') for (const e of block.elements) if (e.type === 'static_select' && e.action_id === actionId) return e.options;
  }
  return [];
}
