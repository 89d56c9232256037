/**
 * Spelling variants and aliases, as reviewed data: every form on a line is indexed and searched as
 * its line's canonical form, at index time and at query time alike (`terms.ts` applies them), so
 * "Uighur" finds the exchanges that spell it "Uyghur" or "Uygur", and "North Korea" those that say
 * "DPRK". Add a line only for forms that name the same thing in this corpus; a form that is also an
 * ordinary word ("IS", "WHO" as a pronoun) needs `caseSensitive`. Changing this list changes the
 * lexical terms: an index records a hash of this data (`terms-fingerprint.ts`) and is rebuilt when it differs.
 */

/** Names of several words (or with punctuation) read as one canonical form before words are split. */
export interface PhraseAlias {
  /** What the variants become: a word the tokenizer keeps whole, then any of the form's words still to be found as themselves ("OneChina China"). */
  canonical: string;
  /** Literal forms, matched as whole words; where two overlap the longer wins. */
  variants: string[];
  /** Match the variants' exact capitals (acronyms that spell ordinary words). */
  caseSensitive?: boolean;
  /** Forms that must not be rewritten although they contain a variant (checked at the match's start). */
  except?: string[];
}

/**
 * People the transcripts name by their surname alone as often as in full ("President Duterte",
 * "Prime Minister Modi"), each with the full forms the bundled transcripts and wires write. Searched as
 * its words, a full name was held only by the exchanges writing it whole: "Rodrigo Duterte" found 7 of
 * Duterte's 15, "Donald Trump" 48 of 286. A full form is read as the surname, the word the exchanges
 * share. Listed only where every exchange saying the surname is about that person (checked on the
 * bundled index: the words before each surname are a title or the given name); not "Khan" (Imran Khan
 * and others), "Kim", "Wang" or "Lu", which name several. A given name the transcripts write only in
 * these forms is read alone as the surname too (`WORD_ALIASES`: "Shinzo"); the others ("Mike", "John")
 * stay words, held by the exchanges that write them otherwise.
 */
const SURNAMES: readonly (readonly [surname: string, ...fullForms: string[]])[] = [
  ['Duterte', 'Rodrigo Duterte', 'Rodrigo Roa Duterte'],
  ['Modi', 'Narendra Modi'],
  ['Abe', 'Shinzo Abe', 'Abe Shinzo'],
  ['Qureshi', 'Shah Mahmood Qureshi', 'Shah Mehmood Qureshi', 'Mahmood Qureshi', 'Mehmood Qureshi'],
  ['Locsin', 'Teodoro Lopez Locsin Jr.', 'Teodoro Lopez Locsin', 'Teodoro Locsin Jr.', 'Teodoro Locsin'],
  ['Pompeo', 'Michael R. Pompeo', 'Mike Pompeo', 'Michael Pompeo'],
  ['Trump', 'Donald J. Trump', 'Donald Trump'],
  ['Putin', 'Vladimir Putin'],
  ['Morrison', 'Scott Morrison'],
  ['Trudeau', 'Justin Trudeau'],
  ['Macron', 'Emmanuel Macron', 'Emanuel Macron'],
  ['Merkel', 'Angela Merkel'],
  ['Ardern', 'Jacinda Ardern'],
  ['Pelosi', 'Nancy Pelosi'],
  ['Pence', 'Mike Pence'],
  ['Biden', 'Joe Biden', 'Joseph Biden'],
  ['Khashoggi', 'Jamal Khashoggi'],
  ['Erdogan', 'Recep Tayyip Erdogan', 'Tayyip Erdogan', 'Recep Tayyip Erdoğan', 'Tayyip Erdoğan'],
  ['Guterres', 'António Guterres', 'Antonio Guterres'],
  ['Maduro', 'Nicolás Maduro', 'Nicolas Maduro', 'Nicholas Maduro'],
  ['Guaido', 'Juan Guaido', 'Juan Guaidó'],
  ['Bolsonaro', 'Jair Bolsonaro'],
  ['Lavrov', 'Sergey Lavrov', 'Sergei Lavrov'],
  ['Blinken', 'Antony Blinken'],
  ['Mattis', 'James Mattis', 'Jim Mattis'],
  ['Bolton', 'John Bolton'],
  ['Rubio', 'Marco Rubio'],
];

