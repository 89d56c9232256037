// Source of queries-fresh2.json (writer D, prefix "f2-d-"). Regex literals keep the escaping readable.
// `node build.mjs` writes the JSON. Rules were written from reading the transcripts (peek.mjs), before the
// query texts, and never from rankings.
import { writeFileSync } from 'node:fs';
const s = (re) => re.source;
const Q = [];
const add = (id, kind, query, rel, note) => {
  const q = { id: 'f2-d-' + id, query, kind };
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

// ---- rules (one per topic; paraphrase/semantic queries reuse them) ----
export const R = {
  czech: { all: [/Czech|Prague/, /Czech (Republic )?(President|Prime Minister|media|cyber|companies|government)|sister[- ]cit|Zeman|Babi|mayor/] },
  serbia: { any: [/Serbian|Serbia's|China-Serbia|Vu ?[cč] ?i ?[cć]/] },
  greece: { any: [/Greek (President|Foreign Minister|Prime Minister|capital)|Piraeus|Athens|Kotzias|Pavlopoulos|Tsipras|Mitsotakis|China-Greece/] },
  upr: { any: [/Universal Periodic Review|\bUPR\b/] },
  appellate: { any: [/appellate body/] },
  g7: { any: [/\bG7\b|Group of Seven|\bG8\b/] },
  yemen: { all: [/Yemen/, /Houthi|Hodeidah|peace talks|ceasefire|humanitarian|Riyadh Agreement|Special Envoy|Yemeni/] },
  libya: { any: [/Haftar|Sarraj|Tripoli|Libyan (National Army|parties|issue|people|crisis|government)|situation in Libya|Libya issue|in Libya\b/] },
  zimbabwe: { all: [/Zimbabwe/, /Mugabe|election/] },
  kazakhTransition: { all: [/Kazakh/, /Nazarbayev[^.?!]{0,60}resign|resignation|Tokayev|changes in that country|sworn in|newly[- ]elected/] },
  pheic: { any: [/public health emergency of international concern|PHEIC/] },
  casf: { any: [/China-Arab States|CASCF|China and the Arab League/] },
  auBugging: { all: [/AU headquarters|African Union headquarters/, /bug|spy|spying|surveil|hack|data/] },
  nptReview: { all: [/NPT|Non-Proliferation/, /Review Conference|50th anniversary|entry into force/] },
  merkelVisits: { any: [/Merkel('s)? (upcoming |recent )?visit to China|Merkel (wrapped up|concluded|just concluded) her visit|Merkel's recent visit/] },
  ethiopiaEritrea: { any: [/Eritrea/] },
  unscPresidency: { any: [/presidency of the (UN |United Nations )?Security Council|As (the )?President of the (UN |United Nations )?Security Council/] },
  noFirstUse: { any: [/no[- ]first[- ]use/] },
  unBudget: { any: [/(fiscal|liquidity|financial) crisis[^.?!]{0,40}(UN|United Nations|organization)|(UN|United Nations|organization)[^.?!]{0,40}(fiscal|liquidity) crisis|financial situation of the (UN|organization)|arrears|peacekeeping (budget|funding|shares|assessment)|scale of assessments?|contributions? (to|for) the (UN|United Nations)|(UN|United Nations) (dues|membership fees)/] },
};

// ---- keyword (16) ----
K('czech', "Czech Republic's row with China: Prague sister city, President Zeman, cyber security warning", R.czech);
K('serbia', 'Serbia president Vucic and China', R.serbia, 'query spells Vucic without diacritics; the transcripts write Vučić (once with spaces)');
K('greece', "Greece and China: the Greek president's visit and Xi in Athens", R.greece);
K('upr', "China's universal periodic review at the UN human rights council", R.upr, 'lower case on purpose');
K('wto-appellate-body', 'WTO appellate body stops functioning', R.appellate);
K('g7', 'G-7 statements on China', R.g7, '"G-7" with a hyphen; the transcripts write G7');
K('yemen', 'Yemen peace talks, the Houthis and the Hodeidah ceasefire', R.yemen);
K('libya', 'Libya fighting between Haftar and the Tripoli government', R.libya);
K('zimbabwe', "Zimbabwe's election and Robert Mugabe's death", R.zimbabwe);
K('kazakhstan-nazarbayev', "Nazarbayev's resignation and President Tokayev of Kazakhstan", R.kazakhTransition);
K('pheic', 'WHO declares a public health emergency of international concern', R.pheic);
K('china-arab-forum', 'China-Arab States Cooperation Forum ministerial meeting', R.casf);
K('au-headquarters-bugging', 'claims China bugged the African Union HQ in Addis Ababa', R.auBugging, '"HQ" in the query; transcripts write "headquarters"');
K('npt-review', 'NPT review conference', R.nptReview);
K('merkel-china-visits', "Angela Merkel's visits to China", R.merkelVisits);
K('ethiopia-eritrea', 'Ethiopia Eritrea peace deal', R.ethiopiaEritrea);

// ---- paraphrase (12) ----
P('p-czech', 'the central European republic whose cyber watchdog and capital city mayor fell out with Beijing', R.czech);
P('p-serbia', 'the Balkan leader who said only Beijing would help his country when Brussels blocked exports of medical gear', R.serbia);
P('p-upr', 'the regular peer review of China\'s rights record by other UN members in Geneva', R.upr);
P('p-wto-appellate-body', 'the trade organization\'s top dispute court left without judges because Washington blocked appointments', R.appellate);
P('p-g7', 'statements by the club of seven rich democracies about Beijing', R.g7);
P('p-libya', 'clashes in the North African country between the eastern army commander and the UN-backed government', R.libya);
P('p-zimbabwe', "the southern African country's 2018 vote and the death of its veteran liberation leader", R.zimbabwe);
P('p-kazakhstan-nazarbayev', 'the long-serving Central Asian leader who stepped down in March 2019 and his successor', R.kazakhTransition);
P('p-pheic', "the global health body's highest level of alarm about an outbreak, and what it means for travel bans", R.pheic);
P('p-au-headquarters-bugging', 'reports that Beijing spied on the pan-African organisation through the building it paid for', R.auBugging);
P('p-merkel-china-visits', "the German chancellor's trips to Beijing", R.merkelVisits);
P('p-npt-review', 'the five-yearly meeting on the treaty meant to stop the spread of atomic weapons', R.nptReview);

// ---- semantic (6) ----
S('s-unsc-presidency', "Beijing taking its monthly turn chairing the world body's main security organ", R.unscPresidency, 'own rule: China\'s rotating presidency of the Security Council (November 2018, March 2020); letters addressed to "the President of the Security Council" are not about it');
S('s-no-first-use', 'promising never to be the one that launches the bomb first', R.noFirstUse);
S('s-un-budget', 'who pays for the United Nations and its blue-helmet missions', R.unBudget);
S('s-china-arab-forum', "Beijing's regular ministerial dialogue with the whole Arab world", R.casf);
S('s-yemen', 'the humanitarian catastrophe and civil war at the southern tip of the Arabian Peninsula', R.yemen);
S('s-ethiopia-eritrea', 'two Horn of Africa neighbours ending twenty years of hostility', R.ethiopiaEritrea);

// ---- none (8) ----
N('n-skripal', 'the nerve agent poisoning of a former Russian spy in Salisbury', [/Skripal/, /Salisbury/, /Novichok/, /nerve agent/], 'March 2018, before the first page; no page mentions it');
N('n-finland-sweden-nato', 'Finland and Sweden joining NATO', [/(Finland|Finnish|Sweden|Swedish)[^.?!]{0,80}(join\w*|accession|membership|bid)[^.?!]{0,40}NATO/, /NATO[^.?!]{0,60}(accession|membership|join\w*)[^.?!]{0,60}(Finland|Sweden)/], '2022-2024; ordinary words: Finland, Sweden and NATO all occur, never with joining');
N('n-niger-coup', 'the military coup in Niger that toppled its president', [/Bazoum/, /Tchiani|\bTiani\b/, /\bNiger\b[^.?!]{0,80}coup|coup[^.?!]{0,80}\bNiger\b/], 'July 2023; ordinary words: Niger occurs (President Issoufou\'s visit, the AU summit in Niamey), never a coup there');
N('n-tigray-war', "the war in Ethiopia's Tigray region", [/Tigray/, /TPLF/], 'November 2020 onwards; Ethiopia occurs often, Tigray never');
N('n-black-sea-grain', 'the Black Sea grain deal for Ukrainian exports', [/Black Sea Grain/, /grain (deal|corridor|initiative|exports?)[^.?!]{0,80}(Black Sea|Ukrain|Odesa|Odessa)|(Black Sea|Ukrain\w*|Odesa|Odessa)[^.?!]{0,80}grain/], '2022-2023; ordinary words: grain, Black Sea and Ukraine occur, never together');
N('n-pandemic-agreement', 'the pandemic agreement adopted by the World Health Assembly', [/pandemic (agreement|treaty|accord)/, /(agreement|treaty|accord) on pandemic/], 'May 2025; ordinary words: pandemic and the World Health Assembly occur, a pandemic treaty never');
N('n-assad-fall', "the fall of Bashar al-Assad's government in Syria", [/\bAssad\b[^.?!]{0,80}(fled|fall of|fell|toppled|ousted|collapsed)|(fall|toppling|ouster|collapse) of (the )?(Bashar )?(al-)?Assad/, /Hayat Tahrir|\bHTS\b|al-Sharaa|Jolani|Julani/], 'December 2024; ordinary words. Hard case: t1623453 quotes a US envoy saying the US would not seek to overthrow Assad\'s regime, which is not his fall; the patterns allow it');
N('n-derna-floods', 'the floods that destroyed the Libyan city of Derna', [/Derna/, /Storm Daniel/, /Libya\w*[^.?!]{0,80}flood|flood\w*[^.?!]{0,80}Libya/], 'September 2023; Libya and floods both occur, never together');

writeFileSync(new URL('./queries-fresh2.json', import.meta.url), JSON.stringify(Q, null, 2) + '\n');
console.log(Q.length, 'queries written');
