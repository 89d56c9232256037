import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSearch } from '../../src/search/open.js';
import type { SearchEngine } from '../../src/search/engine.js';
import { seededRandom } from '../../src/util/seeded-random.js';
import { nothingRelevantText, totalsLine } from '../../src/answers/totals.js';
import { searchOnBilingualSample } from './bilingual-search.js';
import { splitSentences } from '../../src/search/sentences.js';
import { checkSearchRequest } from '../../src/search/request.js';
import { buildSeedIndex } from './lexical-index.js';
import { holdsPhrase, holdsPhrases, lowerCaseText, mayHold, phraseForms, phraseFormsWhenAsked, phraseOf, spellsPhrase, type Phrase } from '../../src/search/phrase.js';
import { RecordTexts } from '../../src/search/record-texts.js';
import { RecordsById } from '../../src/search/records-by-id.js';
import { readLexicalIndex } from '../../src/search/lexical-file.js';
import { FIELD_BOOST } from '../../src/search/lexical.js';
import { withCompoundsHeld } from '../../src/search/spaced-compounds.js';
import { currentGeneration } from '../../src/store/layout.js';
import { readRecordStore } from '../../src/store/records-file.js';
import { parseQuery } from '../../src/search/query.js';

let search: SearchEngine;
let built: { dir: string; cleanup: () => void };

beforeAll(async () => {
  built = await buildSeedIndex('spox-phrase-');
  search = await openSearch(built.dir, { embedder: null });
});
afterAll(() => built.cleanup());