export const PHRASE_ALIASES: PhraseAlias[] = [
  ...SURNAMES.map(([surname, ...fullForms]) => ({ canonical: surname, variants: fullForms })),
  {
    canonical: 'US',
    variants: ['U.S.', 'U.S.A.', 'United States of America', 'United States', 'Americans', 'American', 'Washington'],
    caseSensitive: true,
    except: [
      'Latin American', 'Latin Americans', 'South American', 'North American', 'Central American',
      'Washington Post', 'Washington Times', 'Washington Consensus', 'Washington Free Beacon', 'Washington Examiner', 'Washington State',
    ],
  },
  { canonical: 'LatinAmerica', variants: ['Latin America', 'Latin American', 'Latin Americans'] },
  // The ocean is not India (nationality words read as the country: DEMONYMS below).
  { canonical: 'IndianOcean', variants: ['Indian Ocean'] },
  // Newsroom shorthand the transcripts never write (counted on the bundled index: no "NK", no "NSL");
  // in capitals only, as reporters type them: "nk" and "nsl" are no words to guess at.
  { canonical: 'DPRK', variants: ['NK'], caseSensitive: true },
  { canonical: 'national security law', variants: ['NSL'], caseSensitive: true },
  // A prime minister, as wires and headlines write one ("the British PM"); the transcripts write "pm" of
  // the clock in lower case (a promotion event "at 2:30 pm"), which is what "PM" found: "What did China
  // say in response to the British PM on Huawei?" was answered with the Ministry's provincial events.
  // Not the fine particles of air pollution ("PM 2.5", as `terms.ts` joins it).
  { canonical: 'Prime Minister', variants: ['PM'], caseSensitive: true, except: ['PM 2.5', 'PM2.5', 'PM 10', 'PM10'] },
  // The transcripts write "UNSC" in 22 exchanges and "Security Council" in hundreds (the Chinese pages'
  // 安理会): "UNSC" alone found the 22, and told a desk the Ministry hardly spoke of it. One word for the
  // name: as "security" and "council", "UNSC" counted 232 exchanges naming neither ("Human Rights
  // Council" beside "national security").
  { canonical: 'SecurityCouncil', variants: ['UNSC'], caseSensitive: true },
  // Not another body's council: the US National Security Council (33 mentions, 8 "White House …"), Iran's
  // Supreme National Security Council, the Russian Security Council (review37 #6: 20 of UNSC's answers).
  { canonical: 'SecurityCouncil', variants: ['Security Council'], except: ['National Security Council', 'Russian Security Council'] },
  // Written once in the transcripts, in a quote (2019-07-22#5: "blocking development in the SCS").
  { canonical: 'South China Sea', variants: ['SCS'], caseSensitive: true },
  { canonical: 'South China Sea', variants: ['southchinasea'] },
  { canonical: 'DPRK', variants: ["Democratic People's Republic of Korea", 'Democratic People’s Republic of Korea', 'North Koreans', 'North Korean', 'North Korea', 'N. Korea', 'Pyongyang'] },
  { canonical: 'ROK', variants: ['Republic of Korea', 'South Koreans', 'South Korean', 'South Korea', 'S. Korea', 'Seoul'] },
  {
    canonical: 'UK',
    variants: ['United Kingdom of Great Britain and Northern Ireland', 'United Kingdom', 'Great Britain', 'Britain', 'British', 'U.K.', 'London'],
    // The Supreme Court of British Columbia (Meng Wanzhou's case) is in Canada.
    except: ['British Columbia', 'British Virgin Islands'],
  },
  { canonical: 'ISIS', variants: ['Islamic State of Iraq and Syria', 'Islamic State of Iraq and the Levant', 'Islamic State', 'ISIL', 'Daesh'] },
  { canonical: 'Vietnam', variants: ['Viet Nam'] },
  // The Ministry's English writes "Diaoyu Dao" (7 of the 12 English exchanges on the islands), "Diaoyu Island(s)" the
  // rest: as its words, "Diaoyu Islands" counted the exchanges holding "Diaoyu" and "Islands" and left out the seven
  // (explore38 M1). Not "Diaoyutai", which names the State Guesthouse in Beijing.
  { canonical: 'Diaoyu Islands', variants: ['Diaoyu Dao'] },
  // The app as its maker writes it; the one English exchange on it says "Tik Tok" (2019-07-09).
  { canonical: 'TikTok', variants: ['Tik Tok', 'Tik-Tok'] },
  // The transcripts write Ukraine's president three ways (Zelenskyy 162 times, Zelenskiy 8, Zelensky 6), and so do wires.
  { canonical: 'Zelenskyy', variants: ['Zelensky', 'Zelenskiy', 'Zelenskii'] },
  // Taiwan's leaders and the islands in Hanyu Pinyin or Taiwan's own romanisation, which the transcripts never write
  // (explore38: "Cai Yingwen", "Lai Qingde" and "Tiaoyutai" found nothing, and suggested nothing).
  { canonical: 'Tsai Ing-wen', variants: ['Cai Yingwen', 'Cai Ying-wen'] },
  { canonical: 'Lai Ching-te', variants: ['Lai Qingde', 'Lai Qing-de'] },
  { canonical: 'Diaoyu Islands', variants: ['Tiaoyutai Islands', 'Tiaoyutai'] },
  // The given name's syllables written apart ("Xi Jin Ping"): searched, "Jin" and "Ping" found 5 exchanges, none of the 423 on Xi Jinping.
  { canonical: 'Xi', variants: ['Xi Jinping', 'Xi Jin Ping', 'Xi Jin-ping'] },
  // The transcripts write "Kim Jong Un" 53 times, "Kim Jong-un" too, and "Kim Jung Un" twice (2019-09-04#2, #3: reporters' questions).
  // One word for the whole name: as "Kim", "Jong" and "Un", his exchanges held "Kim" and "Jong" of "Kim Yo-jong" and
  // "Kim Jong-il" (none names either), and all 70 answered for them. "Kim" stays a word of it: "Chairman Kim" is him.
  { canonical: 'KimJongUn Kim', variants: ['Kim Jong Un', 'Kim Jong-un', 'Kim Jong-Un', 'Kim Jongun', 'Kim Jung Un', 'Kim Jung-un'] },
  // Korean names whose last syllable is an English word: "Moon" of Ban Ki-moon and of Moon Jae-in counted the Moon landing
  // (2019-07-24#4) as South Korea's president. "President Moon" is Moon Jae-in in every exchange that writes it (23, 2018-2021).
  { canonical: 'MoonJaein Moon', variants: ['Moon Jae-in', 'Moon Jae in', 'Moon Jaein', 'President Moon Jae-in', 'President Moon'] },
  { canonical: 'BanKimoon', variants: ['Ban Ki-moon', 'Ban Ki moon', 'Ban Kimoon'] },
  // "One China" searched as its words matched "one" anywhere ("one hundred people", "a one-year extension");
  // "China" stays a word of it, so "China" alone still finds these exchanges.
  { canonical: 'OneChina China', variants: ['one-China', 'one China'] },
  // Reporters run the name together or mark it ("hongkong protests", "H.K."): read as a word apart,
  // "hongkong" was no name the answer must hold, and "protests" alone admitted other countries' (111 exchanges, 57 on Hong Kong).
  // The transcripts write "Hong-Kong" once (2019-07-22#18) and never "Hongkong" or "H.K.".
  { canonical: 'HongKong', variants: ['Hong Kong Special Administrative Region', 'Hong Kong SAR', 'HKSAR', 'Hong Kong', 'Hong-Kong', 'Hongkong', 'H.K.', 'HK'] },
  { canonical: 'Macao', variants: ['Macao Special Administrative Region', 'Macao SAR', 'MSAR', 'Macau'] },
  { canonical: 'WHO', variants: ['World Health Organization', 'World Health Organisation'] },
  { canonical: 'WTO', variants: ['World Trade Organization', 'World Trade Organisation'] },
  { canonical: 'UN', variants: ['United Nations', 'U.N.'] },
  { canonical: 'EU', variants: ['European Union', 'E.U.'] },
  // Split at their punctuation, these were a number that matches dates ("11") and letters too short to keep.
  { canonical: 'NineEleven', variants: ['9/11', 'September 11 attacks', 'September 11 attack', 'September 11th attacks'] },
  { canonical: 'RandD', variants: ['R&D'] },
  { canonical: 'NATO', variants: ['North Atlantic Treaty Organization'] },
  { canonical: 'ASEAN', variants: ['Association of Southeast Asian Nations'] },
  { canonical: 'SCO', variants: ['Shanghai Cooperation Organization', 'Shanghai Cooperation Organisation'] },
  { canonical: 'RCEP', variants: ['Regional Comprehensive Economic Partnership'] },
  { canonical: 'JCPOA', variants: ['Joint Comprehensive Plan of Action', 'Iran nuclear deal'] },
  { canonical: 'INF', variants: ['Intermediate-Range Nuclear Forces Treaty', 'Intermediate-range Nuclear Forces Treaty'] },
  { canonical: 'CPC', variants: ['Communist Party of China', 'Chinese Communist Party', 'CCP'] },
  { canonical: 'NPC', variants: ["National People's Congress", 'National People’s Congress'] },
  // With hyphens, as wires write it attributively ("Belt-and-Road projects"), it was its words: 11 exchanges, of the 218 on it.
  { canonical: 'BRI', variants: ['Belt and Road Initiative', 'Belt-and-Road Initiative', 'Belt and Road', 'Belt-and-Road', 'One Belt One Road', 'One-Belt-One-Road', 'OBOR'] },
  { canonical: 'G20', variants: ['G-20', 'Group of Twenty', 'Group of 20'] },
  // "Covid 19" with a space is how the name is often typed; searched as "Covid" and "19", the number matched any date.
  { canonical: 'COVID', variants: ['COVID-19', 'Covid-19', 'COVID19', 'COVID 19', 'SARS-CoV-2', 'SARS-COV-2', '2019-nCoV', 'novel coronavirus pneumonia', 'novel coronavirus', 'coronavirus'] },
  // Countries renamed while the corpus runs (2002-2026): a reporter uses today's name, the transcripts
  // the name of their day. Kept only where the index holds one of the forms (one-word renamings are in
  // `WORD_ALIASES`: Burma, Kiev, Swaziland, Türkiye). "Czech" is the word both forms of Czechia share.
  { canonical: 'Czech', variants: ['Czech Republic'] },
  { canonical: 'Macedonia', variants: ['Republic of North Macedonia', 'North Macedonia', 'former Yugoslav Republic of Macedonia', 'FYROM'] },
  // Either word alone is the country too, as a reporter shortens it: each had been said to be in no exchange (hunt-N #6).
  { canonical: 'CoteDIvoire', variants: ["Côte d'Ivoire", 'Côte d’Ivoire', "Cote d'Ivoire", 'Cote d’Ivoire', 'Côte d Ivoire', 'Cote d Ivoire', 'Ivory Coast', 'Ivoire', 'Côte', 'Cote'] },
  // Names the transcripts write both in full and as their abbreviation, each form in records that
  // lack the other (counted on the bundled index: CPEC 10 records, its full name 16). A country the
  // full name writes stays a word of it, so "Pakistan" still finds the corridor's exchanges.
  { canonical: 'CPEC China Pakistan', variants: ['China-Pakistan Economic Corridor', 'China–Pakistan Economic Corridor', 'China Pakistan Economic Corridor'] },
  { canonical: 'NHC', variants: ['National Health Commission'] },
  { canonical: 'WHA', variants: ['World Health Assembly'] },
  { canonical: 'AU Africa', variants: ['African Union'] },
  { canonical: 'IMF', variants: ['International Monetary Fund'] },
  { canonical: 'IHR', variants: ['International Health Regulations'] },
  { canonical: 'DPP', variants: ['Democratic Progressive Party'] },
  { canonical: 'BWC', variants: ['Biological and Toxin Weapons Convention', 'Biological Weapons Convention'] },
  { canonical: 'PLA', variants: ["People's Liberation Army", 'People’s Liberation Army'] },
  { canonical: 'NDRC', variants: ['National Development and Reform Commission'] },
  { canonical: 'CIIE', variants: ['China International Import Expo'] },
  { canonical: 'ADIZ', variants: ['Air Defense Identification Zone', 'Air Defence Identification Zone'] },
  { canonical: 'WEF', variants: ['World Economic Forum'] },
  { canonical: 'LAC', variants: ['Line of Actual Control'] },
  { canonical: 'CPPCC', variants: ["Chinese People's Political Consultative Conference", 'Chinese People’s Political Consultative Conference'] },
  { canonical: 'WPK Korea', variants: ["Workers' Party of Korea", 'Workers’ Party of Korea'] },
  { canonical: 'APEC', variants: ['Asia-Pacific Economic Cooperation'] },
  { canonical: 'IAEA', variants: ['International Atomic Energy Agency'] },
  { canonical: 'MSC', variants: ['Munich Security Conference'] },
  { canonical: 'OIC', variants: ['Organization of Islamic Cooperation', 'Organisation of Islamic Cooperation'] },
  // "NED" only in capitals: in lower case the term is the given name of Ned Price (State Department spokesperson 2021-2023).
  { canonical: 'NationalEndowment', variants: ['National Endowment for Democracy'] },
  { canonical: 'NationalEndowment', variants: ['NED'], caseSensitive: true },
  { canonical: 'FATF', variants: ['Financial Action Task Force'] },
  // The two Congos (explore40 #2): searched as their words, "Republic of the Congo" ranked the DRC's exchanges first and
  // "Democratic Republic of Congo" missed those writing "of the Congo". "Congo" alone still finds both.
  { canonical: 'DRC Congo', variants: ['Democratic Republic of the Congo', 'Democratic Republic of Congo', 'DR Congo', 'D.R. Congo', 'Congo-Kinshasa', 'Congo (Kinshasa)'] },
  { canonical: 'CongoBrazzaville Congo', variants: ['Republic of the Congo', 'Republic of Congo', 'Congo-Brazzaville', 'Congo (Brazzaville)'] },
  { canonical: 'EEZ', variants: ['exclusive economic zone', 'exclusive economic zones'] },
  // South China Sea features as the Ministry's English names them (Chinese names) and as wires do (Western
  // names; one-word ones are in `WORD_ALIASES`): "Reed Bank" is the Ministry's "Liyue Tan" (2019-06-17#1, 2019-06-20#7).
  { canonical: 'Liyue', variants: ['Reed Bank', 'Reed Tablemount', 'Liyue Tan'] },
  { canonical: 'Huangyan', variants: ['Scarborough Shoal', 'Scarborough Reef', 'Huangyan Island', 'Huangyan Dao'] },
  // "Quad" is the dialogue's short name; neither form is in the English transcripts, and the full one matched
  // other "security dialogues" (246 exchanges).
  { canonical: 'Quad', variants: ['Quadrilateral Security Dialogue'] },
  // Countries whose name holds another's: "Guinea" counted Papua New Guinea's APEC exchanges first, and
  // "Papua New Guinea" counted Guinea's and Equatorial Guinea's. "PNG" is in two of Papua New Guinea's.
  { canonical: 'PapuaNewGuinea', variants: ['Papua New Guinea'] },
  // Hong Kong's bill of 2019, "the extradition bill" in reporters' questions (first 2019-05-08#12), is the amendment of
  // the Fugitive Offenders Ordinance in the transcripts' words (2019-04-08#7, 2019-04-29#8; "Fugitive Ordinance" 2019-05-08#6):
  // as its words, "Hong Kong extradition bill" began a month late (2019-05-08#12). One word for the name, which
  // "extradition bill" searches: not "ordinance", the other ordinances' word too ("Mutual Legal Assistance in Criminal
  // Matters Ordinance"). Every form keeps "extradition" (an extradition law: "Hong Kong extradition" finds it, as
  // "extradition" alone still finds Meng Wanzhou's), and the ordinance's name its "Ordinance".
  // The bill named with its place is the bill alone: with "Hong Kong" searched too, an exchange writing the city apart
  // from the name ("the British Counsel-General in Hong Kong … the amendment of the Fugitive Offenders Ordinance",
  // 2019-04-08#7) was no mention of it, and the first said came after.
  { canonical: 'FugitiveOrdinance extradition Ordinance', variants: ['Fugitive Offenders Ordinance', 'Fugitive Ordinance'] },
  {
    canonical: 'FugitiveOrdinance extradition',
    variants: [
      'Fugitive Offenders (Amendment) Bill', 'extradition bills', 'extradition bill',
      "Hong Kong's extradition bill", 'Hong Kong’s extradition bill', 'Hong Kong extradition bill', 'HK extradition bill',
    ],
  },
  { canonical: 'PapuaNewGuinea', variants: ['PNG'], caseSensitive: true },
  { canonical: 'EquatorialGuinea', variants: ['Equatorial Guinea'] },
  { canonical: 'GuineaBissau', variants: ['Guinea-Bissau', 'Guinea Bissau'] },
  // Countries named by a compass word and another country's or continent's name: searched as "South" and
  // "Sudan", "South Sudan" was the 21 exchanges on Sudan (6 name South Sudan), "South Africa" every one saying
  // "Africa" (168; 27 name South Africa), "South" being in every "South China Sea". South Sudan is not Sudan
  // (as Papua New Guinea is not Guinea); South Africa is in Africa, which stays a word of it.
  { canonical: 'SouthSudan', variants: ['South Sudan', 'South Sudanese'] },
  { canonical: 'SouthAfrica Africa', variants: ['South Africa', 'South African', 'South Africans'] },
  // Places and bodies named by a generic word and a proper one, the generic word in other names: "Strait of Hormuz"
  // counted three exchanges on the Taiwan Strait, "Golan Heights" "at the height of", "Gulf Cooperation Council"
  // every "cooperation" with a Gulf state (34 exchanges; 3 name it). The transcripts write the strait three ways
  // (2019-05-15#12 "Hormuz Strait", 2019-07-11#4 and 2019-07-23#9 "Strait of Hormuz", 2019-10-18#3 "Hormuz" alone).
  { canonical: 'Hormuz', variants: ['Strait of Hormuz', 'Straits of Hormuz', 'Hormuz Strait'] },
  { canonical: 'Golan', variants: ['Golan Heights'] },
  // Abbreviations the transcripts write both ways, each form in records lacking the other (counted on the bundled
  // index: "FOCAC" 39 exchanges, the full name 15, either 43; "GCC" 1, "Gulf Cooperation Council" 3; "UAE" 7,
  // "United Arab Emirates" 7, either 12). "Africa" stays a word of the forum's name, as of the African Union's.
  { canonical: 'FOCAC Africa', variants: ['Forum on China-Africa Cooperation', 'Forum on China–Africa Cooperation', 'Forum on China Africa Cooperation', 'China-Africa Cooperation Forum', 'China–Africa Cooperation Forum'] },
  { canonical: 'GCC', variants: ['Gulf Cooperation Council'] },
  { canonical: 'UAE', variants: ['United Arab Emirates'] },
  // China's cooperation with Central and Eastern European countries, by its full name (the 2018 Sofia summit, 2018-06-28#s1,
  // says only that) as by "CEEC" (12 English exchanges) and by its format ("16+1", "17+1": `WORD_ALIASES`). "Central",
  // "Eastern" and "Europe" stay words of it; "Central and Eastern Europe", the region (trains, Pompeo's visits), is no CEEC.
  { canonical: 'CEEC Central Eastern Europe', variants: ['Central and Eastern European Countries', 'Central and Eastern European countries'] },
  // Jaish-e-Mohammed as the wires transliterate it (the transcripts: "Jaish-e-Mohammed", 7 exchanges; "JeM" in one of them).
  // Searched as its words, "Jaish e Mohammad" and "Jaish-e-Muhammad" ranked first Mohammad Javad Zarif's and Tijjani Muhammad
  // Bande's exchanges; read whole, the group's name is no "Mohammed" of another's. "Jaish" stays a word of it.
  {
    canonical: 'JaishMohammed Jaish',
    variants: [
      'Jaish-e-Mohammed', 'Jaish-e-Mohammad', 'Jaish-e-Muhammad', 'Jaish-e-Mohamed', 'Jaish-i-Mohammed', 'Jaish-i-Mohammad', 'Jaish-i-Muhammad',
      'Jaish e Mohammed', 'Jaish e Mohammad', 'Jaish e Muhammad', 'Jaish Mohammed', 'Jaish Mohammad', 'Jaish Muhammad',
    ],
  },
  { canonical: 'JaishMohammed Jaish', variants: ['JeM'], caseSensitive: true },
  // One person's full name, as the wires spell "Mohammed" (the transcripts: "Mohammed bin Salman" 2019-02-20#7, "Mohammed bin Zayed"
  // 2019-07-18#s1, "Mohammad Javad Zarif" 7, "Tijjani Muhammad Bande" 2019-07-02#s1). Only whole names: alone, "Mohammed" names several.
  { canonical: 'Mohammed bin Salman', variants: ['Mohammad bin Salman', 'Muhammad bin Salman', 'Mohamed bin Salman'] },
  { canonical: 'Mohammed bin Zayed', variants: ['Mohammad bin Zayed', 'Muhammad bin Zayed', 'Mohamed bin Zayed'] },
  { canonical: 'Mohammad Javad Zarif', variants: ['Mohammed Javad Zarif', 'Muhammad Javad Zarif', 'Mohamed Javad Zarif'] },
  { canonical: 'Tijjani Muhammad Bande', variants: ['Tijjani Mohammad Bande', 'Tijjani Mohammed Bande', 'Tijjani Mohamed Bande'] },
  // The plateau of the 2017 standoff (洞朗) as a reporter may write the Ministry's "Donglang" apart (`WORD_ALIASES`: doklam).
  { canonical: 'Donglang', variants: ['Dong Lang'] },
  // China's name for the place and India's, as on the Chinese side (藏南 = 阿鲁纳恰尔邦, `CHINESE_NAME_ALIASES`): the Ministry writes
  // "Zangnan" beside the so-called "Arunachal Pradesh" (2020-02-20#6, 2026-08-10#2), a reporter "South Tibet". Read as "South" and
  // "Tibet", "South Tibet" found 7 exchanges on Tibet (the Dalai Lama), none on the place.
  { canonical: 'Zangnan', variants: ['Arunachal Pradesh', 'Arunachal', 'South Tibet', 'Southern Tibet', 'Zang Nan'] },
];

