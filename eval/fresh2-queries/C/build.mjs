// Source of queries-fresh2.json (writer C of the fresh2 set, prefix "f2-c-"). Regex literals keep the escaping
// readable. `node build.mjs` writes the JSON. Rules were written from reading the transcripts, never from rankings.
import { writeFileSync } from 'node:fs';
const s = (re) => re.source;
const Q = [];
const add = (id, kind, query, rel, note) => {
  const q = { id: 'f2-c-' + id, query, kind };
  if (kind === 'none') q.absent = rel.map(s);
  else { q.relevant = {}; if (rel.all) q.relevant.all = rel.all.map(s); if (rel.any) q.relevant.any = rel.any.map(s); }
  if (note) q.note = note;
  q.source = 'fresh2';
  Q.push(q);
};
const K = (id, query, rel, note) => add(id, 'keyword', query, rel, note);
const P = (id, query, rel, note) => add(id, 'paraphrase', query, rel, note);
const S = (id, query, rel, note) => add(id, 'semantic', query, rel, note);
const N = (id, query, pats, note) => add(id, 'none', query, pats, note);

// ---- rules (one per topic; paraphrase and some semantic queries reuse them) ----
export const R = {
  xiDprk: { any: [
    /(President Xi|Xi Jinping|Chinese leader|Xi)('s)?[^.?!]{0,60}(visit(ing|s|ed)?|trip|go|travel\w*) (to )?(the )?(DPRK|North Korea|Pyongyang)/,
    /(visit|trip)[^.?!]{0,30}(DPRK|North Korea|Pyongyang)[^.?!]{0,40}(President Xi|Xi Jinping)/,
  ] },
  duterte: { any: [/Duterte/] },
  mongolia: { any: [/Mongolia\w*('s)? (President|government|leaders?|Ministry|ruling)|visit to Mongolia|Battulga/] },
  pif: { any: [/Pacific Islands Forum|\bPIF\b|Nauru/] },
  ndaa: { any: [/National Defen[cs]e Authori[sz]ation Act|\bNDAA\b[^.?!]{0,80}(Fiscal|Congress|Senate|Trump|US)/] },
  fbi: { any: [/\bFBI\b|Federal Bureau of Investigation|Christopher Wray/] },
  appellate: { any: [/Appellate Body|appellate (body|mechanism)/] },
  buenosAires: { any: [/G20[^.?!]{0,40}Summit[^.?!]{0,30}(Buenos Aires|Argentina)/, /(Summit|meeting|leaders|consensus(es)?|met)[^.?!]{0,60}in Buenos Aires/, /Buenos Aires S ?ummit/, /(presidents|leaders|heads of state)[^.?!]{0,30}(met|meeting)[^.?!]{0,20}in Argentina/] },
  fta: { all: [/^(?![\s\S]*(RCEP|Regional Comprehensive Economic Partnership|African Continental))/], any: [/free trade (agreement|area|deal)s?|\bFTAs?\b/] },
  panama: { all: [/Panama/], any: [/Varela|Cortizo|Panamanian|China-Panama|Panama[^.?!]{0,80}(relations|ties|visit)|(relations|ties|visits?)[^.?!]{0,80}Panama|Pompeo[^.?!]{0,120}Panama/] },
  ecuador: { any: [/Ecuadorian (President|Foreign Minister)|(President|Foreign Minister) \w+ of Ecuador|in Ecuador|Ecuador's/] },
  ardern: { any: [/Ardern|Adern|New Zealand('s)? Prime Minister|Prime Minister of New Zealand/] },
  indonesiaTsunami: { all: [/tsunami|Sulawesi|Sunda Strait/, /Indonesia/] },
  mahathir: { any: [/Mahathir/] },
  singapore: { any: [/Lee Hsien Loong|China-Singapore|Singapore-China|visits? to Singapore|Singaporean (Prime Minister|President|Foreign Minister|leaders?)/] },
  tourists: { any: [/Chinese tourists?|tourists? from China|Chinese tour (group|bus)/] },
  tourBus: { all: [/(bus|coach)[^.?!]{0,120}(crash|accident|overturn|plunge)|(crash|accident)[^.?!]{0,120}(bus|coach)|tourist group had an accident/, /Chinese/] },
  smog: { any: [/smog|fine dust|air pollution|particulate/] },
  usLatam: { all: [/Latin Americ|Panama|Brazil|Venezuela|El Salvador|Dominican|Caribbean|Southern Command/, /Pompeo|Bolton|Faller|White House|State Department|US (Secretary|official|Vice President)|Washington/, /predatory|backyard|Monroe|debt trap|indebted|creditor|dollar diplomacy|economic (inducements?|coercion|activity)|invested in ways|lure|Chinese (money|investment|loans)|Western Hemisphere/] },
  pacificRivalry: { all: [/Pacific island|South Pacific|Vanuatu|Tonga|Samoa|Fiji|Papua New Guinea|\bPNG\b|Micronesia|Solomon/, /Australia|Morrison|Julie Bishop|Canberra|Pompeo|US (Secretary|official|Vice President|intelligence)|Pence/, /influence|meddl|\baid\b|loans?|debt|infrastructure|military base|naval base|\bport\b|payday|step[- ]up/] },
};

// ---- keyword ----
K('xi-dprk-visit', "Xi Jinping's state visit to North Korea", R.xiDprk, 'Corpus says "DPRK" far more than "North Korea"; June 2019 visit and the invitation before it.');
K('duterte', 'Rodrigo Duterte and China', R.duterte);
K('mongolia', 'China Mongolia relations', R.mongolia, 'Lists of countries naming Mongolia among others (COVID aid, a conference) are left out.');
K('pacific-islands-forum', 'Pacific Islands Forum Nauru row', R.pif);
K('ndaa', 'National Defence Authorisation Act China provisions', R.ndaa, 'British spelling on purpose; corpus: "National Defense Authorization Act". The NDAA of Myanmar (ethnic army) is excluded by the context words.');
K('fbi', 'FBI director Wray calls China a threat', R.fbi);
K('wto-appellate-body', 'WTO appellate body crisis', R.appellate, 'Only the Appellate Body; a referral to the WTO dispute settlement mechanism in the trade war is left out.');
K('g20-buenos-aires', 'G20 summit in Buenos Aires', R.buenosAires, 'The G20 foreign and finance ministers meetings in Argentina (2018) and a nuclear plant in Buenos Aires are left out.');
K('free-trade-agreements', "China's bilateral free trade agreements (FTAs)", R.fta, 'Exchanges naming RCEP (covered by h-rcep) or the African Continental FTA are left out.');
K('panama', "Panama's relations with China", R.panama);
K('ecuador', 'ecuador and china', R.ecuador, 'Lower case on purpose. Lists of countries (COVID aid, video conferences) are left out.');
K('ardern', 'Jacinda Ardern and China', R.ardern, 'Corpus spells both "Ardern" and "Adern".');
K('indonesia-tsunami', 'Indonesia tsunami Sulawesi', R.indonesiaTsunami);
K('mahathir', 'Mahathir Mohamad', R.mahathir);
K('chinese-tourists', 'Chinese tourists abroad', R.tourists);
K('singapore', 'Lee Hsien Loong and China-Singapore relations', R.singapore);

// ---- paraphrase ----
P('p-xi-dprk-visit', "the Chinese leader's trip to Pyongyang a week before meeting Trump in Japan", R.xiDprk);
P('p-duterte', "the Philippine president who pivoted Manila towards Beijing", R.duterte);
P('p-mongolia', 'the steppe nation that gave China thousands of sheep during the epidemic', R.mongolia);
P('p-pif', 'the small island host that refused to let the Chinese envoy speak at the regional summit', R.pif);
P('p-ndaa', "the Pentagon's annual budget law in Congress and its anti-China clauses", R.ndaa);
P('p-fbi', 'the US federal police chief saying Beijing is the biggest spy threat', R.fbi);
P('p-appellate', 'Washington blocking new judges so the trade body can no longer hear appeals', R.appellate);
P('p-buenos-aires', 'the dinner in Argentina where Xi and Trump agreed a 90-day trade truce', R.buenosAires);
P('p-ecuador', "the Andean nation's president visiting Beijing and the fuel-subsidy riots back home", R.ecuador);
P('p-ardern', "the Kiwi prime minister's trip to Beijing", R.ardern);
P('p-mahathir', "Malaysia's 93-year-old premier who cancelled Chinese-funded projects", R.mahathir);
P('p-panama', 'the canal country that dropped Taipei for Beijing in 2017', R.panama);

// ---- semantic ----
S('s-tour-bus', 'road accidents killing or injuring Chinese holidaymakers overseas', R.tourBus);
S('s-smog', 'Seoul blaming its haze on pollution blown over from China', R.smog);
S('s-us-latam', "American warnings to Latin American governments about Beijing's money", R.usLatam);
S('s-pacific-rivalry', 'Canberra and Beijing competing for influence among small island states', R.pacificRivalry);
S('s-indonesia-disasters', 'deadly waves hitting an archipelago nation and Chinese relief', R.indonesiaTsunami);
S('s-appellate', 'the collapse of the system for settling international trade disputes', R.appellate);

// ---- none ----
N('n-cuba-spy-base', 'a Chinese spy base in Cuba to eavesdrop on the United States', [
  /(spy|espionage|eavesdropp\w*|listening|intelligence|surveillance|signals)[^.?!]{0,40}(base|station|facilit)[^.?!]{0,120}Cuba|Cuba[^.?!]{0,120}(spy|espionage|eavesdropp\w*|listening|signals)[^.?!]{0,40}(base|station|facilit)/,
]);
N('n-solomon-security-pact', 'the security agreement between China and Solomon Islands', [
  /Solomon[^.?!]{0,160}security (pact|agreement|deal|arrangement|cooperation)|security (pact|agreement|deal|arrangement|cooperation)[^.?!]{0,160}Solomon/,
]);
N('n-cheng-lei', 'Australian television anchor working for Chinese state media detained in Beijing', [
  /Cheng Lei|(anchor|presenter|journalist)[^.?!]{0,80}CGTN[^.?!]{0,80}(detain|arrest|held)|Australian (anchor|presenter|journalist)[^.?!]{0,80}(detain|arrest|held)/,
]);
N('n-fishing-fleet-ecuador', 'hundreds of Chinese fishing boats near Ecuador islands', [
  /Gal[aá]pagos|(Chinese )?fishing (fleet|boats|vessels|ships)[^.?!]{0,160}Ecuador|Ecuador[^.?!]{0,160}fishing (fleet|boats|vessels|ships)/,
]);
N('n-ai-chips', 'US restrictions on selling advanced AI chips to China', [
  /Nvidia|\bH20\b|\bH100\b|(AI|artificial intelligence) chips?|advanced (computing )?chips?|chips? export controls?|export controls? on (advanced )?chips/,
]);
N('n-honduras', 'Honduras breaks with Taiwan and recognizes Beijing', [/Honduras|Honduran/]);
N('n-milei', "Javier Milei's Argentina and China", [/Milei/]);
N('n-panama-ports-sale', 'CK Hutchison selling its Panama Canal ports to BlackRock', [/CK Hutchison|Hutchison (Ports|Whampoa|Holdings)|BlackRock|Panama Canal[^.?!]{0,80}ports?|ports?[^.?!]{0,80}Panama Canal/]);

writeFileSync(new URL('queries-fresh2.json', import.meta.url), JSON.stringify(Q, null, 2) + '\n');
console.log(Q.length, 'queries');
