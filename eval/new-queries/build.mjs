// Source of queries-new.json: regex literals keep the escaping readable. `node build.mjs` writes the JSON.
import { writeFileSync } from 'node:fs';
const s = (re) => re.source;
const Q = [];
const add = (id, kind, query, rel, note) => {
  const q = { id: 'h-' + id, query, kind };
  if (kind === 'none') q.absent = rel.map(s);
  else { q.relevant = {}; if (rel.all) q.relevant.all = rel.all.map(s); if (rel.any) q.relevant.any = rel.any.map(s); }
  if (note) q.note = note;
  Q.push(q);
};
const K = (id, query, rel, note) => add(id, 'keyword', query, rel, note);
const P = (id, query, rel, note) => add(id, 'paraphrase', query, rel, note);
const S = (id, query, rel, note) => add(id, 'semantic', query, rel, note);
const N = (id, query, pats, note) => add(id, 'none', query, pats, note);

// ---- shared rules (one per topic; paraphrase/semantic queries reuse them) ----
const UY = /U[iy]gh?[uy]r|Uygur|Xinjiang/;
const HK = /Hong Kong|HKSAR/;
const R = {
  khashoggi: { all: [/Khashoggi/] },
  rcep: { any: [/\bRCEP\b|Regional Comprehensive Economic Partnership/] },
  forcedLabour: { all: [UY, /forced labou?r|coerced labou?r|forced to work/] },
  brexit: { any: [/Brexit|(UK|Britain|British)('s)? (departure|withdrawal|exit) from the (EU|European Union)|leave the (EU|European Union)/] },
  soleimani: { all: [/Iran/, /Soleimani|Quds Force|air ?strike|assassinat|killing of|was killed/] },
  israelPal: { all: [/Israel|Palestin/, /Jerusalem|settlements?|West Bank|Golan|annex|Deal of the Century|peace plan/] },
  sriLankaBombs: { all: [/Sri Lanka|Colombo/, /\b(terrorist )?attacks?\b|bomb|blasts?|explosions?|explosive/] },
  singaporeSummit: { all: [/Singapore/, /summit|meeting/, /DPRK|Kim Jong|Chairman Kim|North Korea/] },
  hormuz: { any: [/Hormuz|Gulf of Oman|oil tankers?|tankers? (attack|seiz)/] },
  syriaChem: { all: [/Syria/, /Idlib|chemical weapons?|chemical attacks?|OPCW/] },
  turkeySyria: { all: [/Turk/, /Kurd|northern Syria|north(east)?ern Syria|Peace Spring|military operation in Syria|cross-border military operation/] },
  legco: { all: [/Legislative Council|LegCo/, /storm|break-?in|broke into|vandal|smash|violent/] },
  hkStatus: { all: [HK, /Hong Kong Policy Act|special (trade )?status|(de)?certif|preferential (treatment|status)|special treatment/] },
  bno: { any: [/\bBNOs?\b|British National \(Overseas\)|BN\(O\)/] },
  joshuaWong: { any: [/Joshua Wong|Wong Chi-fung/] },
  tsaiTransit: { all: [/Tsai|Taiwan('s)? leader|Taiwan region/, /transit|stop ?over/] },
  airlines: { all: [/airlines?|air carriers?|Civil Aviation Administration|CAAC/, /Taiwan/] },
  taiwanActs: { any: [/Taiwan Travel Act|TAIPEI Act|Taiwan Allies International Protection|Taiwan Assurance Act|Taiwan-related (act|bill)s?/] },
  dominican: { all: [/Dominican/] },
  burkina: { all: [/Burkina/] },
  consensus1992: { all: [/1992 Consensus/] },
  dmz: { all: [/Panmunjom|\bDMZ\b|demilitari[sz]ed zone/, /Trump|United States|\bUS\b/] },
  stockholm: { all: [/Stockholm/, /DPRK|Korea|working-level/] },
  dprkRelief: { all: [/DPRK|North Korea|Korean Peninsula/, /draft resolution|sanctions relief|eas(e|ing) (the )?sanctions|relax\w* (the )?sanctions|lift\w* (the )?sanctions|reversible (provisions|clauses)/] },
  drills: { all: [/ROK|South Korea/, /\bdrills?\b|military exercises?|joint exercises?|war games/, /\bUS\b|United States|American/] },
  interKorean: { all: [/inter-Korean|DPRK-ROK|ROK-DPRK|North-South|between the DPRK and the ROK|between the ROK and the DPRK/, /summit|Pyongyang|Panmunjom|talks/] },
  ciie: { any: [/Import Expo|\bCIIE\b/] },
  parade: { any: [/military parade|National Day parade|grand parade|review of the troops|70th anniversary of the founding/] },
  chineseVirus: { all: [/Chinese virus|Wuhan virus|China virus|Kung flu|stigmati[sz]|label(l)?ing (the virus|it)|nam(e|ing) the virus/] },
  lab: { all: [/Wuhan Institute of Virology|\blab(oratory|oratories|s)?\b|\bP4\b/, /virus|COVID|coronavirus|epidemic|pandemic/] },
  lawsuits: { all: [/compensation|reparations?|lawsuits?|\bsu(e|ed|ing)\b|Missouri|damages|indemnit|bill (China|Beijing)/, /virus|COVID|coronavirus|epidemic|pandemic/] },
  wuhanEvac: { all: [/evacuat|charter(ed)? (flights?|planes?)|airlift|bring (them|their (citizens|nationals)) (back|home)/, /Wuhan|Hubei/] },
  medTeams: { all: [/medical (expert )?teams?|teams? of (medical )?experts|medical experts|Chinese doctors/, /\bsen[dt]|sending|dispatch/, /COVID|virus|epidemic|pandemic|outbreak/] },
  guangzhouAfr: { all: [/Guangzhou/, /Africa|Nigeria|Kenya|Ghana|Uganda/] },
  floyd: { any: [/George Floyd|Minneapolis|I can'?t breathe|racial (discrimination|injustice)|police brutality.{0,80}(US|America|African)/] },
  usArmy: { all: [/US Army|U\.S\. Army|Fort Detrick|Military World Games|US military (delegation|athletes)|brought the virus/, /virus|epidemic|COVID|outbreak/] },
  entryBan: { all: [/\bentry\b|entering China/, /foreign(ers| nationals)/, /suspend|suspension|restrict|\bban\b|temporarily/] },
  g20Virtual: { any: [/Extraordinary G20|G20[^.?!]{0,60}(virtual|video|extraordinary|teleconference)|(virtual|video|extraordinary) (G20|Leaders' Summit)/] },
  euDisinfo: { all: [/disinformation/, /\bEU\b|European/] },
  climateCop: { all: [/COP ?2[45]|Katowice|Madrid|Climate Action Summit|Conference of the Parties|climate (conference|summit|negotiations|talks)|UN Climate/, /climate/] },
  arctic: { any: [/Arctic|Greenland/] },
  swineFever: { any: [/swine fever|\bpork\b|\bhogs?\b|\bpigs?\b/] },
  locusts: { any: [/locusts?/] },
  indonesiaQuake: { all: [/Indonesia|Sulawesi|Lombok/, /tsunami|earthquake|quake|Palu/] },
  phuket: { any: [/Phuket|capsiz/] },
  laosDam: { all: [/Laos|Lao\b|Attapeu/, /\bdams?\b/] },
  sonic: { any: [/sound and pressure|sonic|acoustic|abnormal (sensations|sounds)|health incident|mild traumatic brain/] },
  maralago: { any: [/Mar-a-Lago|Yujing Zhang/] },
  studentVisas: { all: [/students?|scholars?|academics|researchers/, /\bvisas?\b/, /\bUS\b|United States|America/] },
  confucius: { all: [/Confucius Institutes?|Confucius Classrooms?/] },
  foreignMissions: { all: [/foreign missions?/, /media|Xinhua|CGTN|People's Daily|China Daily|China Radio|\bCRI\b|journalists/] },
  foreignAgents: { all: [/foreign agents?|\bFARA\b/, /media|Xinhua|CGTN|CCTV|China Daily|register/] },
  pence: { all: [/Pence/, /Hudson|speech|remarks/] },
  electionMeddle: { all: [/(meddl|interfer)\w*[^.?!]{0,80}(mid-?terms?|elections?)|(mid-?terms?|elections?)[^.?!]{0,80}(meddl|interfer)/, /\bUS\b|United States|America/] },
  relFreedom: { any: [/religious freedom|religious liberty|Ministerial to Advance Religious/] },
  tibetAccess: { all: [/Tibet|Xizang/, /Reciprocal Access|access to Tibet|visit Tibet|travel to Tibet|\baccess\b/] },
  ilham: { any: [/Ilham Tohti|Sakharov/] },
  xjLetters: { all: [/Xinjiang/, /(22|23|24|37|46|50|54) countries|joint (letter|statement)|letters? to the (UN|United Nations|Human Rights Council|President)|co-?signed/] },
  chinaCables: { all: [/Xinjiang/, /China Cables|ICIJ|Karakax|\bleak(ed|s)?\b|internal documents|Xinjiang Papers/] },
  turkeyUy: { all: [/Turk(ey|ish|iye)/, /U[iy]gh?[uy]r|Uygur|Xinjiang/] },
  guiMinhai: { all: [/Gui Minhai/] },
  ausInterference: { all: [/Australia/, /Huang Xiangmo|Wang Liqiang|foreign interference|interfer\w* in (Australia|its)|infiltrat/] },
  ausTrade: { all: [/Australia/, /barley|beef|\bmeat\b|wine|anti-dumping/] },
  hokkaido: { any: [/Hokkaido University|Iwatani|Japanese (professor|scholar|academic)|detained Japanese/] },
  adiz: { any: [/\bADIZ\b|Air Defen[cs]e Identification Zone|KADIZ/] },
  vanguard: { any: [/Vanguard Bank|Wan'?an Tan|Haiyang Dizhi|survey (ship|vessel)/] },
  vnFishing: { all: [/Viet ?Nam/, /fishing (boats?|vessels?|ships?)|fishermen/] },
  coc: { all: [/Code of Conduct|\bCOC\b/, /South China Sea|ASEAN/] },
  xiMyanmar: { all: [/Myanmar/, /Xi Jinping|President Xi/, /visit/] },
  maldives: { all: [/Maldiv/] },
  nepal: { all: [/Nepal/] },
  fatf: { any: [/\bFATF\b|Financial Action Task Force/] },
  pulwama: { all: [/India/, /Pakistan/, /Pulwama|Balakot|air ?strikes?|military (conflict|confrontation|escalation)|shot down|fighter jets?|pilot/] },
  informalSummit: { all: [/India|Modi/, /informal (summit|meeting)|Wuhan summit|Chennai|Mamallapuram/] },
  bolivia: { all: [/Bolivia/] },
  chileApec: { all: [/Chile/, /APEC/] },
  brazil: { any: [/Bolsonaro|Brazil/] },
  ebola: { any: [/Ebola/] },
  djibouti: { all: [/Djibouti/] },
  sudan: { all: [/Sudan/, /Bashir|military council|Transitional|coup|ousted|\bprotests?\b/] },
  zimbabwe: { all: [/Zimbabwe/] },
  yemen: { any: [/Yemen|Houthi|Hodeidah/] },
  italyBri: { all: [/Ital(y|ian)/, /Belt and Road|\bBRI\b|memorandum|\bMoU\b/] },
  ceec: { any: [/16\+1|17\+1|China-CEEC|Central and Eastern European/] },
  czech: { any: [/Prague|Czech/] },
  ukraine: { any: [/Ukrain|Kerch/] },
  boeing: { all: [/737|Boeing/, /Ethiopia|crash|ground|MAX/] },
  vostok: { any: [/Vostok/] },
  trilateral: { any: [/trilateral (arms control|nuclear|negotiations?|talks|disarmament)|New START|arms control (talks|negotiations?)/] },
  openSkies: { any: [/Open Skies/] },
  att: { any: [/Arms Trade Treaty|\bATT\b/] },
  nukeTest: { any: [/underground nuclear test|low-yield|Lop Nur|zero[- ]yield|Compliance Report|\bCTBT\b|Comprehensive Nuclear-Test-Ban/] },
  change4: { any: [/Chang'?e[- ]?(4|5|four)|far side of the moon|lunar (probe|exploration)|Yutu/] },
  space: { any: [/Space Force|anti-satellite|weaponi[sz]ation of outer space|arms race in outer space|outer space/] },
  soybeans: { any: [/soybeans?/] },
  rareEarth: { any: [/rare[- ]earths?/] },
  currency: { any: [/currency manipulat|manipulat\w* (its |the )?currency|exchange rate/] },
  unreliable: { any: [/unreliable entit/] },
  wtoDev: { all: [/developing[- ]countr|developing member/, /WTO|World Trade Organi[sz]ation/] },
  wtoReform: { any: [/WTO reform|reform of the WTO|Appellate Body|reforms? (of|to) the (WTO|World Trade Organi[sz]ation)/] },
  g7: { any: [/\bG7\b|Group of Seven/] },
  mahathir: { all: [/Mahathir/] },
  cambodiaElection: { all: [/Cambodia/, /election|Hun Sen|National Rescue Party|CNRP/] },
  imran: { any: [/Imran Khan|\bPTI\b|Tehreek|Tehrik/] },
  pakImf: { all: [/IMF|International Monetary Fund/, /Pakistan/] },
  pngApec: { all: [/APEC/, /Port Moresby|Papua New Guinea|\bPNG\b/] },
  canadaMeat: { all: [/Canad/, /\bmeat\b|\bpork\b|\bbeef\b/] },
  cuba: { any: [/Cuba/] },
  g20ba: { all: [/Buenos Aires|Argentina/, /G20/, /Trump|dinner|meeting|President Xi/] },
  panama: { any: [/Panama/] },
  libya: { any: [/Libya/] },
  kenyaSgr: { all: [/Kenya|Nairobi|Mombasa/, /railway|\bSGR\b|Standard Gauge/] },
  brics: { any: [/BRICS/] },
  carrieLam: { any: [/Carrie Lam|Chief Executive Lam/] },
  pelosi: { all: [/Pelosi/] },
  tedros: { any: [/Tedros|WHO Director-General|Director-General of the WHO/] },
  wuhanConsulate: { all: [/consulates?|consul/, /Wuhan/] },
  wetMarket: { any: [/wet markets?|seafood market|Huanan|wildlife|pangolins?/] },
  debtRelief: { all: [/debt (relief|suspension|service|cancell?ation|forgiveness)|suspend\w* (debt|repayment)|waive\w* (debt|loans?)/, /Africa|G20|poor(est)? countries|developing countries/] },
  hkPolice: { all: [HK, /police/, /violence|force|brutal|tear gas|rubber bullets|shot|excessive/] },
  mekong: { any: [/Mekong|Lancang/] },
  qualcomm: { any: [/Qualcomm|\bNXP\b/] },
  mh370: { any: [/MH370|Malaysia Airlines/] },
  sco: { any: [/Shanghai Cooperation Organi[sz]ation|\bSCO\b/] },
  branstad: { any: [/Branstad|US Ambassador to China/] },
  nzHuawei: { all: [/New Zealand/, /Huawei|5G|GCSB|Spark/] },
  merkel: { any: [/Merkel/] },
  macron: { any: [/Macron/] },
  duterte: { any: [/Duterte/] },
  peacekeeping: { any: [/peacekeep/] },
  unArrears: { all: [/arrears|\bdues\b|assessments?|regular budget|peacekeeping budget|financial (crisis|difficulties)|liquidity/, /\bUN\b|United Nations/] },
  ngoSanctions: { any: [/Human Rights Watch|National Endowment for Democracy|\bNED\b|Freedom House|Kenneth Roth/] },
  portCall: { all: [HK, /port calls?|warships?|naval vessels?|navy ships?|USS/] },
  iranOil: { all: [/Iran/, /\boil\b|crude/, /waivers?|sanctions?|imports?|purchas/] },
  ukHuawei: { all: [/Huawei/, /\bUK\b|Britain|British|London/] },
  germanyHuawei: { all: [/Huawei/, /German/] },
  tradeDeficit: { any: [/trade (deficit|surplus|imbalance)/] },
  ipTheft: { all: [/intellectual property|\bIP\b|technolog/, /theft|steal|stole|forced (technology )?transfer|espionage/] },
  faroe: { any: [/Faroe/] },
  hrwRoth: { any: [/Human Rights Watch|Kenneth Roth/] },
  chineseStudentsSpies: { all: [/spies|spying|espionage|spy\b/, /students?|scholars?|researchers?/] },
  ausStudents: { all: [/Australia/, /students?/] },
  kimRussia: { all: [/Kim Jong[- ]?Un|Chairman Kim/, /Putin|Vladivostok|Russia/] },
  xiDprk: { all: [/Xi Jinping|President Xi/, /visit/, /DPRK|Pyongyang/] },
  hungary: { any: [/Hungar/] },
  serbia: { any: [/Serbia/] },
  greece: { any: [/Greece|Greek|Piraeus/] },
  kazakh: { any: [/Kazakh/] },
  mongolia: { any: [/Mongolia/] },
  trumpTweet: { all: [/tweet|Twitter/, /Trump/] },
  fbi: { any: [/\bFBI\b|Christopher Wray|Federal Bureau of Investigation/] },
  ethiopia: { any: [/Ethiopia/] },
  iraq: { any: [/Iraq/] },
  switzerland: { any: [/Switzerland|Swiss/] },
  norway: { any: [/Norw/] },
};

// ---- keyword ----
K('khashoggi', 'Khashoggi killing', R.khashoggi);
K('rcep', 'RCEP negotiations', R.rcep);
K('uighur-forced-labour', 'Uighur forced labour allegations', R.forcedLabour, 'UK spelling of labour and the Uighur variant on purpose; corpus writes Uygur/Uyghur/Uighur');
K('brexit', "China's view on Brexit and the UK leaving the EU", R.brexit);
K('soleimani', 'US strike that killed Qasem Soleimani', R.soleimani);
K('israel-settlements', 'Israeli settlements, Jerusalem and the Golan Heights', R.israelPal);
K('sri-lanka-easter-bombings', 'Sri Lanka Easter bombings', R.sriLankaBombs);
K('singapore-summit', 'Trump Kim Jong-un Singapore summit', R.singaporeSummit, 'hyphenated Jong-un; corpus writes Kim Jong Un');
K('hormuz-tankers', 'oil tanker attacks in the Strait of Hormuz', R.hormuz);
K('syria-chemical', 'chemical weapons in Idlib, Syria', R.syriaChem);
K('turkey-kurds-syria', "Turkey's offensive against the Kurds in northern Syria", R.turkeySyria);
K('legco-storming', 'storming of the Legislative Council (LegCo) in Hong Kong', R.legco);
K('hk-special-status', "US decertifies Hong Kong's special status under the Hong Kong Policy Act", R.hkStatus);
K('bno-passports', 'BNO passports for Hong Kong residents', R.bno);
K('joshua-wong', 'Joshua Wong', R.joshuaWong);
K('tsai-transit', "Tsai Ing-wen's transit stops in the US", R.tsaiTransit);
K('airlines-taiwan-labels', 'foreign airlines told to relabel Taiwan on their websites', R.airlines);
K('taiwan-travel-act', 'Taiwan Travel Act and the TAIPEI Act', R.taiwanActs);
K('dominican-republic', 'Dominican Republic establishes diplomatic ties with China', R.dominican);
K('burkina-faso', 'Burkina Faso severs ties with Taiwan', R.burkina);
K('1992-consensus', 'the 1992 Consensus', R.consensus1992);
K('panmunjom-dmz', 'Trump and Kim meeting at Panmunjom in the DMZ', R.dmz);
K('dprk-sanctions-relief', 'China-Russia draft resolution on easing North Korea sanctions', R.dprkRelief, 'North Korea alias for DPRK');
K('us-rok-drills', 'US-South Korea joint military drills', R.drills, 'South Korea alias for ROK');
K('inter-korean-summit', 'inter-Korean summit between Moon Jae-in and Kim Jong Un', R.interKorean);
K('ciie', 'China International Import Expo (CIIE)', R.ciie);
K('national-day-parade', 'military parade for the 70th anniversary of the PRC', R.parade);
K('chinese-virus-label', 'Trump calling COVID-19 the "Chinese virus"', R.chineseVirus);
K('wuhan-lab', 'Wuhan Institute of Virology lab leak claims', R.lab);
K('covid-lawsuits', 'lawsuits demanding COVID-19 compensation from China', R.lawsuits);
K('wuhan-evacuation', 'evacuation of foreign nationals from Wuhan', R.wuhanEvac);
K('guangzhou-africans', 'treatment of Africans in Guangzhou during the epidemic', R.guangzhouAfr);
K('george-floyd', 'George Floyd protests', R.floyd);
K('entry-ban-foreigners', 'China suspends entry of foreigners holding visas', R.entryBan);
K('g20-extraordinary-summit', 'Extraordinary G20 Leaders Summit on COVID-19', R.g20Virtual);
K('eu-disinformation', 'EU disinformation report', R.euDisinfo);
K('cop-climate-talks', 'COP24 and COP25 climate talks', R.climateCop);
K('arctic-greenland', 'Arctic and Greenland', R.arctic);
K('african-swine-fever', 'African swine fever and pork', R.swineFever);
K('locusts', 'locust plague', R.locusts);
K('laos-dam', 'Laos dam collapse', R.laosDam);
K('guangzhou-sonic', 'sonic attack on US consulate staff in Guangzhou', R.sonic);
K('mar-a-lago', 'Chinese woman arrested at Mar-a-Lago', R.maralago);
K('confucius-institutes', 'Confucius Institutes', R.confucius);
K('media-foreign-missions', 'US designates Chinese media as foreign missions', R.foreignMissions);
K('election-meddling', "accusations China meddled in America's midterm elections", R.electionMeddle);
K('religious-freedom-report', 'US religious freedom report', R.relFreedom);
K('ilham-tohti', 'Ilham Tohti Sakharov Prize', R.ilham);
K('xinjiang-un-letters', 'UN Human Rights Council letters on Xinjiang by 22 and 37 countries', R.xjLetters);
K('china-cables', 'China Cables leaked Xinjiang documents', R.chinaCables);
K('turkey-uyghurs', "Turkey's criticism over Uyghurs", R.turkeyUy);
K('gui-minhai', 'Gui Minhai', R.guiMinhai);
K('australia-interference', 'Huang Xiangmo and foreign interference in Australia', R.ausInterference);
K('australia-barley', 'tariffs on Australian barley and beef', R.ausTrade);
K('adiz', 'Chinese aircraft entering the KADIZ air defense identification zone', R.adiz);
K('vanguard-bank', 'Haiyang Dizhi 8 survey ship at Vanguard Bank', R.vanguard);
K('viet-nam-fishing-boat', 'Viet Nam fishing boat incident', R.vnFishing, 'Viet Nam spelling on purpose');
K('scs-code-of-conduct', 'South China Sea Code of Conduct (COC)', R.coc);
K('maldives', "Maldives' debts and China", R.maldives);
K('fatf', "FATF and Pakistan's grey list", R.fatf);
K('pulwama', 'Pulwama attack and India-Pakistan tensions', R.pulwama);
K('xi-modi-informal-summit', 'Xi Modi informal summit in Chennai', R.informalSummit);
K('bolivia', "Bolivia's Evo Morales", R.bolivia);
K('ebola', 'Ebola outbreak', R.ebola);
K('djibouti', 'Djibouti', R.djibouti);
K('sudan-bashir', "Sudan's Omar al-Bashir", R.sudan);
K('italy-bri', 'Italy joins the Belt and Road Initiative', R.italyBri);
K('17-plus-1', '17+1 cooperation with Central and Eastern European countries', R.ceec);
K('open-skies', 'Open Skies Treaty withdrawal', R.openSkies);
K('arms-trade-treaty', 'Arms Trade Treaty', R.att);
K('rare-earths', 'rare earths', R.rareEarth);
K('currency-manipulator', 'China labelled a currency manipulator', R.currency, 'British spelling labelled');
K('unreliable-entity-list', 'unreliable entity list', R.unreliable);
K('wto-developing-status', "China's developing-country status at the WTO", R.wtoDev);
K('png-apec', 'APEC summit in Papua New Guinea', R.pngApec);
K('kenya-railway', 'Kenya standard gauge railway', R.kenyaSgr);
K('qualcomm-nxp', 'Qualcomm NXP deal', R.qualcomm);
K('mh370', 'MH370', R.mh370);
K('ngo-sanctions-hrw', 'Human Rights Watch and NED sanctions', R.ngoSanctions);
K('uk-huawei', "Britain's decision on Huawei", R.ukHuawei, 'Britain alias for UK');

// ---- paraphrase ----
P('p-khashoggi', 'the Saudi journalist murdered inside his country\'s consulate in Istanbul', R.khashoggi);
P('p-rcep', 'the Asia-Pacific free trade pact between ASEAN and its partners', R.rcep);
P('p-forced-labour', 'accusations that Muslim minorities are made to work in factories against their will', R.forcedLabour);
P('p-brexit', "the British referendum outcome and London's departure from the European bloc", R.brexit);
P('p-soleimani', 'the Iranian general killed by an American drone at Baghdad airport', R.soleimani);
P('p-sri-lanka-bombings', 'the coordinated church and hotel blasts in Colombo', R.sriLankaBombs);
P('p-singapore-summit', 'the first-ever meeting between the American president and the North Korean leader in the city-state', R.singaporeSummit);
P('p-hormuz', 'ships attacked and seized near the Gulf choke point for oil', R.hormuz);
P('p-legco', "protesters who broke into Hong Kong's legislature on July 1", R.legco);
P('p-bno', 'the British passport offer to Hong Kong people born before the handover', R.bno);
P('p-tsai-transit', 'the Taiwan leader stopping over in New York on the way to diplomatic allies', R.tsaiTransit);
P('p-airlines', 'carriers told to stop listing the island as a country on their booking sites', R.airlines);
P('p-panmunjom', 'the American president stepping across the border line between the two Koreas', R.dmz);
P('p-dprk-relief', 'a proposal at the Security Council to ease penalties on Pyongyang', R.dprkRelief);
P('p-drills', 'war games between Washington and Seoul on the peninsula', R.drills);
P('p-ciie', 'the Shanghai trade fair for imported goods', R.ciie);
P('p-wuhan-lab', 'claims the outbreak began with a leak from a research facility', R.lab);
P('p-covid-lawsuits', 'American states suing Beijing for damages over the outbreak', R.lawsuits);
P('p-wuhan-evacuation', 'governments flying their citizens out of the locked-down city', R.wuhanEvac);
P('p-guangzhou-africans', 'Nigerians and other Africans evicted from housing in a southern Chinese city', R.guangzhouAfr);
P('p-floyd', 'the death of an African American man under a policeman\'s knee', R.floyd);
P('p-entry-ban', 'Beijing closing its borders to overseas visa holders in March 2020', R.entryBan);
P('p-sonic', 'a US diplomat in southern China reporting strange noises and brain injury', R.sonic);
P('p-maralago', "an intruder with Chinese passports at the president's Florida resort", R.maralago);
P('p-foreign-missions', 'Washington treating Xinhua and CGTN like embassies', R.foreignMissions);
P('p-china-cables', 'secret internal papers on the camps published by a journalists\' consortium', R.chinaCables);
P('p-gui-minhai', 'the Swedish bookseller held in China', R.guiMinhai);
P('p-australia-interference', 'a political donor barred from Canberra and Beijing accused of meddling in Australian politics', R.ausInterference);
P('p-hokkaido', 'the Japanese academic detained in Beijing and later released', R.hokkaido);
P('p-adiz', 'Seoul scrambling jets when Chinese military planes entered its air zone', R.adiz);
P('p-vanguard', 'the standoff over a Chinese research vessel in waters claimed by Hanoi', R.vanguard);
P('p-maldives', 'the Indian Ocean archipelago nation and its loans from China', R.maldives);
P('p-fatf', "the anti-money-laundering watchdog's listing of Islamabad", R.fatf);
P('p-informal-summit', 'the relaxed meeting between the Chinese and Indian leaders in Tamil Nadu', R.informalSummit);
P('p-italy-bri', 'Rome signing up to the Silk Road initiative', R.italyBri);
P('p-unreliable', 'the blacklist China created for foreign firms that hurt Chinese companies', R.unreliable);
P('p-currency', 'the US Treasury accusing Beijing of keeping the yuan artificially weak', R.currency);
P('p-wto-dev', 'Trump demanding the trade body stop treating China as a poorer nation', R.wtoDev);
P('p-qualcomm', 'the failed takeover of a Dutch chipmaker by an American firm', R.qualcomm);
P('p-mh370', 'the missing Malaysian passenger jet carrying many Chinese', R.mh370);
P('p-syria-chemical', 'poison gas allegations in the last rebel stronghold in Syria', R.syriaChem);
P('p-laos-dam', 'the hydropower reservoir that burst in Attapeu province', R.laosDam);
P('p-open-skies', 'the treaty allowing surveillance flights over each other\'s territory', R.openSkies);
P('p-ngo-sanctions', 'Beijing penalising American NGOs over the unrest in the city', R.ngoSanctions);
P('p-ilham', 'the jailed Uyghur economist who won a European Parliament human rights award', R.ilham);

// ---- semantic ----
S('s-rcep', "the world's largest trading bloc negotiated in Asia", R.rcep);
S('s-khashoggi', 'a dissident writer killed by agents of a Gulf kingdom', R.khashoggi);
S('s-hormuz', 'security of shipping in the waters off Iran', R.hormuz);
S('s-lab', 'the theory that the pandemic started in a laboratory accident', R.lab);
S('s-lawsuits', 'who should pay for the damage caused by the pandemic', R.lawsuits);
S('s-chinese-virus', 'stigmatizing a country by naming a disease after it', R.chineseVirus);
S('s-floyd', 'racial injustice and unrest in American cities', R.floyd);
S('s-entry-ban', 'closing the country to travellers to stop imported infections', R.entryBan);
S('s-med-teams', 'sending doctors overseas to help other countries fight the outbreak', R.medTeams);
S('s-wet-market', 'the animal trade and the market where the first cases appeared', R.wetMarket);
S('s-debt-relief', 'helping poor countries with their loan repayments during the crisis', R.debtRelief);
S('s-climate', 'global negotiations on cutting greenhouse gas emissions', R.climateCop);
S('s-arctic', 'the polar north and who gets to develop it', R.arctic);
S('s-space', 'militarization beyond Earth\'s atmosphere', R.space);
S('s-trilateral', 'nuclear disarmament talks among the three largest nuclear powers', R.trilateral);
S('s-nuke-test', 'US claims of secret explosive weapons tests in the desert', R.nukeTest);
S('s-soybeans', 'American farm goods China agreed to buy', R.soybeans);
S('s-rare-earth', 'critical minerals used in high-tech products as leverage in the trade war', R.rareEarth);
S('s-trade-deficit', 'the imbalance in goods trade between the two largest economies', R.tradeDeficit);
S('s-ip-theft', 'allegations of stealing technology and trade secrets', R.ipTheft);
S('s-student-visas', 'restrictions on Chinese scholars studying in the United States', R.studentVisas);
S('s-pence', "the American vice president's hawkish speech at a Washington think tank", R.pence);
S('s-election-meddle', 'foreign influence on the American vote', R.electionMeddle);
S('s-hk-police', 'law enforcement tactics during the unrest in the territory', R.hkPolice);
S('s-hk-status', 'the city losing its separate treatment from the mainland in US law', R.hkStatus);
S('s-port-call', 'American navy ships visiting the territory', R.portCall);
S('s-iran-oil', 'buying crude from Tehran despite American sanctions', R.iranOil);
S('s-turkey-syria', 'a NATO member sending troops across its southern border', R.turkeySyria);
S('s-locusts', 'insect swarms devastating crops in East Africa and Pakistan', R.locusts);
S('s-swine-fever', 'a disease killing pigs and driving up meat prices', R.swineFever);
S('s-israel', 'the occupied territories and the holy city', R.israelPal);

// ---- none (topics of 2021-2026, plus a few in-period events the corpus never covers) ----
N('n-pelosi-taiwan', "Nancy Pelosi's 2022 visit to Taiwan", [/Pelosi[^.]{0,60}(visit|trip|travel)[^.]{0,40}Taiwan|Pelosi[^.]{0,40}Taipei/]);
N('n-spy-balloon', 'the Chinese spy balloon shot down over the US', [/balloon/]);
N('n-ukraine-war', "Russia's invasion of Ukraine in 2022", [/invasion of Ukraine|invaded Ukraine|special military operation|war in Ukraine|Ukraine (war|crisis) of 2022|Zelensky/]);
N('n-wagner-mutiny', 'Wagner Group mutiny and Prigozhin', [/Wagner|Prigozhin/]);
N('n-chatgpt', 'ChatGPT and generative AI rules', [/ChatGPT|OpenAI|generative (AI|artificial intelligence)|large language model/]);
N('n-olympics-boycott', 'diplomatic boycott of the Beijing Winter Olympics', [/diplomatic boycott|boycott[^.]{0,60}Winter Olympics|Winter Olympics[^.]{0,60}boycott/]);
N('n-fall-of-kabul', 'the fall of Kabul to the Taliban in August 2021', [/fall of Kabul|Kabul (fell|has fallen)|Taliban (takeover|took over|seized power|seized Kabul)/]);
N('n-queen-elizabeth-death', 'death of Queen Elizabeth II', [/Queen Elizabeth|Elizabeth II/]);
N('n-abe-assassination', 'the assassination of Shinzo Abe', [/assassinat[^.]{0,60}Abe|Abe[^.]{0,60}(assassinat|was shot|gunned down)/]);
N('n-fukushima-water', 'Fukushima treated water discharge into the ocean', [/treated water|nuclear-contaminated water|contaminated water|wastewater/]);
N('n-chips-act', 'US CHIPS and Science Act', [/CHIPS (and Science )?Act|Inflation Reduction Act/]);
N('n-20th-party-congress', '20th Party Congress and Xi\'s third term', [/20th (National|Party|CPC) Congress|20th National Congress|third term/]);
N('n-gaza-war', 'Hamas attack on Israel and the Gaza war', [/Hamas|Gaza/]);
N('n-nord-stream', 'Nord Stream pipeline sabotage', [/Nord Stream/]);
N('n-global-security-initiative', 'Global Security Initiative and Global Development Initiative', [/Global Security Initiative|Global Development Initiative|Global Civilization Initiative/]);
N('n-zero-covid', 'the end of dynamic zero-COVID policy', [/zero-?COVID|dynamic zero|dynamic clearance/]);
N('n-saudi-iran-deal', 'Saudi Arabia and Iran restore relations in a Beijing-brokered deal', [/Saudi[^.]{0,80}Iran[^.]{0,80}(restor|resum|reconcil)\w*[^.]{0,30}(relations|ties)|Iran[^.]{0,80}Saudi[^.]{0,80}(restor|resum|reconcil)\w*[^.]{0,30}(relations|ties)/]);
N('n-deepseek', 'DeepSeek AI model', [/DeepSeek/]);
N('n-myanmar-coup', 'the 2021 military coup in Myanmar', [/Myanmar[^.]{0,40}\bcoup\b|\bcoup\b[^.]{0,40}Myanmar|State Administration Council/]);
N('n-quad-summit', 'Quad leaders summit of US, Japan, India and Australia', [/\bQuad\b|Quadrilateral Security Dialogue/]);
N('n-notre-dame-fire', 'the Notre-Dame cathedral fire in Paris', [/Notre[- ]Dame/], 'in-period (April 2019) but no transcript here mentions it');
N('n-baghdadi', 'US raid that killed ISIS leader Abu Bakr al-Baghdadi', [/Baghdadi/], 'in-period (October 2019) but absent; Daesh/ISIS leader');

writeFileSync('queries-new.json', JSON.stringify(Q, null, 2) + '\n');
const c = {}; for (const q of Q) c[q.kind] = (c[q.kind] ?? 0) + 1;
console.log(Q.length, c);