/**
 * Nationality words read as their country's name ("Canadians" → "Canada", "Dutch" → "Netherlands"):
 * a reporter writes "two Canadians detained", the Ministry "Canadian citizens" or "Canada". A
 * country of several words is read as its distinctive word. Left out on purpose: "Chinese" (China
 * is in most exchanges and weighs nothing), "Polish" (also a verb), "Arab". "Korean" reads as "Korea",
 * which is no country here ("North Korea" is DPRK, "South Korea" ROK): a reporter's "Korea" means
 * the peninsula, which the Ministry calls "the Korean Peninsula" (21 exchanges said "Korea", 171
 * "Korean").
 * "American" is read as "US" in `PHRASE_ALIASES` (it needs exceptions: "Latin American").
 */
const DEMONYMS: Record<string, string> = {
  afghan: 'afghanistan', albanian: 'albania', algerian: 'algeria', angolan: 'angola', argentine: 'argentina',
  argentinian: 'argentina', armenian: 'armenia', australian: 'australia', austrian: 'austria',
  azerbaijani: 'azerbaijan', bahraini: 'bahrain', bangladeshi: 'bangladesh', belarusian: 'belarus',
  belgian: 'belgium', bhutanese: 'bhutan', bolivian: 'bolivia', bosnian: 'bosnia', brazilian: 'brazil',
  bruneian: 'brunei', bulgarian: 'bulgaria', burmese: 'myanmar', burundian: 'burundi', cambodian: 'cambodia',
  cameroonian: 'cameroon', canadian: 'canada', chadian: 'chad', chilean: 'chile', colombian: 'colombia',
  congolese: 'congo', croatian: 'croatia', cuban: 'cuba', cypriot: 'cyprus', danish: 'denmark', dane: 'denmark',
  djiboutian: 'djibouti', dutch: 'netherlands', ecuadorian: 'ecuador', egyptian: 'egypt', eritrean: 'eritrea',
  estonian: 'estonia', ethiopian: 'ethiopia', fijian: 'fiji', filipino: 'philippines', finnish: 'finland',
  french: 'france', gabonese: 'gabon', gambian: 'gambia', georgian: 'georgia', german: 'germany', ghanaian: 'ghana',
  greek: 'greece', guatemalan: 'guatemala', guinean: 'guinea', haitian: 'haiti', honduran: 'honduras',
  hungarian: 'hungary', icelandic: 'iceland', indian: 'india', indonesian: 'indonesia', iranian: 'iran',
  iraqi: 'iraq', irish: 'ireland', israeli: 'israel', italian: 'italy', jamaican: 'jamaica', japanese: 'japan',
  jordanian: 'jordan', kazakh: 'kazakhstan', kazakhstani: 'kazakhstan', kenyan: 'kenya', kuwaiti: 'kuwait',
  korean: 'korea', kyrgyz: 'kyrgyzstan', lao: 'laos', laotian: 'laos', latvian: 'latvia', lebanese: 'lebanon', liberian: 'liberia',
  libyan: 'libya', lithuanian: 'lithuania', malagasy: 'madagascar', malawian: 'malawi', malaysian: 'malaysia',
  maldivian: 'maldives', malian: 'mali', maltese: 'malta', mauritanian: 'mauritania', mauritian: 'mauritius',
  mexican: 'mexico', moldovan: 'moldova', mongolian: 'mongolia', montenegrin: 'montenegro', moroccan: 'morocco',
  mozambican: 'mozambique', namibian: 'namibia', nepali: 'nepal', nepalese: 'nepal', nicaraguan: 'nicaragua',
  nigerien: 'niger', nigerian: 'nigeria', norwegian: 'norway', omani: 'oman', pakistani: 'pakistan',
  palestinian: 'palestine', panamanian: 'panama', paraguayan: 'paraguay', peruvian: 'peru', portuguese: 'portugal',
  qatari: 'qatar', romanian: 'romania', russian: 'russia', rwandan: 'rwanda', salvadoran: 'salvador',
  samoan: 'samoa', senegalese: 'senegal', serbian: 'serbia', serb: 'serbia', singaporean: 'singapore',
  slovak: 'slovakia', slovenian: 'slovenia', somali: 'somalia', spanish: 'spain', sudanese: 'sudan',
  swedish: 'sweden', swede: 'sweden', swiss: 'switzerland', syrian: 'syria', tajik: 'tajikistan',
  tanzanian: 'tanzania', thai: 'thailand', togolese: 'togo', tongan: 'tonga', tunisian: 'tunisia',
  turkish: 'turkey', turk: 'turkey', turkmen: 'turkmenistan', ugandan: 'uganda', ukrainian: 'ukraine',
  uruguayan: 'uruguay', uzbek: 'uzbekistan', venezuelan: 'venezuela', vietnamese: 'vietnam', yemeni: 'yemen',
  zambian: 'zambia', zimbabwean: 'zimbabwe', ivorian: 'cotedivoire', zealander: 'zealand', european: 'europe', african: 'africa',
  asian: 'asia',
};

