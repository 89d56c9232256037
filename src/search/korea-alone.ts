import { termsOf } from './terms.js';

/**
 * "Korea" alone is read as the Korean Peninsula, by design: "North Korea" and "South Korea" are the
 * DPRK and the ROK (`aliases.ts`), and an exchange on either may never write "Korea" alone. A desk
 * asking "Korea asked by KBS" found nothing, though KBS's one question is on the DPRK: the answer
 * says what "North Korea" and "South Korea" find in its place (`SearchEngine`).
 */

/** "Korea" as typed, in any case, where `text` writes it alone (not "North Korea", "South Korea", "Republic of Korea", nor beside "peninsula", which asks for it); null otherwise. */
export function koreaAlone(text: string): string | null {
  if (/peninsula/i.test(text) || !termsOf(text).includes('korea')) return null;
  const alone = /(?<!(?:north|south|of|the)\s+)(?<![\p{L}\p{N}])korea(?![\p{L}\p{N}'’-])/iu.exec(text);
  return alone ? alone[0] : null;
}

/** The names that search the two states in the peninsula's place. */
export const KOREAS = ['North Korea', 'South Korea'] as const;
