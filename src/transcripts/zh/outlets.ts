/**
 * Outlets as the Chinese pages name them (the label before 记者), with the English pages' name of
 * the same outlet, in lower case: an alignment signal only, never shown.
 */
const OUTLETS: ReadonlyArray<readonly [string, string]> = [
  ['路透社', 'reuters'], ['法新社', 'afp'], ['彭博社', 'bloomberg'], ['美联社', 'associated press'],
  ['澎湃新闻', 'the paper'], ['深圳卫视', 'shenzhen tv'], ['新华社', 'xinhua'], ['中国日报', 'china daily'],
  ['中新社', 'china news service'], ['中国新闻社', 'china news service'], ['北京日报', 'beijing daily'],
  ['印度报业托拉斯', 'press trust of india'], ['北京青年报', 'beijing youth daily'], ['英国广播公司', 'bbc'],
  ['香港中评社', 'china review news'], ['塔斯社', 'tass'], ['南华早报', 'south china morning post'],
  ['环球时报', 'global times'], ['俄新社', 'ria novosti'], ['今日俄罗斯', 'rt'], ['凤凰卫视', 'phoenix tv'],
  ['巴通社', 'associated press of pakistan'], ['巴基斯坦通讯社', 'associated press of pakistan'],
  ['澳门月刊', 'macao monthly'], ['共同社', 'kyodo'], ['日本共同社', 'kyodo'], ['澳大利亚广播公司', 'abc'],
  ['环球邮报', 'globe and mail'], ['日本广播协会', 'nhk'], ['日本NHK电视台', 'nhk'], ['北京广播电视台', 'beijing media network'],
  ['美国有线电视新闻网', 'cnn'], ['CNN', 'cnn'], ['俄罗斯卫星通讯社', 'sputnik'], ['韩联社', 'yonhap'],
  ['澳大利亚人报', 'the australian'], ['美国专题新闻社', 'feature story news'], ['埃菲社', 'efe'],
  ['日本经济新闻', 'nikkei'], ['瑞典电视台', 'swedish tv'], ['越南之声', 'voice of vietnam'], ['韩国广播电视台', 'kbs'],
  ['韩国中央日报', 'joongang'], ['荷兰电讯报', 'de telegraaf'], ['日本东京广播公司', 'tbs'], ['拉通社', 'prensa latina'],
  ['伊朗通讯社', 'irna'], ['日本富士电视台', 'fuji'], ['CGTN', 'cgtn'], ['中国国际电视台', 'cgtn'], ['美国全国广播公司', 'nbc'],
  ['美国全国公共广播电台', 'npr'], ['中阿卫视', 'china arab tv'], ['韩国文化电视台', 'mbc'],
  ['中央广播电视总台央视', 'cctv'], ['总台央视', 'cctv'], ['央视', 'cctv'], ['中央电视台', 'cctv'], ['总台央视中文国际频道', 'cctv'],
  ['中央广播电视总台国广', 'cri'], ['总台国广', 'cri'], ['中国国际广播电台', 'cri'],
  ['中央广播电视总台央广', 'cnr'], ['总台央广', 'cnr'], ['央广', 'cnr'], ['中央人民广播电台', 'cnr'],
];
const BY_CHINESE = new Map(OUTLETS);

/**
 * Whether a Chinese outlet label and an English one name the same outlet: true, false, or null
 * when either is missing or the Chinese name is not in the table (no evidence either way).
 */
export function sameOutlet(chinese: string | null, english: string | null): boolean | null {
  if (!chinese || !english) return null;
  const known = BY_CHINESE.get(chinese);
  if (!known) return null;
  const en = english.toLowerCase();
  if (known === 'cctv' || known === 'cri' || known === 'cnr') return en.includes(known) || en.includes('cmg') || en.includes('china media group');
  return en.includes(known);
}