/**
 * Capitals that stand for their governments ("Canberra barred him", "talks with Tokyo"); those of
 * the US, the two Koreas and the UK are in `PHRASE_ALIASES`. Left out: Beijing (China weighs
 * nothing; "Beijing" also names the city's own events) and capitals that name a venue or a process
 * in the briefings (Paris Agreement, Vienna talks, Minsk agreements, Astana process, Geneva, Brussels;
 * Hanoi, where 17 of the 18 English exchanges writing it are on the 2019 DPRK-US summit held there).
 */
export const CAPITALS: Readonly<Record<string, string>> = {
  canberra: 'australia', tokyo: 'japan', moscow: 'russia', delhi: 'india', islamabad: 'pakistan',
  tehran: 'iran', ottawa: 'canada', manila: 'philippines', kabul: 'afghanistan',
  caracas: 'venezuela', havana: 'cuba', damascus: 'syria', baghdad: 'iraq', riyadh: 'saudi', ankara: 'turkey',
  berlin: 'germany',
};

/** Each nationality word and its plural ("Canadians", "Israelis", "Swedes"); "-ese", "-ish", "Swiss" have none. */
function withPlurals(forms: Record<string, string>): Record<string, string> {
  const all: Record<string, string> = {};
  for (const [form, country] of Object.entries(forms)) {
    all[form] = country;
    if (!/(ese|ish|ch|ss|sy|lao|kyrgyz|turkmen)$/.test(form)) all[`${form}s`] = country;
  }
  return all;
}

