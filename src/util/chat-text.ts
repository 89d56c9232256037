import { typedText } from './printable.js';

// What a chat message holds beside the words a person typed: links, mentions, emoji (`questionWords`).

/*
 * Every pattern here takes time in proportion to the text: no part of a match can run on past where
 * the next match could start (a label stops at the next `[`, a title's brackets at the next `(`, an
 * address at the next `[`), and a repeated part has a bound (a domain's labels). Unbounded, a 40,000-
 * character Slack message of `[[[…` or `aa.aa.…` was scanned to its end from each position, and
 * blocked the event loop for 2 to 7 s (review33 #10).
 */

/**
 * A link with a label: Slack's `<https://…|label>` and Discord's masked `[label](https://…)`, with
 * or without a Markdown title after the address (`[label](https://… "title")`); the label is kept.
 */
const LABELLED_LINK = /<(?:https?|mailto|ftp):[^<>|\s]*\|([^<>]*)>|\[([^[\]]*)\]\(<?https?:\/\/[^)[\s]*>?(?:\s+(?:"[^"]*"|'[^']*'|\([^()]*\)))?\s*\)/gi;

/**
 * Chat markup that is no word of the question: Slack's `<@U…>`, `<#C…|name>`, `<!here>`,
 * `<!subteam^…>` and `<https://…>`; Discord's `<@id>`, `<@!id>`, `<@&id>`, `<#id>`, `<:name:id>`,
 * `<a:name:id>`, `<t:…>`, `</command:id>` and `<id:…>`.
 */
const MARKUP = /<(?:[@#!][^<>]*|a?:\w+:\d+|t:-?\d+(?::\w)?|\/[^<>:]+:\d+|id:\w+|(?:https?|mailto|ftp):[^<>\s]*)>/gi;
/** Discord's `@everyone` and `@here`, typed as text (allowed mentions keep them from pinging; they are no words either). */
const EVERYONE = /(?<![\w@])@(?:everyone|here)\b/gi;

/**
 * A link written out: any `scheme://…` (`https://`, `steam://`), `mailto:`, `tel:`, `sms:` or
 * `magnet:` and what follows, `www.…`, a bare `t.co/…`-style domain with a path, or an e-mail
 * address, which chat clients make a link of. (A scheme of up to 32 characters, a domain of up to 10
 * labels of 63: DNS allows no longer label. An address is matched from the start of its run of
 * characters only, which finds what matching from any of them found.)
 */
const BARE_LINK = /\b(?:[a-z][a-z0-9+.-]{0,31}:\/\/|(?:mailto|tel|sms|magnet):|www\.)\S+|(?<![\w-])(?:[a-z0-9-]{1,63}\.){1,10}[a-z]{2,63}\/\S*|(?<![\w.+-])[\w.+-]+@(?:[a-z0-9-]+\.)+[a-z]{2,}\b/gi;

/**
 * Slack's emoji codes as message text carries them: `:flag-cn:`, `:+1:`, `:thumbsup::skin-tone-2:`, one
 * or several in a row. Only a whole code standing alone counts: `10:30`, `Re:Huawei:` and `Article 23:
 * Hong Kong` keep their colons, since a letter or digit touches the code or a space breaks it.
 */
const EMOJI_CODES = /(?<![\p{L}\p{N}])(?::[a-z0-9_+-]+:)+(?![\p{L}\p{N}])/gu;

/**
 * Emoji as characters (🔥, 🇨🇳 and their joiners, selectors and skin tones): no word of the question.
 * A tweet's emoji counted toward the question's length and were cut into it, so the words after
 * 150 of them were never searched.
 */
const EMOJI = /[\p{Extended_Pictographic}\p{Regional_Indicator}\p{Emoji_Modifier}\u200d\ufe0f\u20e3]+/gu;

/**
 * A reply or forward subject's prefix (`Re:`, `RE: Fwd:`, `Fw:`, `AW:`, `WG:`) at the start: a message
 * shortcut on a forwarded "Re: Huawei ban" searched "re" ("re-sell", "re-posting") above Huawei.
 */
const SUBJECT_PREFIX = /^(?:\s*(?:re|fwd?|aw|wg)\s*:)+/i;

const space = (): string => ' ';
/** A pattern run only on a text holding a character it needs (`needs`). */
const when = (needs: RegExp, pattern: RegExp, by: (whole: string, ...groups: (string | undefined)[]) => string) => (t: string): string =>
  (needs.test(t) ? t.replace(pattern, by) : t);

/*
 * `questionWords`' steps, in order. Most questions hold none of the characters a step needs: its
 * pattern is then never run, and a process that answers one question does not compile them all (the
 * emoji classes are large).
 */
const CLEANING = [
  when(/[<[]/, LABELLED_LINK, (_, slack, discord) => ` ${slack ?? discord ?? ''} `),
  when(/</, MARKUP, space),
  when(/@/, EVERYONE, space),
  when(/[:@/]|www\./i, BARE_LINK, space),
  when(/:/, EMOJI_CODES, space),
  when(/[^\x00-\x7f]/, EMOJI, space),
  when(/:/, SUBJECT_PREFIX, space),
];

/**
 * A question, a topic or a filter's value as the words it holds, one rule for every bot and path
 * (`queryFrom` in answers/query-text.ts): control characters (`typedText`), links (a label kept),
 * chat markup and mentions, emoji and emoji codes, and a forwarded subject's prefix left out, white
 * space collapsed.
 */
export function questionWords(text: string): string {
  return CLEANING.reduce((t, step) => step(t), typedText(text))
    .replace(/\s+/g, ' ')
    .trim();
}
