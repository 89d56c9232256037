/**
 * Names both versions of a briefing write, each language's way: a place, person or body in
 * Chinese and the English spellings that stand for it. An alignment signal only.
 */
const ENTITIES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['美国', ['US', 'U.S.', 'United States', 'American', 'America', 'Washington']], ['日本', ['Japan']], ['朝鲜', ['DPRK', 'North Korea']],
  ['韩国', ['ROK', 'South Korea', 'Korean']], ['俄罗斯', ['Russia']], ['印度', ['India']], ['巴基斯坦', ['Pakistan']],
  ['英国', ['UK', 'Britain', 'British', 'United Kingdom']], ['法国', ['France', 'French']], ['德国', ['Germany', 'German']],
  ['加拿大', ['Canada', 'Canadian']], ['澳大利亚', ['Australia']], ['澳方', ['Australia']], ['新西兰', ['New Zealand']],
  ['伊朗', ['Iran']], ['以色列', ['Israel']], ['巴勒斯坦', ['Palestin']], ['叙利亚', ['Syria']], ['伊拉克', ['Iraq']],
  ['阿富汗', ['Afghan']], ['沙特', ['Saudi']], ['土耳其', ['Turkey', 'Turkish']], ['埃及', ['Egypt']], ['利比亚', ['Libya']],
  ['委内瑞拉', ['Venezuela']], ['巴西', ['Brazil']], ['墨西哥', ['Mexico']], ['古巴', ['Cuba']], ['阿根廷', ['Argentin']],
  ['越南', ['Viet Nam', 'Vietnam']], ['菲律宾', ['Philippine']], ['印度尼西亚', ['Indonesia']], ['印尼', ['Indonesia']],
  ['马来西亚', ['Malaysia']], ['新加坡', ['Singapore']], ['泰国', ['Thailand', 'Thai']], ['缅甸', ['Myanmar']],
  ['柬埔寨', ['Cambodia']], ['老挝', ['Lao']], ['蒙古', ['Mongolia']], ['尼泊尔', ['Nepal']], ['斯里兰卡', ['Sri Lanka']],
  ['孟加拉', ['Bangladesh']], ['哈萨克斯坦', ['Kazakhstan']], ['乌克兰', ['Ukrain']], ['意大利', ['Ital']], ['西班牙', ['Spain', 'Spanish']],
  ['希腊', ['Greece', 'Greek']], ['波兰', ['Poland', 'Polish']], ['瑞典', ['Swed']], ['挪威', ['Norw']], ['丹麦', ['Denmark', 'Danish']],
  ['荷兰', ['Netherlands', 'Dutch']], ['比利时', ['Belgi']], ['瑞士', ['Switzerland', 'Swiss']], ['捷克', ['Czech']],
  ['匈牙利', ['Hungar']], ['塞尔维亚', ['Serbia']], ['南非', ['South Africa']], ['尼日利亚', ['Nigeria']], ['埃塞俄比亚', ['Ethiopia']],
  ['肯尼亚', ['Kenya']], ['津巴布韦', ['Zimbabwe']], ['苏丹', ['Sudan']], ['非洲', ['Africa']], ['欧盟', ['EU', 'European Union']],
  ['欧洲', ['Europe']], ['东盟', ['ASEAN']], ['联合国', ['UN', 'United Nations']], ['安理会', ['Security Council']],
  ['世卫组织', ['WHO', 'World Health Organization']], ['世界卫生组织', ['WHO', 'World Health Organization']], ['世贸组织', ['WTO']],
  ['北约', ['NATO']], ['二十国集团', ['G20']], ['七国集团', ['G7']], ['金砖', ['BRICS']], ['上海合作组织', ['SCO', 'Shanghai Cooperation']],
  ['上合组织', ['SCO', 'Shanghai Cooperation']], ['亚投行', ['AIIB', 'Asian Infrastructure']], ['一带一路', ['Belt and Road', 'BRI']],
  ['香港', ['Hong Kong', 'HKSAR']], ['澳门', ['Macao', 'Macau']], ['台湾', ['Taiwan']], ['西藏', ['Tibet', 'Xizang']], ['新疆', ['Xinjiang']],
  ['南海', ['South China Sea']], ['钓鱼岛', ['Diaoyu']], ['武汉', ['Wuhan']], ['北京', ['Beijing']], ['上海', ['Shanghai']],
  ['华为', ['Huawei']], ['中兴', ['ZTE']], ['孟晚舟', ['Meng Wanzhou']], ['康明凯', ['Kovrig']], ['迈克尔', ['Spavor', 'Michael']],
  ['特朗普', ['Trump']], ['蓬佩奥', ['Pompeo']], ['拜登', ['Biden']], ['普京', ['Putin']], ['金正恩', ['Kim Jong']],
  ['文在寅', ['Moon Jae-in']], ['安倍', ['Abe']], ['莫迪', ['Modi']], ['特鲁多', ['Trudeau']], ['莫里森', ['Morrison']],
  ['默克尔', ['Merkel']], ['马克龙', ['Macron']], ['约翰逊', ['Johnson']],
  ['达赖', ['Dalai']], ['佩洛西', ['Pelosi']], ['谭德塞', ['Tedros']], ['习近平', ['Xi Jinping', 'President Xi']],
  ['李克强', ['Li Keqiang', 'Premier Li']], ['王毅', ['Wang Yi']], ['新冠', ['COVID', 'coronavirus', 'novel coronavirus', 'epidemic']],
  ['疫情', ['epidemic', 'pandemic', 'outbreak', 'COVID']], ['疫苗', ['vaccine']], ['贸易', ['trade']], ['关税', ['tariff']],
  ['核武', ['nuclear']], ['无核化', ['denucleari']], ['导弹', ['missile']], ['制裁', ['sanction']], ['人权', ['human rights']], ['恐怖', ['terror']],
  ['签证', ['visa']], ['留学生', ['student']], ['记者', ['journalist', 'reporter', 'correspondent']], ['大使', ['ambassador']],
  ['领事', ['consul']], ['总统', ['President']], ['总理', ['Prime Minister', 'Premier', 'PM']], ['外长', ['Foreign Minister', 'Secretary of State']],
  ['国务卿', ['Secretary of State', 'Secretary']], ['峰会', ['summit']], ['选举', ['election']], ['军舰', ['warship', 'vessel', 'ship']],
  ['飞机', ['aircraft', 'plane', 'flight']], ['航班', ['flight']], ['地震', ['earthquake']], ['遇难', ['killed', 'death', 'died', 'victim']],
  ['奥运', ['Olympic']], ['气候', ['climate']], ['巴黎协定', ['Paris Agreement']], ['5G', ['5G']], ['世界卫生大会', ['World Health Assembly', 'WHA']],
];