/**
 * The words read as a country's name that are not that name: nationality words and their plurals
 * (`DEMONYMS`), and capitals (`CAPITALS`). Searched, "Australian" is "Australia"; but an outlet's name
 * is held whole only as written (`namedTermsOf`): "Australia" names no "The Australian".
 */
export const PLACE_WORDS: Readonly<Record<string, string>> = { ...withPlurals(DEMONYMS), ...CAPITALS };

/**
 * Single words folded to one spelling: transliterations of a name, and British spellings read as
 * American (the Ministry's translators use both). Lower case; matched after possessives are cut.
 */
/**
 * China-CEEC cooperation by its format, as numbered while members joined and left: "16+1" until Greece joined in 2019,
 * "17+1" after, "14+1" once the Baltic states left (terms.ts joins the numbers: "16plus1"). The pages write "16+1" in 3
 * English and 6 Chinese exchanges, "17+1" in 1, "CEEC" in 12: searched as the numbers, "17+1" matched 89 exchanges of dates.
 * Read so in `WORD_ALIASES`, and said (`formats-read.ts`); a quoted phrase is matched as written (`phrase.ts`).
 */
export const NUMBERED_FORMATS: Readonly<Record<string, string>> = { '16plus1': 'ceec', '17plus1': 'ceec', '14plus1': 'ceec' };

export const WORD_ALIASES: Record<string, string> = {
  uighur: 'uyghur', uighurs: 'uyghurs', uygur: 'uyghur', uygurs: 'uyghurs', uigur: 'uyghur',
  xizang: 'tibet', burma: 'myanmar', kiev: 'kyiv', senkaku: 'diaoyu', senkakus: 'diaoyu',
  // "Sino-US", "Sino-Indian": China's, as the transcripts' "China-US" says it. Searched as a word, "sino" kept the 17
  // exchanges writing it, of the 732 "China-US trade talks" finds. A word, not a name of `PHRASE_ALIASES`: read as a
  // name, "China" became a listed one (`listedNames`), and "South China Sea" no name of common words held whole.
  sino: 'china',
  // Wire and French forms of names the transcripts write one way ("Houthis" 4 exchanges, "Soleimani" 3, "Haftar" 1, "Chad" 3):
  // too rare for did-you-mean to suggest (under `MIN_RECORDS`), or too far ("Hifter" two letters, "Tchad" another first).
  huthi: 'houthi', huthis: 'houthis', suleimani: 'soleimani', hifter: 'haftar', tchad: 'chad',
  // Given names the transcripts write only in a full name of `SURNAMES`: alone, they too are that person ("Shinzo" is Abe).
  rodrigo: 'duterte', narendra: 'modi', shinzo: 'abe', mehmood: 'qureshi', angela: 'merkel', jacinda: 'ardern', nancy: 'pelosi',
  jamal: 'khashoggi', tayyip: 'erdogan', recep: 'erdogan', jair: 'bolsonaro', antony: 'blinken', nicolas: 'maduro',
  // South China Sea islands, the Western name read as the Ministry's (Nansha 24 exchanges against Spratly 3, Xisha 17 against Paracel 2).
  spratly: 'nansha', spratlys: 'nansha', paracel: 'xisha', paracels: 'xisha', scarborough: 'huangyan',
  // Renamed countries and cities, and Ukraine's places as Kyiv spells them since 2022 (see "Czech Republic" above).
  swaziland: 'eswatini', türkiye: 'turkey', turkiye: 'turkey', czechia: 'czech', rangoon: 'yangon',
  lugansk: 'luhansk', kharkov: 'kharkiv', odessa: 'odesa', lvov: 'lviv', zaporozhye: 'zaporizhzhia', zaporizhzhya: 'zaporizhzhia',
  // Places that are no country, named by their adjective as nationality words name theirs (DEMONYMS): "the Crimean peninsula" is Crimea.
  crimean: 'crimea', crimeans: 'crimea',
  ...NUMBERED_FORMATS,
  // The plateau of the 2017 standoff (洞朗), as the Ministry's English writes it (2018-11-15#8); reporters write "Doklam".
  doklam: 'donglang',
  // Stemmed, "SARS" (the 2003 epidemic) was "SAR" (Hong Kong and Macao, the Special Administrative Regions).
  sars: 'sarsepidemic',
  labour: 'labor', defence: 'defense', offence: 'offense', licence: 'license', programme: 'program',
  programmes: 'programs', centre: 'center', centres: 'centers', judgement: 'judgment', catalogue: 'catalog',
  favour: 'favor', favourable: 'favorable', honour: 'honor', behaviour: 'behavior', neighbour: 'neighbor',
  neighbours: 'neighbors', neighbouring: 'neighboring', colour: 'color', rumour: 'rumor', rumours: 'rumors',
  endeavour: 'endeavor', endeavours: 'endeavors', harbour: 'harbor', vigour: 'vigor', humour: 'humor',
  travelled: 'traveled', travelling: 'traveling', cancelled: 'canceled', cancelling: 'canceling',
  modelling: 'modeling', fulfil: 'fulfill', enrol: 'enroll', skilful: 'skillful', whilst: 'while',
  jewellery: 'jewelry', tonne: 'ton', tonnes: 'tons', cheque: 'check', analyse: 'analyze', analysed: 'analyzed',
  paralyse: 'paralyze', sceptical: 'skeptical',
  // "protestors" is the transcripts' "protesters" (35 records, none "protestors"); "manoeuvre" their "maneuver" (23, none British).
  protestor: 'protester', protestors: 'protesters',
  manoeuvre: 'maneuver', manoeuvres: 'maneuvers', manoeuvred: 'maneuvered', manoeuvring: 'maneuvering',
  // "enquiry" is the transcripts' "inquiry" (17 pages, none British): "Scott Morison's call for a COVID enquiry" found nothing (hunt-L).
  enquiry: 'inquiry', enquiries: 'inquiries',
  ...PLACE_WORDS,
};