/** Letters, digits and apostrophes, lower case, one space apart: to ask whether a quote holds words, whatever the marks. */
const plain = (text: string): string => text.toLowerCase().replace(/’/g, "'").replace(/[^\p{L}\p{N}']+/gu, ' ').trim();

describe('a quoted phrase', () => {
  it('of words typed apart searched in every writing is held by a word of its compound, hyphened or solid, whatever its ending; one the user quotes only as written (fix39a)', () => {
    // The bundled exchanges writing it each way, and one writing only its words apart from each other.
    const english = readRecordStore(currentGeneration(built.dir)!).records.filter((r) => (r.lang ?? 'en') === 'en');
    const textOf = (r: { question: string | null; answer: string }): string => `${r.question ?? ''}\n${r.answer}`;
    const writingOnly = (held: RegExp, without: RegExp): string => textOf(english.find((r) => held.test(textOf(r)) && !without.test(textOf(r)))!);
    const solid = writingOnly(/counterterrorism/i, /counter[- ]terror/i);
    const apart = writingOnly(/counter terrorism/i, /counter-?terror/i);
    const financing = writingOnly(/counter-terror financing/i, /counter[- ]?terrorism/i);
    const wordsApart = writingOnly(/\bcounter\b[\s\S]*\bterrorism|\bterrorism[\s\S]*\bcounter\b/i, /counter[- ]?terror/i);
    const holds = (phrase: Phrase, text: string): boolean => holdsPhrases(lowerCaseText(text), () => phraseForms(text), [phrase]);
    const quoted = parseQuery('"counter-terrorism"');
    const [everyWriting] = withCompoundsHeld(quoted, [{ written: 'counter-terrorism', apart: ['counter', 'terror'], solid: 'counterterror' }]).phrases;
    for (const text of [solid, apart, financing]) expect(holds(everyWriting!, text), text.slice(0, 80)).toBe(true);
    expect(holds(everyWriting!, wordsApart)).toBe(false);
    // Quoted by the user, it is matched as written: not the solid word, nor another ending.
    expect(holds(quoted.phrases[0]!, solid)).toBe(false);
    expect(holds(quoted.phrases[0]!, financing)).toBe(false);
    expect(holds(quoted.phrases[0]!, apart)).toBe(true);
  });

  it('quoted, holds a name of aliases.ts only in the forms spelling its letters; the same name unquoted, in all of them', async () => {
    const english = readRecordStore(currentGeneration(built.dir)!).records.filter((r) => (r.lang ?? 'en') === 'en');
    const textOf = (r: { question: string | null; answer: string }): string => `${r.question ?? ''}\n${r.answer}`;
    const writingOnly = (held: RegExp, without: RegExp): string => textOf(english.find((r) => held.test(textOf(r)) && !without.test(textOf(r)))!);
    const holds = (phrase: Phrase, text: string): boolean => holdsPhrases(lowerCaseText(text), () => phraseForms(text), [phrase]);
    const named = writingOnly(/\bCOVID-19\b/, /coronavirus/i);
    const otherWord = writingOnly(/novel coronavirus/i, /covid/i);
    const quoted = (text: string): Phrase => parseQuery(text).phrases[0]!;
    for (const typed of ['"COVID-19"', '"Covid 19"', '"covid19"']) {
      expect(holds(quoted(typed), named), typed).toBe(true);
      expect(holds(quoted(typed), otherWord), typed).toBe(false);
    }
    expect(holds(phraseOf('COVID-19')!, otherWord)).toBe(true);
    // Marks and capitals are no other word: "U.S." is in a text writing "US".
    const us = writingOnly(/\bUS sanctions\b/, /U\.S\./);
    expect(holds(quoted('"U.S. sanctions"'), us)).toBe(true);
    expect(holds(quoted('"Washington"'), writingOnly(/\bUS\b/, /Washington/))).toBe(false);

    // Searched, the earliest exchange quoting the name is the first to write it, not the first on the virus.
    const firstWriting = english.filter((r) => /COVID[- ]?19/i.test(textOf(r))).map((r) => r.date).sort()[0]!;
    const firstOnVirus = english.filter((r) => /coronavirus/i.test(textOf(r))).map((r) => r.date).sort()[0]!;
    expect(firstOnVirus < firstWriting).toBe(true);
    const response = await search.search('"COVID-19"', { k: 5, sort: 'oldest', filters: { to: '2020-12-31' } });
    expect(response.hits[0]!.record.date).toBe(firstWriting);
    expect(response.hits.every((h) => /COVID[- ]?19/i.test(textOf(h.record)))).toBe(true);
    // The answer says which other words the quote left out, and that the unquoted word finds them.
    expect(response.wordsRead?.quotedNames).toEqual([{ typed: 'COVID-19', otherWords: ['COVID', '2019-nCoV', 'SARS-CoV-2', 'coronavirus'] }]);
    expect(totalsLine(response)).toContain('; “COVID-19” in quotes as written: not “COVID”, “2019-nCoV”, “SARS-CoV-2” or “coronavirus”, which it finds without the quotes');
    const unquoted = await search.search('COVID-19', { k: 5, sort: 'oldest', filters: { to: '2020-12-31' } });
    expect(unquoted.hits[0]!.record.date).toBe(firstOnVirus);
    expect(unquoted.wordsRead?.quotedNames).toBeUndefined();
    // A quote of no listed name says nothing of it.
    expect((await search.search('"debt trap"', { k: 5 })).wordsRead?.quotedNames).toBeUndefined();
  });

  it('is in the quote of the card whose answer holds it, and in its Cite, however far into a long answer (explore31 #4)', async () => {
    const cases = [
      ['"concerning the Chinese side is the sum"', '2020-03-27#7', 'The figure concerning the Chinese side is the sum of what has been and will be put in place altogether.'],
      ['"current circumstances, closer strategic coordination between China"', '2019-12-05#7', 'Under the current circumstances, closer strategic coordination between China and Russia'],
    ] as const;
    for (const [query, id, sentence] of cases) {
      const { hits } = await search.search(query, { k: 5 });
      const hit = hits.find((h) => h.record.id === id);
      expect(hit, query).toBeDefined();
      expect(hit!.quote, query).toContain(sentence);
      // The Cite buttons quote what `quoteFor` gives for the card's search.
      expect(search.quoteFor(hit!.record, query).quote, query).toContain(sentence);
    }
  });

  it('is in every card\'s quote for 7-word cuts of 60 answers, a sentence\'s end inside many of them', async () => {
    const random = seededRandom(31);
    let tried = 0;
    let across = 0;
    for (let i = 0; tried < 60 && i < 1000; i++) {
      const day = search.briefing(search.briefingKeys()[Math.floor(random() * search.briefingKeys().length)]!);
      const record = day?.records[Math.floor(random() * day.records.length)];
      const words = record?.answer.replace(/["“”「」『』]/g, ' ').split(/\s+/).filter(Boolean) ?? [];
      if (!record || record.lang === 'zh' || words.length < 40) continue;
      const at = Math.floor(random() * (words.length - 7));
      const phrase = words.slice(at, at + 7).join(' ');
      tried++;
      if (/[.?!;]\S*\s/.test(phrase)) across++;
      const response = await search.search(`"${phrase}"`, { k: 5 });
      expect(response.matches.map((m) => m.date), phrase).toContain(record.date);
      for (const hit of response.hits) {
        if (plain(hit.record.answer).includes(plain(phrase))) expect(plain(hit.quote), `${hit.record.id}: ${phrase}`).toContain(plain(phrase));
      }
    }
    expect(tried).toBe(60);
    expect(across).toBeGreaterThan(5);
  });

  it('finds the transcript\'s words as news copy prints them: an ellipsis, brackets, contractions, U.S., hyphens, other marks (explore31 #8, #9)', async () => {
    const source = '2019-12-09#5';
    const sentence = 'We urge the US to abandon the outdated cold-war, zero-sum mentality and refrain from seeking and making enemies everywhere.';
    const cases: [query: string, id: string, quoted: string][] = [
      ['"We urge the US to abandon the outdated cold-war ... mentality and refrain from seeking and making enemies everywhere"', source, sentence],
      ['"We urge the US to abandon the outdated cold-war … mentality"', source, sentence],
      ['"We urge the US to abandon the outdated cold-war [zero-sum] mentality"', source, sentence],
      ['"We urge [Washington] to abandon the outdated"', source, sentence],
      ['"abandon the outdated Cold War, zero-sum mentality"', source, sentence],
      ['"abandon the outdated cold war zero sum mentality"', source, sentence],
      ['"I can\'t breathe"', '2020-06-08#5', 'I cannot breathe'],
      ['"I can’t breathe"', '2020-06-30#3', 'I cannot breathe'],
      ['"urge the US to lift its sanctions and blockade against Cuba"', '2026-08-10#3', 'We urge the U.S. to lift its sanctions and blockade against Cuba'],
      ['"full of lies and slanders, it\'s just sad"', '2020-06-08#5', "full of lies and slanders. It's just sad."],
      // Parts an ellipsis joins may stand sentences apart: the quote holds each.
      ['"The development of China\'s national defense strength … refrain from seeking and making enemies everywhere"', source, sentence],
    ];
    for (const [query, id, quoted] of cases) {
      const response = await search.search(query, { k: 5 });
      const hit = response.hits.find((h) => h.record.id === id);
      expect(hit, query).toBeDefined();
      expect(hit!.quote, query).toContain(quoted);
    }
    const far = await search.search(cases.at(-1)![0], { k: 5 });
    expect(far.hits.find((h) => h.record.id === source)!.quote).toMatch(/^The development of China's national defense strength/);
    // A bracketed insertion stands for a few words, an ellipsis for any number.
    expect((await search.search('"We urge the US [anything] making enemies everywhere"')).total).toBe(0);
    expect((await search.search('"We urge the US … making enemies everywhere"')).matches.map((m) => m.id)).toContain(source);
  });

  it('matches whole words: not inside a longer one, though a possessive or a name cut short is found', async () => {
    const island = await search.search('"Taiwan" Hong Kong', { k: 20 });
    expect(island.total).toBeGreaterThan(0);
    for (const h of island.hits) expect(`${h.record.question ?? ''} ${h.record.answer}`).toMatch(/\bTaiwan(?![a-z])/);
    // "from Hong" cuts the name "Hong Kong", which the search reads as one: the words as written are matched then.
    expect((await search.search('"in my answer to questions from Hong"', { k: 5 })).matches.map((m) => m.id)).toContain('2019-07-22#15');
    expect((await search.search('"the Chinese sid"')).total).toBe(0);
  });

  it('reads single quotes around several words as a phrase: the headline\'s ‘the biggest threat to world peace’ (explore31 #24)', async () => {
    const headline = await search.search('‘the biggest threat to world peace’', { k: 5 });
    expect(headline.hits[0]?.record.id).toBe('2019-12-09#5');
    expect(headline.matches.map((m) => m.id)).toEqual((await search.search('"the biggest threat to world peace"', { k: 5 })).matches.map((m) => m.id));
    for (const h of headline.hits) expect(plain(h.quote)).toContain('the biggest threat to world peace');
  });

  it('reads the dates in a phrase as its words, not as the time of the talk', async () => {
    const dated = await search.search('"back in China. Since 2018, the US has"', { k: 5 });
    expect(dated.filters).toEqual({});
    expect(dated.hits.map((h) => h.record.id)).toContain('2020-05-12#9');
    // Outside the quotes, dates are still read.
    expect((await search.search('"national security law" in 2019', { k: 0 })).filters).toEqual({ from: '2019-01-01', to: '2019-12-31' });
  });

  it('may be a whole long sentence of the Ministry\'s, pasted in quotes (explore31 #25)', async () => {
    const long = search.briefingKeys().flatMap((key) => search.briefing(key)!.records)
      .filter((r) => r.lang !== 'zh')
      .flatMap((r) => splitSentences(r.answer).map((span) => ({ id: r.id, sentence: r.answer.slice(span.start, span.end) })))
      .find(({ sentence }) => sentence.length > 500 && sentence.length < 900 && !/["“”]/.test(sentence));
    expect(long).toBeDefined();
    const checked = checkSearchRequest({ question: `"${long!.sentence}"` }, (field) => field);
    expect(checked).toMatchObject({ ok: true });
    const { hits } = await search.search(checked.ok ? checked.query : '', { k: 5 });
    expect(hits.find((h) => h.record.id === long!.id)?.quote).toContain(long!.sentence);
  });

  it('that nothing holds says what its words find without the quotes (explore31 #9)', async () => {
    const query = '"urge the US to lift its sanctions against Venezuela and Cuba"';
    const none = await search.search(query, { k: 5 });
    const unquoted = await search.search('urge the US to lift its sanctions against Venezuela and Cuba', { k: 0 });
    expect(none.total).toBe(0);
    expect(unquoted.total).toBeGreaterThan(0);
    expect(none.withoutQuotes).toEqual({ query: 'urge the US to lift its sanctions against Venezuela and Cuba', total: unquoted.total });
    expect(nothingRelevantText(search, none)).toMatch(
      new RegExp(`^Nothing relevant found for “${query}”\\. No exchange holds the words in quotes as a phrase\\. Without the quotes: ${unquoted.total} exchanges on “urge the US to lift its sanctions against Venezuela and Cuba”\\. Looked in `),
    );
    // A word no exchange says is the reason given instead.
    const unknown = await search.search('"chewing gum diplomacy"', { k: 5 });
    expect(unknown.withoutQuotes).toBeUndefined();
    expect(nothingRelevantText(search, unknown)).toContain('No exchange in the index says “chewing” or “gum”.');
  });

  it('attributed to a spokesperson by full name, as a wire story writes it, is looked for among their answers (hunt-N #1)', async () => {
    const hers = await search.search('"Hong Kong is China\'s Hong Kong"', { k: 0, filters: { spokesperson: 'Hua Chunying' } });
    expect(hers.total).toBeGreaterThan(0);
    for (const wire of ['"Hong Kong is China\'s Hong Kong," spokeswoman Hua Chunying said.', 'Hua Chunying said "Hong Kong is China\'s Hong Kong"']) {
      // It had been "No exchange holds the words in quotes as a phrase": her name was searched as words beside the quote.
      const read = await search.search(wire, { k: 0 });
      expect(read.spokespersonNamed, wire).toBe('Hua Chunying');
      expect(read.matches.map((m) => m.id), wire).toEqual(hers.matches.map((m) => m.id));
    }
  });
});

describe('the cost of quoted phrases of common words (explore32a F1)', () => {
  const heavy = [
    `"${'the of and to in China '.repeat(40).trim()}"`,
    '"cooperation" "to" "peace" "of" "US" "world" "and" "the" "relations" "in" "China" "Kong" "countries" "Taiwan" "cooperation" "to" "peace"',
    '"the United States" "the Chinese side" "we hope" "I would like to" "in the world" "the international community" "the US side" "we have noted"',
    '"the" "of" "and" "peace" "world"',
  ];

  it('reads an exchange into its phrase forms only when it spells every clue of every phrase, as often as the phrase says it, and finds what reading every exchange finds', () => {
    // Every third exchange of the bundled transcripts, each read into its forms once, for the check.
    const records = search.briefingKeys().flatMap((key) => search.briefing(key)!.records).filter((_, i) => i % 3 === 0)
      .map((r) => ({ id: r.id, text: `${r.question ?? ''}\n${r.answer}` }))
      .map((r) => ({ ...r, lowerCase: lowerCaseText(r.text), forms: phraseForms(r.text) }));
    for (const query of heavy) {
      const { phrases } = parseQuery(query);
      let read = 0;
      let held = 0;
      for (const r of records) {
        const fast = holdsPhrases(r.lowerCase, () => (read++, r.forms), phrases);
        const everyOne = phrases.every((p) => holdsPhrase(r.forms, p));
        expect(fast, `${r.id}: ${query}`).toBe(everyOne);
        // One spelling each phrase as its words reading holds it is not read (`spellsPhrase`).
        if (everyOne && !phrases.every((p) => spellsPhrase(r.lowerCase, p))) held++;
      }
      // Before, an exchange spelling the first phrase's clues was read whole, whatever the others asked.
      expect(read, query).toBeLessThan(records.length / 10);
      expect(read, query).toBeGreaterThanOrEqual(held);
    }
  });

  it('never rules out a paragraph that holds a name, nor takes one as holding it unread that does not, and rules out most spelling its words apart (session 43)', () => {
    // Every paragraph of every second exchange, each read into its forms once, for the check.
    const paragraphs = search.briefingKeys().flatMap((key) => search.briefing(key)!.records).filter((_, i) => i % 2 === 0)
      .flatMap((r) => `${r.question ?? ''}\n${r.answer}`.split('\n')).filter((line) => line.length > 0)
      .map((text) => ({ text, lowerCase: lowerCaseText(text), forms: phraseFormsWhenAsked(text) }));
    // Names as questions write them, the other way round as whole-names.ts asks of a title, and some a reading
    // makes (aliases, folded spellings, contractions, possessives, plurals).
    const names = [
      'South China Sea', 'China Sea of the South', 'Belt and Road', 'Road of the Belt and', 'Human Rights Council of the UN', 'UN Human Rights Council',
      'Council of the UN Human Rights', 'United Nations Security Council', 'Cold War mentality', 'War of the Cold', 'US side', 'the US side',
      'Hong Kong affairs', 'Kong affairs of the Hong', 'Xinjiang-related issues', 'we can not accept', "China's internal affairs", 'internal affair',
      'trade war', 'labour camps', 'organisation', 'Taiwan region', 'Region of the Taiwan', 'Security Council of the UN', 'leaders summit',
      'win-win cooperation', 'Salvador of the El', 'El Salvador', 'Secretary of State Pompeo', 'State Secretary', 'Global Times', 'Times of the Global',
      // Spelt with a hyphen where the text writes a space, or a space where it writes a hyphen (`spellsPhrase` reads either).
      'win win cooperation', 'people to people exchanges', 'China-Pakistan Economic Corridor', 'Kim Jong Un', 'Asia Pacific', 'China US relations', 'anti-China forces',
    ].map((name) => ({ name, phrase: phraseOf(name)! }));
    let held = 0;
    let spelt = 0;
    const apart = new Map<string, number>();
    const ruledOut = new Map<string, number>();
    for (const { name, phrase } of names) {
      for (const p of paragraphs) {
        const holds = holdsPhrase(p.forms, phrase);
        const may = mayHold(p.lowerCase, phrase);
        if (holds) {
          held++;
          expect(may, `${name}: ${p.text.slice(0, 120)}`).toBe(true);
        }
        if (spellsPhrase(p.lowerCase, phrase)) {
          spelt++;
          expect(holds, `${name} spelt: ${p.text.slice(0, 120)}`).toBe(true);
        }
        // Spelling every clue the phrase's words give, and holding none of them side by side.
        if (!holds && phrase.clues.length > 1 && phrase.clues.every(({ word }) => p.lowerCase.includes(word))) {
          apart.set(name, (apart.get(name) ?? 0) + 1);
          if (!may) ruledOut.set(name, (ruledOut.get(name) ?? 0) + 1);
        }
      }
    }
    expect(held).toBeGreaterThan(1000);
    expect(spelt / held).toBeGreaterThan(0.5);
    // A paragraph writing "win-win cooperation" spells "win win cooperation": it is not read into its forms to learn so.
    const hyphened = paragraphs.filter((p) => p.lowerCase.includes('win-win cooperation'));
    expect(hyphened.length).toBeGreaterThan(10);
    for (const p of hyphened) expect(spellsPhrase(p.lowerCase, phraseOf('win win cooperation')!), p.text.slice(0, 120)).toBe(true);
    // Those of plain words spelt apart are ruled out unread; a name a reading makes ("UN", "US") is not.
    for (const name of ['China Sea of the South', 'War of the Cold', 'Kong affairs of the Hong', 'Times of the Global', 'Cold War mentality']) {
      expect(apart.get(name), name).toBeGreaterThan(3);
      expect((ruledOut.get(name) ?? 0) / apart.get(name)!, name).toBeGreaterThan(0.9);
    }
  });

  it('reads a text\'s forms one reading at a time, each as phraseForms reads it', () => {
    const texts = search.briefingKeys().slice(0, 40).flatMap((key) => search.briefing(key)!.records).map((r) => `${r.question ?? ''}\n${r.answer}`);
    for (const text of texts) {
      const whole = phraseForms(text);
      const asked = phraseFormsWhenAsked(text);
      expect([asked.singular, asked.names, asked.words]).toEqual([whole.singular, whole.names, whole.words]);
    }
  });

  it('holds a name within a line of an exchange, not across its question\'s end and its answer\'s start, nor across paragraphs', () => {
    const generation = currentGeneration(built.dir)!;
    const records = readRecordStore(generation).records;
    const texts = new RecordTexts(new RecordsById(records), readLexicalIndex(generation), FIELD_BOOST);
    const record = records.find((r) => r.id === '2019-06-12#3')!;
    // The question ends "… relations with Kazakhstan?" and the answer starts "President Tokayev is an old friend …".
    expect(record.question).toMatch(/Kazakhstan\?$/);
    expect(record.answer).toMatch(/^President Tokayev/);
    const name = phraseOf('Kazakhstan President Tokayev')!;
    expect(texts.holdsName(record, name)).toBe(false);
    // As a quoted phrase, the exchange's words are read whole, whatever stands between them.
    expect(texts.recordHolds(record, [name])).toBe(true);
    expect(texts.holdsName(record, phraseOf('President Tokayev')!)).toBe(true);
    expect(texts.holdsName(record, phraseOf('Belt and Road Initiative')!)).toBe(true);
    // The last words of the answer's first paragraph and the first of its second.
    expect(texts.holdsName(record, phraseOf('multilateral affairs China and Kazakhstan')!)).toBe(false);
    expect(texts.recordHolds(record, [phraseOf('multilateral affairs China and Kazakhstan')!])).toBe(true);
  });

  it('looks for a phrase quoted twice once', () => {
    expect(parseQuery('"peace" "world" "peace" "Peace" "the world"').phrases.map((p) => p.parts[0]!.forms.words)).toEqual(['peace', 'world', 'the world']);
  });
});

describe('a quoted Chinese phrase', () => {
  let chinese: SearchEngine;
  searchOnBilingualSample((opened) => (chinese = opened), ['2020-06-08']);

  it('is found whatever marks stand between its characters: 、，or none (explore31 #9)', async () => {
    for (const query of ['「满嘴谎言、整天诽谤」', '「满嘴谎言，整天诽谤」', '"满嘴谎言整天诽谤"', '「滿嘴謊言、整天誹謗」']) {
      const { hits } = await chinese.search(query, { k: 5 });
      expect(hits.map((h) => h.record.id), query).toEqual(['zh-2020-06-08#5']);
      expect(hits[0]!.quote, query).toContain('满嘴谎言、整天诽谤');
    }
    expect((await chinese.search('「满嘴谎言整天诽谤美国」')).total).toBe(0);
  });
});
