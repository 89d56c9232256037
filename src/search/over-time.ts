import { outsideQuotes } from './quoted-parts.js';
import { termsOf } from './terms.js';

/**
 * Words asking how a topic went over time, which a timeline draws and a list of answers shows by
 * date: "How has China's position on Huawei changed over the years?", "Huawei over the years",
 * "the evolution of China's stance on Taiwan", "position on Xinjiang over time". They say how, not
 * what: searched, "changed" and "years" let a timeline count the one Huawei exchange holding all of
 * them (of 138), and `ask` answer 22.
 */
const OVER_TIME = /\b(?:over|through|across|throughout)\s+(?:the\s+)?(?:(?:past|last)\s+(?:few\s+|several\s+)?)?(?:years|time|decades?)\b|\b(?:the\s+)?evolution\s+of\b/gi;

/** "How has … changed", the topic between: only where the change ends the question or comes before its dates or `OVER_TIME`. */
const HOW_CHANGED = /^\s*how\s+(?:has|have|had|did|does|do)\s+(?<topic>[^"“”「」『』]+?)\s+(?:changed|change|evolved|evolve|shifted|shift|developed|develop)(?<rest>(?:\s+(?:since|from|between|in|during|after|before)\b[^]*)?\s*[?.!]*\s*)$/i;

/**
 * The question without its words asking how the topic went over time (quoted phrases kept as
 * written): "How has China's position on Huawei changed over the years?" → "China's position on
 * Huawei?". As typed when it has none, or when nothing would be left to search.
 */
export function withoutOverTime(question: string): string {
  const stripped = outsideQuotes(question, (part) => part.replace(OVER_TIME, ' ')).replace(/\s+/g, ' ').replace(/\s+([?.!,])/g, '$1').trim();
  const m = HOW_CHANGED.exec(stripped);
  const read = m?.groups ? `${m.groups.topic}${m.groups.rest}`.trim() : stripped;
  if (read === question.trim() || termsOf(read).length === 0) return question;
  return read;
}