/**
 * The countries and unions a question about relations between two of them can name ("China-Japan
 * relations", "ties between Canada and the US"): every country the nationality words and capitals
 * read as, and the names of several words kept whole above. As written; `together.ts` reads them as terms.
 */
export const PARTIES: readonly string[] = [
  ...new Set([...Object.values(DEMONYMS), ...Object.values(CAPITALS)]),
  'China', 'Taiwan', 'US', 'UK', 'DPRK', 'ROK', 'EU', 'ASEAN', 'Africa', 'Arab', 'Saudi Arabia', 'Vatican',
];

/**
 * Word beginnings whose British "-ise/-isation" spelling is folded to "-ize/-ization" ("criticised" →
 * "criticized"), after "de", "re" or "un" too ("denuclearisation", "demilitarised", "unrecognised").
 * A list, not a rule: "promise", "exercise", "rise" and "advise" end the same way.
 */
export const IZE_STEMS: string[] = [
  'apolog', 'author', 'capital', 'central', 'character', 'civil', 'colon', 'critic', 'demoral', 'destabil',
  'emphas', 'final', 'formal', 'global', 'harmon', 'industrial', 'internationa', 'jeopard', 'legal',
  'legitim', 'liberal', 'local', 'marginal', 'maxim', 'militar', 'minim', 'mobil', 'modern', 'monopol',
  'neutral', 'normal', 'nuclear', 'optim', 'organ', 'penal', 'polar', 'polit', 'priorit', 'privat', 'real',
  'recogn', 'revital', 'sanit', 'special', 'stabil', 'standard', 'stigmat', 'subsid', 'summar',
  'symbol', 'sympath', 'util', 'weapon',
];

/**
 * Names and terms as Taiwan and Hong Kong write them that the Ministry writes otherwise, after OpenCC
 * has made the characters Simplified (`chinese-question.ts`): 川普 is the Ministry's 特朗普, 北韩 its
 * 朝鲜, 澳洲 its 澳大利亚, 网路 its 网络. Applied to a question only, never to a transcript, so the index
 * does not depend on them. Each was checked against the bundled Chinese records
 * (test/search/chinese-regional-names.test.ts): the Ministry's form occurs, and the variant without it in at most
 * two records (澳洲 in two reporters' questions that say 澳大利亚 too; 资讯 in one, and in 普氏能源资讯,
 * Platts' name; 尖阁列岛 only beside 钓鱼岛). OpenCC's Taiwan phrases (`tw2sp`) were the guide, not the rule: they also rewrite
 * words the Ministry uses as they are (建立 → 创建, 执行 → 运行, 程序 → 进程), so only names and terms
 * the Ministry never writes in the Taiwan form are listed. Where two forms overlap, the longer is
 * listed first (网际网路 before 网路). `notAfter`: characters that make the variant part of another
 * word (越南韩国 is Vietnam and South Korea).
 */
