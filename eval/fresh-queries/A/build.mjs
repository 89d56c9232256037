// Source of queries-fresh.json (writer A, Asia-Pacific and security). Regex literals keep escaping readable.
// `node build.mjs` writes the JSON. Rules were written from reading transcripts only (never a ranking).
import { writeFileSync } from 'node:fs';
const s = (re) => re.source;
const Q = [];
const add = (id, kind, query, rel, note) => {
  const q = { id: 'f-a-' + id, query, kind };
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

// ---- one rule per topic; paraphrase/semantic queries reuse them ----
const R = {
  endWar: { all: [/Korea|DPRK|Peninsula/, /end(ing)?[- ]of[- ](the )?war|declar\w*[^.?!]{0,40}\bend(ing)?\b[^.?!]{0,30}\bwar\b|\bend(ing)? (of )?the (Korean )?War|peace (treaty|agreement)|armistice/] },
  dprkMissile: { all: [/DPRK|North Korea|Pyongyang/, /launch(ed|es|ing)?[^.?!]{0,60}(missiles?|projectiles?)|(missiles?|projectiles?)[^.?!]{0,40}launch(?! pad| site)|fired[^.?!]{0,40}(missiles?|projectiles?)|missile tests?|Pukguksong/] },
  kaesong: { any: [/(inter-Korean|joint|North-South) liaison office|liaison office[^.?!]{0,60}(Kaesong|Gaeseong|with the ROK|with South Korea)|(Kaesong|Gaeseong)[^.?!]{0,60}liaison office/] },
  cjk: { all: [/China-Japan-(ROK|South Korea|Korea)|China, Japan and (the ROK|South Korea)|China-ROK-Japan|Japan-China-(ROK|Korea)|(the ROK|South Korea), Japan and China/, /summit|leaders' meeting|foreign ministers|trilateral|video conference|Chengdu|ministers' meeting/] },
  emperor: { any: [/Naruhito|Reiwa|Akihito|abdicat|enthrone|new (Japanese )?emperor/] },
  abeVisit: { any: [/\bAbe('s)?[^.?!]{0,60}(visit(s|ed|ing)? (to )?China|visiting China|(trip|visit) to (China|Beijing)|in Beijing)|(visit|trip) (to China )?(by|of) (Japanese )?Prime Minister (Shinzo )?Abe\b|\bAbe (will|to) (visit|pay)/] },
  yang: { any: [/Yang Hengjun|Yang Jun\b/] },
  sco: { any: [/(\bSCO\b|Shanghai Cooperation Organi[sz]ation)[^.?!]{0,40}(summit|meeting|conference|Council|Secretary[- ]General|member states|membership|foreign ministers|statement)|(summit|meeting|membership|joining|join|Secretary[- ]General) (of |in |to )?(the )?(\bSCO\b|Shanghai Cooperation)/] },
  afgPak: { any: [/China-Afghanistan-Pakistan|China, Afghanistan and Pakistan|China-Pakistan-Afghanistan|Afghanistan-Pakistan-China|Pakistan, China and Afghanistan|trilateral[^.?!]{0,80}(between|among) (Pakistan, China and Afghanistan|China, Pakistan and Afghanistan)/] },
  nepal: { any: [/China-Nepal|Nepal(i|ese)? (government|Prime Minister|Foreign Minister|President|police|side)|(visit|visits|visited|trip) to Nepal|in Nepal|Nepal (and|between) (China|India)|(with|between) (China and )?Nepal|Kathmandu|Nepal will|by Nepal|Communist Party of Nepal|about Nepal/] },
  myanmarArmed: { all: [/Myanmar/, /ethnic armed|armed (groups?|organi[sz]ations)|Arakan Army|MNDAA|TNLA|Kokang|northern Myanmar|peace (talks|process)|Kachin/] },
  mekong: { any: [/Mekong|Lancang/] },
  natuna: { any: [/Natuna|(Chinese|China's) (fishing )?(vessels|boats|coast guard)[^.?!]{0,80}Indonesia|Indonesia[^.?!]{0,80}(South China Sea|exclusive economic zone|EEZ|fishing (vessels|boats))/] },
  phuket: { any: [/Phuket|Thai[^.?!]{0,60}capsiz|capsiz[^.?!]{0,60}Thai/] },
  phOilGas: { all: [/Philippin|Manila|Duterte/, /oil and gas|joint (exploration|development|exploitation)/] },
  cambodiaElection: { all: [/Cambodia/, /Cambodia('s)?[^.?!]{0,60}elections?|elections? in Cambodia|National Assembly|CNRP|National Rescue Party|opposition (party|leader)|Kem Sokha|Sam Rainsy|\bcoup\b/] },
  indoPacific: { any: [/Indo-Pacific/] },
  p5: { any: [/P5 Conference|Beijing P5|conference of the five nuclear-weapon states|five nuclear-weapon states[^.?!]{0,40}(conference|meeting)/] },
  tibetAct: { any: [/Reciprocal Access to Tibet|Tibet(an)? (Policy|Act)|access to Tibet/] },
  indiaApps: { all: [/India/, /\bapps\b|TikTok|boycott|barred from|ban on Chinese/] },
  // rules used only by semantic queries
  dprkEvasion: { all: [/DPRK|North Korea/, /ship-to-ship|smuggl|oil products|refined petroleum|sanctions (enforcement|violations?|evasion)|violat\w* (the )?(UN |Security Council )?sanctions|despite (UN )?sanctions|circumvent/] },
  usMissilesAsia: { all: [/intermediate-range|ground-based|medium-range|land-based|INF/, /missiles?/, /deploy|station/, /Asia|Japan|Australia|ROK|South Korea|Indo-Pacific|doorstep/] },
  scsMilitar: { all: [/South China Sea|Nansha|Spratly|islands? and reefs|Xisha|Paracel|Woody Island|Yongxing/, /missiles?|H-6K|bombers? (land|took off|takeoff)|(takeoff|landing) of[^.?!]{0,40}bomber|militari[sz]|military (facilities|deployment|installations)|defen[cs]e facilities|defensive facilities/] },
  pakAttacks: { all: [/Pakistan|Karachi|Gwadar|Baloch/, /Karachi[^.?!]{0,60}(consulate|attack)|Consulate[- ]General in Karachi|Pearl Continental|Stock Exchange|Baloch(istan)? Liberation|\bBLA\b|attack[^.?!]{0,80}Chinese/] },
};

// ---- keyword (20) ----
K('korean-war-end-declaration', 'declaration ending the Korean War and a peace treaty', R.endWar);
K('dprk-missile-launches', 'North Korea missile launches', R.dprkMissile, 'launches and tests only; a mention of missiles in a denuclearization answer is not enough');
K('kaesong-liaison-office', "inter-Korean liaison office in Kaesong", R.kaesong);
K('china-japan-rok-summit', 'China-Japan-ROK trilateral summit', R.cjk);
K('japan-emperor-naruhito', "Emperor Naruhito's enthronement and the Reiwa era", R.emperor);
K('abe-china-visit', "Shinzo Abe's visit to China", R.abeVisit);
K('yang-hengjun', 'Yang Hengjun detained in China', R.yang, 'the transcripts mostly spell him "Yang Jun"');
K('sco', 'Shanghai Cooperation Organisation (SCO) summits and meetings', R.sco, 'corpus spells Organization; any SCO exchange counts');
K('china-afghanistan-pakistan-trilateral', 'China-Afghanistan-Pakistan trilateral foreign ministers dialogue', R.afgPak);
K('nepal', "China's relations with Nepal", R.nepal);
K('myanmar-ethnic-armed-groups', 'Myanmar peace talks with ethnic armed groups in the north', R.myanmarArmed);
K('mekong-dams', 'Chinese dams on the Mekong river', R.mekong, 'Lancang-Mekong Cooperation exchanges count too');
K('natuna-indonesia', "Chinese fishing boats near Indonesia's Natuna islands", R.natuna);
K('phuket-boat-capsize', 'Phuket boat capsizing Chinese tourists', R.phuket);
K('philippines-oil-gas', 'China Philippines joint oil and gas exploration', R.phOilGas);
K('cambodia-election', "Hun Sen's re-election in Cambodia's 2018 vote and the banned opposition", R.cambodiaElection, 'the 2019 coup-fear / Sam Rainsy exchange counts too');
K('indo-pacific-strategy', 'US Indo-Pacific strategy', R.indoPacific);
K('p5-conference', 'Beijing P5 conference of nuclear weapon states', R.p5);
K('reciprocal-access-tibet', 'Reciprocal Access to Tibet Act', R.tibetAct, 'Tibetan Policy and Support Act exchanges count too');
K('india-bans-chinese-apps', "India's ban on TikTok and other Chinese apps", R.indiaApps, 'boycott calls after Galwan count too');

// ---- paraphrase (10) ----
P('p-yang-hengjun', 'the Chinese-born Australian novelist held on espionage charges', R.yang);
P('p-japan-emperor', "Japan's monarch stepping down and his son taking the throne", R.emperor);
P('p-phuket', 'tour boats full of Chinese holidaymakers that sank in a storm off a Thai resort island', R.phuket);
P('p-natuna', "Jakarta protesting Chinese trawlers and coast guard ships near its islands at the southern edge of the disputed sea", R.natuna);
P('p-kaesong', 'the joint office the two Koreas opened just north of the border in 2018, which Pyongyang later blew up', R.kaesong);
P('p-mekong', 'upstream hydropower reservoirs blamed for drought in Thailand, Laos and Cambodia', R.mekong);
P('p-afghan-pak-trilateral', "three-way talks between Beijing's top diplomat and his counterparts from Kabul and Islamabad", R.afgPak);
P('p-tibet-act', 'an American law punishing officials who keep US diplomats and journalists out of the plateau region', R.tibetAct);
P('p-korean-war-end', 'formally declaring the 1950-53 conflict on the peninsula over', R.endWar);
P('p-abe-visit', "the Japanese prime minister's trip to Beijing in October 2018, the first official one in seven years", R.abeVisit);

// ---- semantic (8) ----
S('s-dprk-sanctions-evasion', 'illicit fuel and coal deliveries that help Pyongyang get around UN penalties', R.dprkEvasion);
S('s-us-missiles-asia', 'where Washington might station new land-based missiles in Asia once the Cold War arms pact was gone', R.usMissilesAsia);
S('s-scs-militarization', 'Chinese military build-up and weapons on the islands and reefs of the disputed southern sea', R.scsMilitar);
S('s-pakistan-attacks-chinese', 'militant violence endangering Chinese people and investments in Pakistan', R.pakAttacks);
S('s-nepal', 'the landlocked Himalayan country squeezed between China and India', R.nepal);
S('s-cjk', "meetings of the leaders of Northeast Asia's three biggest economies", R.cjk);
S('s-dprk-missiles', 'the North testing new short-range weapons while its talks with Washington stalled', R.dprkMissile);
S('s-myanmar-armed', 'ceasefire efforts between the government in Naypyidaw and militias near Yunnan', R.myanmarArmed);

// ---- none (8) ----
N('n-yoon-martial-law', "South Korean President Yoon Suk-yeol's martial law declaration", [/Yoon Suk[- ]?yeol/, /martial law[^.?!]{0,80}(Seoul|South Korea|ROK)|(Seoul|South Korea|ROK|South Korean president)[^.?!]{0,80}martial law/]);
N('n-dprk-troops-russia', 'North Korean soldiers sent to fight for Russia against Ukraine', [/Kursk/, /(DPRK|North Korean?|Pyongyang'?s?) (troops|soldiers)[^.?!]{0,80}(Russia|Ukraine)/, /(Russia|Ukraine)[^.?!]{0,80}(DPRK|North Korean) (troops|soldiers)/]);
N('n-pahalgam-sindoor', 'Pahalgam attack and Operation Sindoor strikes on Pakistan', [/Pahalgam|Sindoor/]);
N('n-hasina-flees', "Bangladesh's prime minister fleeing to India after student protests", [/Hasina[^.?!]{0,80}(fled|flee|resign|ousted|ouster|toppled|step(ped)? down)/, /student (protests|protesters|movement|uprising)[^.?!]{0,80}(Bangladesh|Dhaka)|(Bangladesh|Dhaka)[^.?!]{0,80}student (protests|protesters|movement|uprising)/]);
N('n-sri-lanka-president-flees', "protesters storming the Sri Lankan president's house and Gotabaya Rajapaksa fleeing the country", [/Aragalaya/, /Gotabaya[^.?!]{0,80}(fled|flee|resign)/, /(storm|stormed|storming|occupied)[^.?!]{0,80}president'?s? (house|residence|palace|office)/], 'a page of 2020 says Sri Lanka "has not defaulted", so the 2022 default itself is left out of the query');
N('n-nepal-genz', "young protesters toppling Nepal's government over a social media ban", [/Gen[- ]Z/, /Nepal[^.?!]{0,100}social media|social media[^.?!]{0,100}Nepal/]);
N('n-thai-cave-rescue', 'rescue of the boys football team trapped in a flooded Thai cave', [/\bcaves?\b|Tham Luang|Wild Boars/, /football team[^.?!]{0,80}(trapped|rescue)/], 'a 2018 event that no page mentions');
N('n-kazakhstan-unrest', 'CSTO troops sent to Kazakhstan during the January 2022 unrest', [/CSTO|Collective Security Treaty Organi[sz]ation/, /Kazakhstan[^.?!]{0,100}(unrest|riots?|protests|uprising)|(unrest|riots?|protests|uprising)[^.?!]{0,100}Kazakhstan/]);

writeFileSync(new URL('queries-fresh.json', import.meta.url), JSON.stringify(Q, null, 2) + '\n');
console.log(Q.length, 'queries written');
