/**
 * Spokespersons as the Chinese pages write them, with the English form the English pages give
 * (records carry the English form, so `--spokesperson "Hua Chunying"` finds both languages).
 */
export const SPOKESPEOPLE_ZH: ReadonlyMap<string, string> = new Map([
  ['华春莹', 'Hua Chunying'],
  ['耿爽', 'Geng Shuang'],
  ['陆慷', 'Lu Kang'],
  ['赵立坚', 'Zhao Lijian'],
  ['汪文斌', 'Wang Wenbin'],
  ['毛宁', 'Mao Ning'],
  ['林剑', 'Lin Jian'],
  ['郭嘉昆', 'Guo Jiakun'],
  ['洪磊', 'Hong Lei'],
  ['秦刚', 'Qin Gang'],
  ['王毅', 'Wang Yi'],
]);

/** The English form of a spokesperson's Chinese name; an unknown name is kept as written. */
export function englishName(chinese: string): string {
  return SPOKESPEOPLE_ZH.get(chinese) ?? chinese;
}

const CHINESE_NAMES: ReadonlyMap<string, string> = new Map([...SPOKESPEOPLE_ZH].map(([chinese, english]) => [english, chinese]));

/** The Chinese form of a record's spokesperson (`Hua Chunying` → 华春莹); a name kept as the page wrote it stays so. */
export function chineseName(english: string): string {
  return CHINESE_NAMES.get(english) ?? english;
}