export const CHINESE_REGIONAL_NAMES: readonly { canonical: string; variants: readonly string[]; notAfter?: string }[] = [
  { canonical: '特朗普', variants: ['川普'] },
  { canonical: '朝鲜', variants: ['北韩'], notAfter: '东河湖' },
  { canonical: '韩国', variants: ['南韩'], notAfter: '越河湖济云' },
  { canonical: '蓬佩奥', variants: ['庞培欧', '庞佩奥'] },
  { canonical: '普京', variants: ['普丁', '普亭'] },
  { canonical: '奥巴马', variants: ['欧巴马'] },
  { canonical: '默克尔', variants: ['梅克尔'] },
  { canonical: '马克龙', variants: ['马克宏'] },
  { canonical: '杜特尔特', variants: ['杜特蒂'] },
  { canonical: '新西兰', variants: ['纽西兰'] },
  { canonical: '沙特', variants: ['沙乌地'] },
  { canonical: '老挝', variants: ['寮国'] },
  { canonical: '意大利', variants: ['义大利'] },
  { canonical: '所罗门', variants: ['索罗门'] },
  { canonical: '基里巴斯', variants: ['吉里巴斯'] },
  { canonical: '危地马拉', variants: ['瓜地马拉'] },
  // People, places and countries (Taiwan's transliterations; Hong Kong's spelling of Gui Minhai).
  { canonical: '桂敏海', variants: ['桂民海'] },
  { canonical: '澳大利亚', variants: ['澳洲'] },
  { canonical: '阿联酋', variants: ['阿拉伯联合大公国'] },
  { canonical: '阿塞拜疆', variants: ['亚塞拜然'] },
  { canonical: '克罗地亚', variants: ['克罗埃西亚'] },
  { canonical: '斯洛文尼亚', variants: ['斯洛维尼亚'] },
  { canonical: '塞浦路斯', variants: ['塞普勒斯'] },
  { canonical: '卡塔尔', variants: ['卡达'] },
  { canonical: '也门', variants: ['叶门'] },
  { canonical: '马尔代夫', variants: ['马尔地夫'] },
  { canonical: '文莱', variants: ['汶莱'] },
  { canonical: '巴布亚新几内亚', variants: ['巴布亚纽几内亚'] },
  { canonical: '瓦努阿图', variants: ['万那杜'] },
  { canonical: '图瓦卢', variants: ['吐瓦鲁'] },
  { canonical: '瑙鲁', variants: ['诺鲁'] },
  { canonical: '帕劳', variants: ['帛琉'] },
  { canonical: '哥斯达黎加', variants: ['哥斯大黎加'] },
  { canonical: '多米尼加', variants: ['多明尼加'] },
  { canonical: '伯利兹', variants: ['贝里斯'] },
  { canonical: '巴巴多斯', variants: ['巴贝多'] },
  { canonical: '特立尼达和多巴哥', variants: ['千里达及托巴哥'] },
  { canonical: '安提瓜和巴布达', variants: ['安地卡及巴布达'] },
  { canonical: '圭亚那', variants: ['盖亚那'] },
  { canonical: '苏里南', variants: ['苏利南'] },
  { canonical: '肯尼亚', variants: ['肯亚'] },
  // Military terms as Taiwan writes them (飛彈 for 导弹; explore38).
  { canonical: '导弹', variants: ['飞弹'] },
  { canonical: '潜艇', variants: ['潜舰'] },
  { canonical: '激光', variants: ['雷射'] },
  { canonical: '坦桑尼亚', variants: ['坦尚尼亚'] },
  { canonical: '赞比亚', variants: ['尚比亚'] },
  { canonical: '津巴布韦', variants: ['辛巴威'] },
  { canonical: '莫桑比克', variants: ['莫三比克'] },
  { canonical: '博茨瓦纳', variants: ['波札那'] },
  { canonical: '莱索托', variants: ['赖索托'] },
  { canonical: '斯威士兰', variants: ['史瓦济兰'] },
  { canonical: '卢旺达', variants: ['卢安达'] },
  { canonical: '布隆迪', variants: ['蒲隆地'] },
  { canonical: '埃塞俄比亚', variants: ['衣索比亚'] },
  { canonical: '厄立特里亚', variants: ['厄利垂亚'] },
  { canonical: '索马里', variants: ['索马利亚'] },
  { canonical: '科摩罗', variants: ['葛摩'] },
  { canonical: '毛里求斯', variants: ['模里西斯'] },
  { canonical: '塞舌尔', variants: ['塞席尔'] },
  { canonical: '尼日利亚', variants: ['奈及利亚'] },
  { canonical: '加纳', variants: ['迦纳'] },
  { canonical: '科特迪瓦', variants: ['象牙海岸'] },
  { canonical: '利比里亚', variants: ['赖比瑞亚'] },
  { canonical: '冈比亚', variants: ['甘比亚'] },
  { canonical: '布基纳法索', variants: ['布吉纳法索'] },
  { canonical: '加蓬', variants: ['加彭'] },
  { canonical: '毛里塔尼亚', variants: ['茅利塔尼亚'] },
  { canonical: '突尼斯', variants: ['突尼西亚'] },
  { canonical: '佛得角', variants: ['维德角'] },
  { canonical: '几内亚比绍', variants: ['几内亚比索'] },
  { canonical: '新泽西', variants: ['纽泽西'] },
  { canonical: '艾奥瓦', variants: ['爱荷华'] },
  { canonical: '密歇根', variants: ['密西根', '密芝根'] },
  { canonical: '得克萨斯', variants: ['德萨斯'] },
  { canonical: '马里兰', variants: ['马利兰'] },
  { canonical: '康涅狄格', variants: ['康乃狄克'] },
  { canonical: '马萨诸塞', variants: ['麻萨诸塞'] },
  { canonical: '佐治亚州', variants: ['乔治亚州'] },
  // Hong Kong's name for the national security law, and the words of technology Taiwan and Hong Kong write their own way.
  { canonical: '香港国安法', variants: ['港区国安法', '港版国安法'] },
  { canonical: '互联网', variants: ['网际网路'] },
  { canonical: '网络', variants: ['网路'] },
  { canonical: '芯片', variants: ['晶片'] },
  { canonical: '集成电路', variants: ['积体电路'] },
  { canonical: '信息技术', variants: ['资讯科技'] },
  { canonical: '信息', variants: ['资讯'], notAfter: '源' },
  { canonical: '视频会议', variants: ['视讯会议'] },
  { canonical: '软件', variants: ['软体'] },
  { canonical: '硬件', variants: ['硬体'] },
  { canonical: '服务器', variants: ['伺服器'] },
  { canonical: '黑客', variants: ['骇客'] },
  { canonical: '人工智能', variants: ['人工智慧'] },
  { canonical: '知识产权', variants: ['智慧财产权'] },
  { canonical: '激光', variants: ['雷射'] },
  { canonical: '纳米', variants: ['奈米'] },
  { canonical: '博客', variants: ['部落格'] },
  { canonical: '艾滋病', variants: ['爱滋病'] },
  // Japan's name for the Diaoyu Islands, as Chinese copy pastes it from Japanese (尖閣諸島, Simplified 尖阁诸岛) or
  // writes it (尖阁列岛): the Ministry's pages write it only beside 钓鱼岛, in all five records that hold it.
  { canonical: '钓鱼岛', variants: ['尖阁列岛', '尖阁诸岛', '尖阁群岛'] },
  // Full names the pages never write, for the short forms they do (禁止化学武器组织 once, beside 禁化武组织): searched as
  // their characters, 东南亚国家联盟 found no exchange on ASEAN, and 欧洲联盟 matched 欧洲 and 联盟 apart. Names the pages
  // write both ways are indexed as one (`CHINESE_NAME_ALIASES`).
  { canonical: '东盟', variants: ['东南亚国家联盟'] },
  { canonical: '欧盟', variants: ['欧洲联盟'] },
  { canonical: '北约', variants: ['北大西洋公约组织'] },
  { canonical: '亚太经合组织', variants: ['亚太经济合作组织'] },
  { canonical: '禁化武组织', variants: ['禁止化学武器组织'] },
  // The Quad: the pages name it by its four countries (美日印澳, in the three exchanges on it: 2017-11-13 and 2017-11-15),
  // never 四方安全对话, which, searched as its characters, found the Korean four-party talks and Afghanistan's QCG.
  { canonical: '美日印澳', variants: ['四方安全对话'] },
];

/**
 * Names the Ministry's Chinese pages write in two forms, each form in records that lack the other: every
 * form is indexed and searched as the canonical one (`terms.ts`, at index time and at query time alike,
 * as `PHRASE_ALIASES` are), so 藏南 finds the exchanges that say 所谓“阿鲁纳恰尔邦”, and 上海合作组织
 * those that say 上合组织. Before, 藏南 found 4 of the 16 Chinese exchanges that name the place and
 * 上海合作组织 40 answers where 上合组织 found 69. Each was counted on the bundled Chinese exchanges
 * (test/search/chinese-name-aliases.test.ts); the canonical form is the one the pages write most. A
 * short form held inside the long one (上合 in 上合组织, 世卫 in 世卫组织) needs no line: its
 * two-character term is the long form's too. Full names the pages never write (东南亚国家联盟 for
 * 东盟) are read as the short form in a question only (`CHINESE_REGIONAL_NAMES`). Not listed: 中共
 * (its term is also 开放中共享's and …中共同…'s), names the pages write in Latin letters beside the
 * Chinese ones (G20, IMF: `writtenInChinese`). A question writing any form is told the others it
 * searched (`chineseNameForms`).
 * `notBefore`: characters that make the variant part of another word (中阿邦交 is China and Albania's
 * relations, not 阿邦).
 */
