// Source of queries-fresh.json (writer B, prefix "f-b-"). Regex literals keep the escaping readable.
// `node build.mjs` writes the JSON. Rules were written from reading the transcripts, never from rankings.
import { writeFileSync } from 'node:fs';
const s = (re) => re.source;
const Q = [];
const add = (id, kind, query, rel, note) => {
  const q = { id: 'f-b-' + id, query, kind };
  if (kind === 'none') q.absent = rel.map(s);
  else { q.relevant = {}; if (rel.all) q.relevant.all = rel.all.map(s); if (rel.any) q.relevant.any = rel.any.map(s); }
  if (note) q.note = note;
  q.source = 'fresh';
  Q.push(q);
};
const K = (id, query, rel, note) => add(id, 'keyword', query, rel, note);
const P = (id, query, rel, note) => add(id, 'paraphrase', query, rel, note);
const S = (id, query, rel, note) => add(id, 'semantic', query, rel, note);
const N = (id, query, pats, note) => add(id, 'none', query, pats, note);

// ---- rules (one per topic; paraphrase/semantic queries reuse them) ----
export const R = {
  focac: { any: [/FOCAC|Forum on China-Africa Cooperation/] },
  brics: { any: [/\bBRICS\b/] },
  mengHongwei: { any: [/Meng Hongwei|Interpol President|president of Interpol|Interpol's (former )?president/] },
  buzzfeed: { any: [/BuzzFeed|Rajagopalan/] },
  idai: { all: [/\bIdai\b|Cyclone Kenneth|tropical cyclone|\bcyclone\b/, /Mozambique|Malawi|Zimbabwe|Comoros/] },
  mbsVisit: { all: [/Saudi/, /Crown Prince|bin Salman/, /visit\w*[^.?!]{0,40}China|President Xi|Beijing/] },
  saudiOil: { all: [/Saudi/, /oil (facilit|field|processing)|Abqaiq|Aramco|missile strikes in Saudi|attacks? on (the )?Saudi|drone attacks?/] },
  qiao: { any: [/Qiao Jianjun|Swed\w*[^.?!]{0,200}extradit|extradit\w*[^.?!]{0,200}Swed/] },
  chileApec: { all: [/Chile/, /APEC|protests|unrest/] },
  cuba: { all: [/Cuba/, /blockade|embargo|Helms-Burton/] },
  xiRussia2019: { any: [/(President Xi|Xi Jinping)('s)? (upcoming )?(state )?visit to Russia|(President Xi|Xi Jinping) (will )?(first )?travel to Moscow|Moscow, President Xi|contemporary strategic stability|trip to St\.? Petersburg|President Xi[^.?!]{0,80}St\.? Petersburg International Economic Forum/] },
  brazil: { all: [/\bBrazil/], any: [/Bolsonaro|Mour[aã]o|Araujo|inaugurat|state visit|newly elected/] },
  takedowns: { all: [/(Twitter|Facebook|YouTube|Google)[^.?!]{0,200}(accounts|channels)|(accounts|channels)[^.?!]{0,200}(Twitter|Facebook|YouTube)/, /suspend|remov|disabl|disconnect|took down|taken down|delet|fake accounts|state-(backed|linked)/] },
  euSummit: { any: [/China-EU (summit|leaders' meeting)|EU-China summit|China-EU Summit|summit (between|with) the EU|(21st|22nd) (China-EU )?summit/] },
  decoupling: { any: [/decoupl/] },
  supplyChains: { any: [/decoupl|supply chains?[^.?!]{0,80}(move|moving|leave|leaving|shift|relocat|out of China)|(move|moving|shift|shifting|relocat\w*)[^.?!]{0,40}(production|supply chains?|factories|manufacturing)[^.?!]{0,60}(out of|from|away from) China/] },
  canadaMeat: { all: [/Canad/, /(beef|pork|meat)[^.?!]{0,60}(import|export|ban|suspend|resum|shipment)|(import|export|ban|suspend|resum|shipment)\w*[^.?!]{0,60}(beef|pork|meat)/] },
  jointMission: { all: [/joint mission|Aylward|WHO(-led)? (advance )?(team|mission)|experts led by the WHO|WHO-led (team|mission)|WHO mission/, /WHO|World Health Organi[sz]ation/] },
  victoryParade: { all: [/Victory Day|Great Patriotic War|75th anniversary of (the )?victory/, /parade|celebrations?/] },
  germanyTakeover: { all: [/German/, /takeovers?|acquisitions?|\bstake\b|national security reviews?|investment screening/] },
  essex: { any: [/39 (bodies|people|victims|Chinese|dead|deaths|tragic deaths)|\bEssex\b|\blorry\b|truck[^.?!]{0,80}(UK|Britain|London)|tragedy in the UK/] },
  wangYiAfrica: { all: [/Africa/, /first (overseas )?(visit|trip|destination)|first visit|(beginning|start) of (each|the|every) (new )?year|for (over|more than) (20|twenty|\d+) (consecutive )?years/, /Foreign Minister|Wang Yi/] },
  pandas: { all: [/giant pandas?/, /loan|zoo|return|born|offered|cooperation|extend/] },
  studentsAbroad: { all: [/(overseas|abroad)[^.?!]{0,40}(Chinese )?students|Chinese students (abroad|overseas|studying|in (the US|the UK|Spain|Australia|Italy))|students studying (abroad|overseas)|underage Chinese students|health kits|health packages/, /COVID|epidemic|pandemic|virus/] },
  chambers: { all: [/AmCham|American Chamber of Commerce|European (Union )?Chamber|EU Chamber|Chamber of Commerce in China|\bBDI\b|Business Confidence/, /survey|Business Confidence|\breport\b|surveyed/] },
  africaSolidarity: { any: [/Extraordinary China-Africa Summit|China-Africa Summit on Solidarity/] },
};

// ---- keyword (20) ----
K('focac', 'FOCAC and China\'s pledges to Africa at the Beijing summit', R.focac);
K('brics', 'BRICS summits and cooperation', R.brics);
K('meng-hongwei', 'Interpol president Meng Hongwei investigated', R.mengHongwei);
K('buzzfeed-visa', "BuzzFeed reporter Megha Rajagopalan's visa not renewed", R.buzzfeed);
K('cyclone-idai', 'Cyclone Idai Mozambique', R.idai);
K('saudi-crown-prince', "Saudi crown prince Mohammed bin Salman's visit to China", R.mbsVisit);
K('saudi-oil-attack', 'attack on Saudi oil facilities blamed on Iran', R.saudiOil);
K('qiao-jianjun', 'Qiao Jianjun extradition Sweden', R.qiao);
K('chile-apec', 'why did Chile cancel APEC 2019?', R.chileApec);
K('cuba-blockade', 'US embargo on Cuba and the Helms-Burton Act', R.cuba, '"embargo" in the query, "blockade" in the transcripts');
K('xi-russia-2019', "Xi Jinping's state visit to Russia and the St Petersburg forum", R.xiRussia2019);
K('bolsonaro', "Bolsonaro's Brazil and China", R.brazil);
K('social-media-takedowns', 'Twitter and Facebook suspend accounts linked to China', R.takedowns);
K('china-eu-summit', 'EU-China summit', R.euSummit, 'EU-China word order on purpose; transcripts mostly write China-EU');
K('decoupling', 'US China decoupling', R.decoupling);
K('canada-pork-beef', "China's ban on Canadian pork and beef", R.canadaMeat);
K('who-joint-mission', 'WHO-China joint mission on COVID-19 (Bruce Aylward)', R.jointMission);
K('victory-day-parade', "PLA troops in Moscow's Victory Day parade", R.victoryParade);
K('germany-takeovers', 'Germany blocks Chinese takeovers of German companies', R.germanyTakeover);
K('essex-lorry', 'Essex lorry deaths of 39 migrants', R.essex, 'British "lorry" in the query; transcripts say "truck"');

// ---- paraphrase (10) ----
P('p-meng-hongwei', 'the Chinese head of the global police organization who disappeared on a trip home', R.mengHongwei);
P('p-qiao-jianjun', 'a fugitive grain official whom Stockholm refused to send back to China', R.qiao);
P('p-saudi-oil-attack', "the strikes on the kingdom's crude processing plants that Washington blamed on Tehran", R.saudiOil);
P('p-chile-apec', 'the Pacific Rim leaders\' meeting that Santiago called off because of street unrest', R.chileApec);
P('p-cuba-blockade', "Washington's decades-old economic siege of Havana", R.cuba);
P('p-germany-takeovers', 'Berlin tightening its reviews of Chinese investors buying stakes in its companies', R.germanyTakeover);
P('p-social-media-takedowns', 'American platforms deleting networks of fake profiles they tied to Beijing', R.takedowns);
P('p-victory-day-parade', 'Chinese honor guards marching on Red Square for the anniversary of the defeat of Nazi Germany', R.victoryParade);
P('p-buzzfeed-visa', "the American news site's Beijing bureau chief forced out when her press card was not extended", R.buzzfeed);
P('p-bolsonaro', "dealings with the far-right Brazilian government elected in 2018", R.brazil);

// ---- semantic (8) ----
S('s-supply-chains', 'separating the two largest economies and moving factories elsewhere', R.supplyChains);
S('s-wang-yi-africa', "the tradition behind where the foreign minister goes first each January", R.wangYiAfrica);
S('s-pandas', 'lending rare bears to foreign zoos as a gesture of friendship', R.pandas);
S('s-students-abroad', 'looking after young nationals studying overseas during the pandemic', R.studentsAbroad);
S('s-business-surveys', 'how foreign companies rate the business climate in China', R.chambers);
S('s-africa-solidarity', 'a virtual leaders\' meeting between Beijing and an entire continent on fighting the virus', R.africaSolidarity);
S('s-idai', 'storm devastation in southeastern Africa and relief from Beijing', R.idai);
S('s-takedowns', 'platforms policing state-backed propaganda online', R.takedowns);

// ---- none (8) ----
N('n-houston-consulate', 'US orders China to close its consulate in Houston', [/(clos|shut)\w*[^.?!]{0,80}Houston|Houston[^.?!]{0,120}(clos|shut)\w*|vacate/, /Chengdu[^.?!]{0,80}consulate|consulate[^.?!]{0,80}Chengdu/], 'July 2020, after the last page. Hard case: the corpus does name the Chinese Consulate-General in Houston (consular help to arrested Chinese nationals, the Rockets), but never its closure');
N('n-beirut-blast', 'the port explosion in Beirut', [/Beirut/, /ammonium nitrate/, /Leban\w*[^.?!]{0,80}(explosion|blast)/], 'August 2020; Lebanon appears only in lists of countries');
N('n-tiktok-divest', 'the US law forcing ByteDance to sell TikTok', [/ByteDance/, /TikTok/, /Tik ?Tok[^.?!]{0,80}(ban|divest|sell|sale)|(ban|divest|sell|sale)\w*[^.?!]{0,80}Tik ?Tok/], 'one page mentions "Tik Tok" as the overseas version of Douyin, not a ban');
N('n-turkey-syria-quake', 'the 2023 earthquake in Turkey and Syria', [/Kahramanmara|Gaziantep|Hatay/, /earthquake[^.?!]{0,100}(Turk|Syria)|(Turk|Syria)\w*[^.?!]{0,100}earthquake/]);
N('n-suez-ever-given', 'the container ship that blocked the Suez Canal', [/Suez/, /Ever Given/]);
N('n-cop26-glasgow', 'COP26 climate summit in Glasgow', [/Glasgow/, /COP ?2[6-9]\b/]);
N('n-mpox', 'WHO emergency over the mpox outbreak', [/\bmpox\b|monkeypox/]);
N('n-ev-tariffs', '100 percent tariffs on Chinese electric vehicles', [/electric vehicles?|\bEVs?\b/], 'ordinary words; corpus talks about tariffs a lot but never about electric vehicles (Tesla appears as a car maker)');

writeFileSync(new URL('./queries-fresh.json', import.meta.url), JSON.stringify(Q, null, 2) + '\n');
console.log(Q.length, 'queries written');
