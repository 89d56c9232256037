import { isoDate } from '../title.js';
import type { Occasion } from '../types.js';
import { englishName } from './names.js';

/** What a Chinese title (`2019年7月10日外交部发言人耿爽主持例行记者会`) says. */
export interface ChineseTitleFacts {
  date: string | null;
  /** English form of the name (`Geng Shuang`), or the Chinese name when it is not a known one. */
  spokesperson: string | null;
  /** As the English titles give it: `主持例行记者会` a regular press conference, `主持网上例行记者会` (February 2020) a daily online briefing. */
  occasion: Occasion | null;
}

const TITLE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*外交部发言人\s*([\u4e00-\u9fff·]{2,6}?)\s*主持/;

/** Whether a title is a Chinese press-conference title at all. */
export function isChineseTitle(title: string): boolean {
  return /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*外交部发言人/.test(title);
}

export function readChineseTitle(title: string): ChineseTitleFacts {
  const m = TITLE.exec(title);
  if (!m) return { date: null, spokesperson: null, occasion: null };
  const [month, day] = [Number(m[2]), Number(m[3])];
  const date = month >= 1 && month <= 12 && day >= 1 && day <= 31 ? isoDate(Number(m[1]), month, day) : null;
  return { date, spokesperson: englishName(m[4]!), occasion: occasionOf(title.slice(m.index + m[0].length)) };
}

/** What follows `主持`; another event the spokesperson hosts is, as in English, their remarks. */
function occasionOf(hosted: string): Occasion {
  if (/^\s*网上例行记者会/.test(hosted)) return 'online-briefing';
  if (/^\s*例行记者会/.test(hosted)) return 'press-conference';
  return 'remarks';
}
