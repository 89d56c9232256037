/**
 * Outlets by their names on the Chinese pages (the label before 记者) and every spelling of the same
 * outlet on the English pages: what pairs a Chinese exchange with its English twin (an alignment
 * signal) and what lets an outlet filter written in one language find the other's records. Only
 * names and spellings the bundled pages use (as askers, or in their text: "China Central Television",
 * "China Global Television Network"), the common short forms of those, and an outlet's usual Chinese
 * name where the pages write another (韩国广播公司 for KBS, 韩国广播电视台 to the pages).
 */
const OUTLETS: ReadonlyArray<readonly [chinese: readonly string[], english: readonly string[]]> = [
  [['路透社'], ['Reuters']], [['法新社'], ['AFP', 'Agence France-Presse']], [['彭博社'], ['Bloomberg']],
  [['美联社'], ['Associated Press', 'AP']], [['澎湃新闻'], ['The Paper']], [['深圳卫视'], ['Shenzhen TV']],
  [['新华社'], ['Xinhua']], [['中国日报'], ['China Daily']], [['中新社', '中国新闻社'], ['China News Service', 'CNS']],
  [['北京日报'], ['Beijing Daily']], [['印度报业托拉斯'], ['Press Trust of India', 'PTI']],
  [['北京青年报'], ['Beijing Youth Daily']], [['英国广播公司'], ['BBC']],
  [['香港中评社'], ['China Review News', 'Hong Kong Review News']], [['塔斯社'], ['TASS']],
  [['南华早报'], ['South China Morning Post', 'SCMP']], [['环球时报'], ['Global Times']], [['俄新社'], ['RIA Novosti']],
  // RIA Novosti is an agency of Rossiya Segodnya, 今日俄罗斯 to the Chinese pages: all nine questions the
  // Chinese pages give to 今日俄罗斯 are RIA Novosti's on the English pages. Not "RT" (Russia Today), another
  // outlet to an English desk, which no English page names as asker: "asked by RT" is no RIA question.
  [['今日俄罗斯'], ['RIA Novosti']], [['凤凰卫视'], ['Phoenix TV']],
  [['巴通社', '巴基斯坦通讯社'], ['Associated Press of Pakistan', 'APP']], [['澳门月刊'], ['Macao Monthly', 'Macau Monthly']],
  [['共同社', '日本共同社'], ['Kyodo']],
  // Not plain `ABC`: ABC is also a Spanish daily on the English pages.
  [['澳大利亚广播公司'], ['ABC Australia', 'Australian Broadcasting Corporation']], [['环球邮报'], ['Globe and Mail']],
  [['日本广播协会', '日本NHK电视台'], ['NHK']],
  // 北京广播电台 (2020-06-15) is how one Chinese page writes 北京广播电视台.
  [['北京广播电视台', '北京广播电台'], ['Beijing Media Network']], [['美国有线电视新闻网', 'CNN'], ['CNN']],
  [['俄罗斯卫星通讯社'], ['Sputnik']], [['韩联社'], ['Yonhap']], [['澳大利亚人报'], ['The Australian']],
  [['美国专题新闻社'], ['Feature Story News', 'FSN']], [['埃菲社'], ['EFE']],
  [['日本经济新闻', '日经新闻'], ['Nikkei', 'Nihon Keizai Shimbun']], [['瑞典电视台'], ['Swedish TV']], [['越南之声'], ['Voice of Vietnam']],
  [['韩国广播电视台', '韩国广播公司'], ['KBS']], [['韩国中央日报'], ['JoongAng']], [['荷兰电讯报'], ['De Telegraaf']], [['日本东京广播公司'], ['TBS']],
  [['拉通社'], ['Prensa Latina']], [['伊朗通讯社'], ['IRNA', 'Islamic Republic News Agency']], [['日本富士电视台'], ['Fuji']],
  [['CGTN', '中国国际电视台'], ['CGTN', 'China Global Television Network']], [['美国全国广播公司'], ['NBC']], [['美国全国公共广播电台'], ['NPR', 'National Public Radio']],
  [['中阿卫视'], ['China Arab TV', 'Chinese Arabic Television']], [['韩国文化电视台'], ['MBC']],
  [['英国独立电视台和英国广播公司'], ['ITN&BBC']],
  [['中央广播电视总台央视', '总台央视', '央视', '中央电视台', '总台央视中文国际频道'], ['CCTV', 'CCTV4', 'China Central Television']],
  [['中央广播电视总台国广', '总台国广', '中国国际广播电台'], ['CRI', 'China Radio International']],
  [['中央广播电视总台央广', '总台央广', '央广', '中央人民广播电台'], ['CNR', 'China National Radio']],
];
/** The three broadcasters of China Media Group: an English page may name the group instead. */
const CMG_PARTS = new Set(['CCTV', 'CRI', 'CNR']);
const CMG = [['cmg'], ['china', 'media', 'group']];

