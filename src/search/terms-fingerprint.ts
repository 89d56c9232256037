import { createHash } from 'node:crypto';
import { CHINESE_NAME_ALIASES, IZE_STEMS, PHRASE_ALIASES, WORD_ALIASES } from './aliases.js';

/**
 * The version of the tokenizer's rules (terms.ts, words.ts, cjk.ts: how words are cut, folded and
 * stemmed). Bump it when a change there changes any term; the alias data needs no bump.
 */
export const TOKENIZER_VERSION = 17;

let memo: string | null = null;

/**
 * How text becomes lexical terms today, as a short hash of the tokenizer's version and the alias data
 * (`aliases.ts`). An index records it when built; one built with other rules (an alias added, the
 * tokenizer changed) is stale, and an update neither takes over nor merges its lexical index. Cheap
 * (half a millisecond): it is checked before every search process opens an index.
 */
export function termsFingerprint(): string {
  memo ??= createHash('sha256')
    .update(JSON.stringify([TOKENIZER_VERSION, PHRASE_ALIASES, WORD_ALIASES, IZE_STEMS, CHINESE_NAME_ALIASES]))
    .digest('hex')
    .slice(0, 16);
  return memo;
}