/**
 * English forms, by their first two characters (lower-cased): a capitalised one (or one starting with a
 * digit) is matched as written, a lower-case one in any (ASCII) case; either only at the start of a
 * word (no ASCII letter before it). One pass over the text finds them all, where a pattern per
 * entity read the text some 150 times, which was most of the time of aligning.
 */
interface EnglishForm {
  form: string;
  anyCase: boolean;
  entities: number[];
}
const lowerAscii = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);
const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** The slot of a form starting with `a` then `b` (ASCII), or -1. */
const startSlot = (a: number, b: number): number => (a < 128 && b < 128 ? lowerAscii(a) * 128 + lowerAscii(b) : -1);

const ENGLISH_FORMS: (EnglishForm[] | undefined)[] = [];
ENTITIES.forEach(([, forms], entity) => {
  for (const written of forms) {
    const anyCase = !/^[A-Z0-9]/.test(written);
    const form = anyCase ? written.toLowerCase() : written;
    const slot = startSlot(form.charCodeAt(0), form.charCodeAt(1));
    if (form.length < 2 || slot < 0) throw new Error(`entity form ${written}: not two ASCII characters or more`);
    const list = (ENGLISH_FORMS[slot] ??= []);
    const same = list.find((f) => f.form === form && f.anyCase === anyCase);
    if (same) same.entities.push(entity);
    else list.push({ form, anyCase, entities: [entity] });
  }
});

function formAt(text: string, at: number, { form, anyCase }: EnglishForm): boolean {
  if (at + form.length > text.length) return false;
  for (let k = 0; k < form.length; k++) {
    const c = text.charCodeAt(at + k);
    if ((anyCase ? lowerAscii(c) : c) !== form.charCodeAt(k)) return false;
  }
  return true;
}

/** The entities (indices into the table) a Chinese text mentions. */
export function chineseEntities(text: string): Set<number> {
  const found = new Set<number>();
  ENTITIES.forEach(([zh], i) => {
    if (text.includes(zh)) found.add(i);
  });
  return found;
}

/** The entities (indices into the table) an English text mentions. */
export function englishEntities(text: string): Set<number> {
  const found = new Set<number>();
  for (let at = 0; at + 1 < text.length; at++) {
    if (at > 0 && isAsciiLetter(text.charCodeAt(at - 1))) continue;
    const slot = startSlot(text.charCodeAt(at), text.charCodeAt(at + 1));
    const forms = slot < 0 ? undefined : ENGLISH_FORMS[slot];
    if (!forms) continue;
    for (const form of forms) if (formAt(text, at, form)) for (const entity of form.entities) found.add(entity);
  }
  return found;
}