type Outlet = (typeof OUTLETS)[number];
const BY_CHINESE = new Map(OUTLETS.flatMap((outlet) => outlet[0].map((name) => [name, outlet] as const)));

/** A name's words in lower case: `ITN&BBC` is itn, bbc. */
function wordsOf(name: string): string[] {
  return name.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Where `words` holds `run` as consecutive words (`Xinhua News Agency` holds Xinhua), else -1. */
function runAt(words: readonly string[], run: readonly string[]): number {
  for (let i = 0; i + run.length <= words.length; i++) if (run.every((w, j) => words[i + j] === w)) return i;
  return -1;
}

const byEnglishCache = new Map<string, readonly Outlet[]>();
/**
 * The outlets an English name names: those with a spelling whose words stand in the name in order;
 * the longest such spelling decides (`Associated Press of Pakistan` is not the Associated Press).
 * More than one where the Chinese pages give one outlet two names the table keeps apart (RIA Novosti).
 */
function outletsOfEnglish(name: string): readonly Outlet[] {
  const cached = byEnglishCache.get(name);
  if (cached) return cached;
  const words = wordsOf(name);
  let best = 0;
  let found: Outlet[] = [];
  for (const outlet of OUTLETS) {
    const longest = Math.max(0, ...outlet[1].map(wordsOf).filter((run) => runAt(words, run) !== -1).map((run) => run.length));
    if (longest > best) [best, found] = [longest, [outlet]];
    else if (longest > 0 && longest === best) found.push(outlet);
  }
  byEnglishCache.set(name, found);
  return found;
}

const HAN = /\p{Script=Han}/u;

/**
 * Whether a Chinese outlet label and an English one name the same outlet: true, false, or null
 * when either is missing or the Chinese name is not in the table (no evidence either way).
 */
export function sameOutlet(chinese: string | null, english: string | null): boolean | null {
  if (!chinese || !english) return null;
  const known = BY_CHINESE.get(chinese);
  if (!known) return null;
  if (outletsOfEnglish(english).includes(known)) return true;
  const words = wordsOf(english);
  return known[1].some((name) => CMG_PARTS.has(name)) && CMG.some((run) => runAt(words, run) !== -1);
}

/**
 * The same outlet's names in the other language, as the pages write them: `路透社` for Reuters,
 * `Reuters` for 路透社; none for an outlet the table does not know.
 */
export function otherLanguageNames(outlet: string): readonly string[] {
  if (HAN.test(outlet)) return BY_CHINESE.get(outlet)?.[1] ?? [];
  return outletsOfEnglish(outlet).flatMap((known) => known[0].filter((name) => HAN.test(name)));
}

/**
 * The English spellings the table gives the outlet an English name names ("Agence France-Presse"
 * and "AFP"; "SCMP" and "South China Morning Post"); none for an outlet the table does not know.
 */
export function englishSpellings(outlet: string): readonly string[] {
  return HAN.test(outlet) ? [] : outletsOfEnglish(outlet).flatMap((known) => known[1]);
}

/**
 * The English outlets of a list (the index's askers) and every other English spelling the table
 * gives them, each once: the names a reader may write for an outlet the index holds
 * ("Agence France-Presse" beside AFP, "China Central Television" beside CCTV).
 */
export function englishOutletNames(outlets: readonly string[]): string[] {
  const english = outlets.filter((o) => /^[\p{Script=Latin}\d\s&.'’-]+$/u.test(o));
  return [...new Set([...english, ...english.flatMap(englishSpellings)])];
}

/**
 * The other Chinese names the table gives the Chinese outlets of a list (the index's askers), each
 * once, not those already listed: the names a Chinese reader may write for an outlet the index holds
 * ("日经新闻" beside 日本经济新闻).
 */
export function chineseOutletNames(outlets: readonly string[]): string[] {
  const listed = new Set(outlets);
  return [...new Set(outlets.flatMap((o) => BY_CHINESE.get(o.trim())?.[0] ?? []))].filter((name) => HAN.test(name) && !listed.has(name));
}

/** The table's outlets a name names, in either language. */
function tableOutletsOf(name: string): readonly Outlet[] {
  if (!HAN.test(name)) return outletsOfEnglish(name);
  const known = BY_CHINESE.get(name.trim());
  return known ? [known] : [];
}

/**
 * Whether two names, in either language, are the same outlet's by the table ("AFP" and "Agence
 * France-Presse", "路透社" and "Reuters"; not "Associated Press" and "Associated Press of Pakistan");
 * null when the table does not know either.
 */
export function sameTableOutlet(a: string, b: string): boolean | null {
  const known = tableOutletsOf(b);
  if (known.length === 0) return null;
  const other = tableOutletsOf(a);
  return other.length === 0 ? null : other.some((outlet) => known.includes(outlet));
}