export const CHINESE_NAME_ALIASES: readonly { canonical: string; variants: readonly string[]; notBefore?: string }[] = [
  // China's name for the place and India's (the Ministry: 从不承认所谓的“阿鲁纳恰尔邦”; reporters: 所谓“阿邦”，也就是中国所称的藏南地区).
  // Exchanges: 藏南 4, 阿鲁纳恰尔邦 14, 阿邦 14; 16 say 藏南 or 阿鲁纳恰尔邦, 24 one of the three, every one on the place.
  { canonical: '藏南', variants: ['阿鲁纳恰尔邦', '阿邦'], notBefore: '交' },
  // Exchanges: 上合组织 41 (20 without the full name), 上海合作组织 30 (9 without the short one).
  { canonical: '上合组织', variants: ['上海合作组织'] },
  // 世卫组织 166 (116 alone), 世界卫生组织 86 (36 alone).
  { canonical: '世卫组织', variants: ['世界卫生组织'] },
  // 世贸组织 57 (48 alone), 世界贸易组织 28 (19 alone); 世贸 also names 世贸规则, whose term is 世贸组织's.
  { canonical: '世贸组织', variants: ['世界贸易组织'] },
  // 世界银行 21 (16 alone), 世行 7 (2 alone).
  { canonical: '世行', variants: ['世界银行'] },
  // 亚投行 8 (2 alone), 亚洲基础设施投资银行 7 (1 alone).
  { canonical: '亚投行', variants: ['亚洲基础设施投资银行'] },
  // 非盟 36 (35 alone), 非洲联盟 2 (1 alone), and in 3 statements (非洲联盟委员会).
  { canonical: '非盟', variants: ['非洲联盟'] },
  // The virus's name in full, as the pages of January and February 2020 write it (新型冠状病毒感染的肺炎): 48 exchanges, 37 without 新冠 (395).
  { canonical: '新冠', variants: ['新型冠状病毒'] },
  // The Hong Kong national security law, as the pages of May and June 2020 call it before its passage
  // (涉港国安立法 9 exchanges, 涉港国家安全立法 3; 香港国家安全立法 10, 香港国安立法 6, 香港维护国家安全立法 3,
  // 香港特区维护国家安全立法 2, 香港特区国家安全立法 1, 10 exchanges in all writing none of the other forms,
  // among them the first, 2020-05-22#6) and in full after it: 香港国安法 12. All are the pages of
  // 2020-05-22 to 2020-06-30: no other Hong Kong legislation is written so (hunt-H #4).
  {
    canonical: '香港国安法',
    variants: [
      '香港特别行政区维护国家安全法', '香港维护国家安全法', '香港国家安全法', '涉港国家安全立法', '涉港国安立法',
      '香港特区维护国家安全立法', '香港特区国家安全立法', '香港维护国家安全立法', '香港国家安全立法', '香港国安立法',
    ],
  },
  // Bangladesh: 孟加拉国 in 29 records, the short 孟加拉 alone in 12 more (王毅外长访问孟加拉和缅甸, 孟加拉央行); not in 孟加拉湾, the Bay of Bengal.
  { canonical: '孟加拉国', variants: ['孟加拉'], notBefore: '国湾' },
];

/**
 * Names a reporter types in English inside a Chinese question ("WHO 新冠", "EU 人权", "Huawei 孟晚舟")
 * that the Ministry's Chinese pages write in Chinese: read as the Chinese form, in a question that
 * searches the Chinese records only (`englishNamesAsChinese`). Before, the English word was searched
 * as written: dropped where no Chinese record holds it ("EU 人权" answered on human rights in general),
 * or required where a few do ("WHO 新冠": 6 exchanges against 168 for 世卫组织 新冠).
 *
 * Each entry passes two checks on the bundled pages (test/search/english-names-in-chinese.test.ts):
 * the Chinese pages write the English form without the Chinese one in at most two records, and at least 60% of the Chinese
 * exchanges aligned with English ones that name it hold the Chinese form. Names the Chinese pages
 * do write in Latin letters (G20, APEC, 5G, NBA, CNN, WTO, IMF, RCEP) are not listed: they are
 * searched as typed. An all-capital form is matched as written (WHO is not "who"); the others in
 * any case ("huawei").
 */
export const ENGLISH_NAMES_IN_CHINESE: readonly { chinese: string; english: readonly string[] }[] = [
  { chinese: '世卫组织', english: ['WHO', 'World Health Organization'] },
  { chinese: '联合国', english: ['UN', 'United Nations'] },
  { chinese: '安理会', english: ['UNSC', 'UN Security Council', 'Security Council'] },
  { chinese: '人权理事会', english: ['Human Rights Council'] },
  { chinese: '北约', english: ['NATO'] },
  { chinese: '欧盟', english: ['EU', 'European Union'] },
  { chinese: '东盟', english: ['ASEAN'] },
  { chinese: '金砖', english: ['BRICS'] },
  { chinese: '上合组织', english: ['SCO', 'Shanghai Cooperation Organization'] },
  { chinese: '七国集团', english: ['G7'] },
  { chinese: '国际原子能机构', english: ['IAEA'] },
  { chinese: '禁化武组织', english: ['OPCW'] },
  { chinese: '世界银行', english: ['World Bank'] },
  { chinese: '非政府组织', english: ['NGO', 'NGOs'] },
  { chinese: '联邦调查局', english: ['FBI'] },
  { chinese: '一带一路', english: ['BRI', 'Belt and Road'] },
  { chinese: '中导', english: ['INF'] },
  { chinese: '全面协议', english: ['JCPOA'] },
  { chinese: '萨德', english: ['THAAD'] },
  { chinese: '新冠', english: ['COVID-19', 'COVID'] },
  { chinese: '华为', english: ['Huawei'] },
  { chinese: '中兴', english: ['ZTE'] },
  { chinese: '孟晚舟', english: ['Meng Wanzhou'] },
  { chinese: '微信', english: ['WeChat'] },
  { chinese: '推特', english: ['Twitter'] },
  { chinese: '脸书', english: ['Facebook'] },
  { chinese: '路透社', english: ['Reuters'] },
  { chinese: '彭博社', english: ['Bloomberg'] },
  { chinese: '法新社', english: ['AFP'] },
  { chinese: '美国', english: ['US', 'USA', 'United States'] },
  { chinese: '英国', english: ['UK', 'Britain'] },
  { chinese: '朝鲜', english: ['DPRK', 'North Korea'] },
  { chinese: '韩国', english: ['ROK', 'South Korea'] },
  { chinese: '日本', english: ['Japan'] },
  { chinese: '印度', english: ['India'] },
  { chinese: '俄罗斯', english: ['Russia'] },
  { chinese: '伊朗', english: ['Iran'] },
  { chinese: '澳大利亚', english: ['Australia'] },
  { chinese: '加拿大', english: ['Canada'] },
  { chinese: '新疆', english: ['Xinjiang'] },
  { chinese: '西藏', english: ['Tibet'] },
  { chinese: '香港', english: ['Hong Kong'] },
  { chinese: '台湾', english: ['Taiwan'] },
  { chinese: '达赖', english: ['Dalai Lama'] },
  { chinese: '习近平', english: ['Xi Jinping'] },
  { chinese: '王毅', english: ['Wang Yi'] },
  { chinese: '特朗普', english: ['Trump'] },
  { chinese: '蓬佩奥', english: ['Pompeo'] },
  { chinese: '金正恩', english: ['Kim Jong Un', 'Kim Jong-un'] },
  { chinese: '普京', english: ['Putin'] },
  { chinese: '莫迪', english: ['Modi'] },
  { chinese: '安倍', english: ['Abe', 'Shinzo Abe'] },
  { chinese: '文在寅', english: ['Moon Jae-in'] },
  { chinese: '杜特尔特', english: ['Duterte'] },
  { chinese: '埃尔多安', english: ['Erdogan'] },
];
