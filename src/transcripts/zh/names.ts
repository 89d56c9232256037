/** A stretch of years a spokesperson served; `to` absent where the end is not in the sources below. */
export interface ServedYears {
  from: number;
  to?: number;
}

/** A spokesperson of the Foreign Ministry: the English form the English pages give, the Chinese form, the years served where sure. */
export interface MinistrySpokesperson {
  en: string;
  zh: string;
  /** Empty where the years were not found in a source one can check. */
  served: readonly ServedYears[];
  /** Whom "Ms" and whom "Mr" names: a surname after the wrong one is someone else ("Mr Mao" is no Mao Ning). */
  addressed: 'Ms' | 'Mr';
}

/**
 * The Ministry's spokespeople of 2002-2026, reviewed: each English form as the English transcripts
 * and the CMFA PressCon corpus write it (seeds/, ../shared/corpus/presscon/), each Chinese form as
 * the Chinese pages title them. Years from the Ministry's announcements as the press reported them:
 * Liu Jianchao 2002 to his last briefing of 2008-12-18 and Qin Gang's two terms (Beijing Youth Daily,
 * 2013-12-01); Ma Zhaoxu taking over from him (2009); Hong Lei 2010-2016, Lu Kang 2015-2019 (Caixin,
 * 2021-10-25: Hua Chunying named in 2012, Lu Kang until July 2019); Geng Shuang 2016-09-26 to
 * 2020-06-05; the debuts of Zhao Lijian (2020-02-24), Wang Wenbin (July 2020), Mao Ning
 * (2022-09-05), Lin Jian (2024-03-18) and Guo Jiakun (2025-01-06). The end of a term still running
 * or not found is left open; Kong Quan's, Zhang Qiyue's, Jiang Yu's and Liu Weimin's years were not
 * found in such a source and are not given. Zhang Qiyue, Jiang Yu, Hua Chunying and Mao Ning are
 * women, the others men, as the press and the Ministry's own transcripts address them ("Mr. Zhao
 * Lijian", Hua Chunying's briefing of 2020-05-08, seeds/mfa-en/t1777215.shtml).
 */
export const MINISTRY_SPOKESPEOPLE: readonly MinistrySpokesperson[] = [
  { en: 'Kong Quan', zh: '孔泉', served: [], addressed: 'Mr' },
  { en: 'Zhang Qiyue', zh: '章启月', served: [], addressed: 'Ms' },
  { en: 'Liu Jianchao', zh: '刘建超', served: [{ from: 2002, to: 2008 }], addressed: 'Mr' },
  { en: 'Qin Gang', zh: '秦刚', served: [{ from: 2005, to: 2010 }, { from: 2012, to: 2014 }], addressed: 'Mr' },
  { en: 'Jiang Yu', zh: '姜瑜', served: [], addressed: 'Ms' },
  { en: 'Ma Zhaoxu', zh: '马朝旭', served: [{ from: 2009 }], addressed: 'Mr' },
  { en: 'Hong Lei', zh: '洪磊', served: [{ from: 2010, to: 2016 }], addressed: 'Mr' },
  { en: 'Liu Weimin', zh: '刘为民', served: [], addressed: 'Mr' },
  { en: 'Hua Chunying', zh: '华春莹', served: [{ from: 2012 }], addressed: 'Ms' },
  { en: 'Lu Kang', zh: '陆慷', served: [{ from: 2015, to: 2019 }], addressed: 'Mr' },
  { en: 'Geng Shuang', zh: '耿爽', served: [{ from: 2016, to: 2020 }], addressed: 'Mr' },
  { en: 'Zhao Lijian', zh: '赵立坚', served: [{ from: 2020 }], addressed: 'Mr' },
  { en: 'Wang Wenbin', zh: '汪文斌', served: [{ from: 2020 }], addressed: 'Mr' },
  { en: 'Mao Ning', zh: '毛宁', served: [{ from: 2022 }], addressed: 'Ms' },
  { en: 'Lin Jian', zh: '林剑', served: [{ from: 2024 }], addressed: 'Mr' },
  { en: 'Guo Jiakun', zh: '郭嘉昆', served: [{ from: 2025 }], addressed: 'Mr' },
];

/** An official who answers on some of the Ministry's pages and is no spokesperson, with the office. */
export interface MinistryOfficial {
  en: string;
  zh: string;
  office: string;
}

/**
 * The officials who answer on some pages (their answers are indexed under their name) and are no
 * spokesperson: a question naming one asks about what they did, never for their answers, so the
 * name is never read as who spoke ("王毅谈台湾", "Wang Yi and Hua Chunying on the US").
 */
export const MINISTRY_OFFICIALS: readonly MinistryOfficial[] = [
  { en: 'Wang Yi', zh: '王毅', office: 'Foreign Minister' },
];

/**
 * Who answers on the Chinese pages, as they write the name, with the English form the English pages
 * give (records carry the English form, so `--spokesperson "Hua Chunying"` finds both languages):
 * the spokespeople, and the officials who answer on some (`MINISTRY_OFFICIALS`).
 */
export const SPOKESPEOPLE_ZH: ReadonlyMap<string, string> = new Map([
  ...MINISTRY_SPOKESPEOPLE.map(({ zh, en }) => [zh, en] as const),
  ...MINISTRY_OFFICIALS.map(({ zh, en }) => [zh, en] as const),
]);

/** The official of `MINISTRY_OFFICIALS` of that English name; undefined for anyone else. */
export function ministryOfficial(en: string): MinistryOfficial | undefined {
  return MINISTRY_OFFICIALS.find((o) => o.en === en);
}

/** The English form of a spokesperson's Chinese name; an unknown name is kept as written. */
export function englishName(chinese: string): string {
  return SPOKESPEOPLE_ZH.get(chinese) ?? chinese;
}

/** The reviewed entry of a spokesperson by the English form; undefined for anyone else. */
export function ministrySpokesperson(en: string): MinistrySpokesperson | undefined {
  return MINISTRY_SPOKESPEOPLE.find((p) => p.en === en);
}

/** `first in 2024`, `2016-2020`, `2005-2010 and 2012-2014`: the years served, or '' where not known. */
export function servedWords(en: string): string {
  const terms = ministrySpokesperson(en)?.served ?? [];
  // A term whose end no source gave is not "from 2009", which reads as "still": its start is all that is known.
  const words = terms.map(({ from, to }) => (to === undefined ? `first in ${from}` : `${from}-${to}`));
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words.at(-1)}` : words[0] ?? '';
}

const CHINESE_NAMES: ReadonlyMap<string, string> = new Map([...SPOKESPEOPLE_ZH].map(([chinese, english]) => [english, chinese]));

/** The Chinese form of a record's spokesperson (`Hua Chunying` → 华春莹); a name kept as the page wrote it stays so. */
export function chineseName(english: string): string {
  return CHINESE_NAMES.get(english) ?? english;
}
