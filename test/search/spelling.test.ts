import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { missingWordsLine, nothingRelevantText } from '../../src/answers/totals.js';
import type { SearchEngine } from '../../src/search/engine.js';
import { openSearch } from '../../src/search/open.js';
import { editDistance } from '../../src/util/edit-distance.js';
import { buildSeedIndex } from './lexical-index.js';

let search: SearchEngine;
let cleanup: () => void;

beforeAll(async () => {
  const built = await buildSeedIndex('spox-spelling-');
  cleanup = built.cleanup;
  search = await openSearch(built.dir, { embedder: null });
});
afterAll(() => cleanup());

describe('edit distance', () => {
  it('counts a swap of neighbours as one edit, and gives up past the most allowed', () => {
    expect(editDistance('xinjaing', 'xinjiang', 2)).toBe(1);
    expect(editDistance('pompoe', 'pompeo', 1)).toBe(1);
    expect(editDistance('tibbet', 'tibet', 1)).toBe(1);
    expect(editDistance('huawei', 'huawei', 1)).toBe(0);
    expect(editDistance('kashmere', 'kashmir', 1)).toBe(null);
    expect(editDistance('kashmere', 'kashmir', 2)).toBe(2);
    expect(editDistance('iran', 'iraq', 0)).toBe(null);
    // Rows are reused: a word longer than any before, then a short one again.
    const long = 'HongKongSpecialAdministrativeRegion'.repeat(2);
    expect(editDistance(`${long}x`, `${long}y`, 1)).toBe(1);
    expect(editDistance('pompoe', 'pompeo', 1)).toBe(1);
  });
});

describe('did you mean', () => {
  it('suggests the word the transcripts write a slip away from one no exchange says, and for an empty answer what it finds', async () => {
    for (const [typed, meant] of [['Huwaei', 'Huawei'], ['Pompoe', 'Pompeo'], ['Xinjaing', 'Xinjiang']] as const) {
      const alone = await search.search(typed);
      const right = await search.search(meant, { k: 0 });
      expect([alone.total, right.total > 0]).toEqual([0, true]);
      expect(alone.missing.inNoRecord).toEqual([typed]);
      expect(alone.missing.didYouMean).toEqual({ words: [{ typed, suggested: meant }], query: meant, total: right.total });
      // Beside results it is not counted: a second search for every query with a word the corpus lacks costs too much.
      const some = await search.search(`${typed} human rights`);
      expect(some.total).toBeGreaterThan(0);
      expect(some.missing.didYouMean).toEqual({ words: [{ typed, suggested: meant }], query: `${meant} human rights` });
    }
  });

  it('says it in the answer, empty or not, and never searches the suggestion instead', async () => {
    const empty = await search.search('Huwaei');
    expect(empty.total).toBe(0);
    const huawei = await search.search('Huawei', { k: 0 });
    expect(nothingRelevantText(search, empty)).toContain(`No exchange in the index says “Huwaei”. Did you mean “Huawei”? It finds ${huawei.total} exchanges.`);
    const some = await search.search('Xinjaing human rights');
    expect(some.total).toBeGreaterThan(0);
    // Searched as typed: respelled, it would find what the suggestion finds.
    expect(some.total).not.toBe((await search.search('Xinjiang human rights', { k: 0 })).total);
    expect(missingWordsLine(some.missing)).toBe('no exchange in the index says “Xinjaing” (did you mean “Xinjiang”?)');
  });

  it('suggests nothing for a word of a later year that is a letter from another word, or a prefix away', async () => {
    // A name typed is no common word ("Milei", "miles").
    for (const query of ['Omicron variant', 'decertification of Hong Kong', 'Evergrande collapse', 'Milei']) {
      expect((await search.search(query)).missing.didYouMean).toBeUndefined();
    }
  });

  it('reads a slip of a spelling the index reads as another word, as the transcripts write it (explore30)', async () => {
    // "Uighers" is two letters from "Uyghurs", the index's term, and one from "Uighurs", which the transcripts write too.
    for (const [typed, meant] of [['Uighers', 'Uighurs'], ['Pyongyan', 'Pyongyang'], ['Candaian', 'Canadian']] as const) {
      const found = await search.search(typed);
      const right = await search.search(meant, { k: 0 });
      expect([found.total, right.total > 0]).toEqual([0, true]);
      expect(found.missing.didYouMean).toEqual({ words: [{ typed, suggested: meant }], query: meant, total: right.total });
    }
  });

  it('reads two words run together as the transcripts write them apart (explore30)', async () => {
    // "Tsai Ingwen" needs none: the index holds "Ing-wen" as one word too (terms.ts), and it finds the same exchanges.
    expect((await search.search('Tsai Ingwen', { k: 0 })).total).toBe((await search.search('Tsai Ing-wen', { k: 0 })).total);
    for (const [query, typed, meant, respelled] of [
      ['Xijinping', 'Xijinping', 'Xi Jinping', 'Xi Jinping'],
    ] as const) {
      const found = await search.search(query);
      const right = await search.search(respelled, { k: 0 });
      expect([found.total, right.total > 0]).toEqual([0, true]);
      expect(found.missing.didYouMean).toEqual({ words: [{ typed, suggested: meant }], query: respelled, total: right.total });
    }
  });

  it('reads a slip of a name\'s word beside the word the transcripts write next to it (explore30)', async () => {
    // "Lamm" is too short to guess alone; "Jingping" is a letter from no index term, as "Xi Jinping" is read as "Xi".
    for (const [query, typed, meant, respelled] of [
      ['Carrie Lamm', 'Lamm', 'Lam', 'Carrie Lam'],
      ['carrie lamm', 'lamm', 'Lam', 'carrie Lam'],
      ['Xi Jingping', 'Jingping', 'Jinping', 'Xi Jinping'],
    ] as const) {
      const found = await search.search(query);
      expect(found.total).toBe(0);
      expect(found.missing.didYouMean).toEqual({ words: [{ typed, suggested: meant }], query: respelled, total: (await search.search(respelled, { k: 0 })).total });
    }
    expect((await search.search('Lamm')).missing.didYouMean).toBeUndefined();
    // Beside results it is not counted either.
    const some = await search.search('Carrie Lamm Hong Kong');
    expect(some.total).toBeGreaterThan(0);
    expect(some.missing.didYouMean).toEqual({ words: [{ typed: 'Lamm', suggested: 'Lam' }], query: 'Carrie Lam Hong Kong' });
  });

  it('suggests nothing for a word the transcripts write, even once as a slip of theirs', async () => {
    const beijng = await search.search('Beijng');
    expect(beijng.total).toBeGreaterThan(0);
    expect(beijng.missing).toEqual({ inNoRecord: [], inNoMatch: [] });
    for (const hit of beijng.hits.slice(0, 1)) expect(`${hit.record.question} ${hit.record.answer}`).toContain('Beijng');
  });

  it('suggests nothing for real words near the words the transcripts write', async () => {
    // Each is a slip away from what the transcripts write, but only: beside a function word ("for giving", "laws on"),
    // once ("run away"), in lower case beside the next word ("dam project"), two letters from a spelling the index
    // reads as another word ("traversing", "travelling").
    for (const query of ['forgiving', 'lawson', 'runaway', 'dom project', 'traversing']) {
      const found = await search.search(query);
      expect(found.missing.inNoRecord.length, query).toBeGreaterThan(0);
      expect(found.missing.didYouMean, query).toBeUndefined();
    }
  });

  it('suggests no name two letters from a name\'s word: that is another person (explore30b 3.1)', async () => {
    // "Xiaoping" is two letters from "Xiaodong" (Chen Xiaodong), a typo of neither.
    for (const query of ['What did Deng Xiaoping say about Hong Kong?', 'What did Zhang Xiaogang say about Taiwan?']) {
      const found = await search.search(query);
      expect(found.missing.inNoRecord.length, query).toBeGreaterThan(0);
      expect(found.missing.didYouMean, query).toBeUndefined();
    }
    // A lower-case word still gets a swap of neighbours ("coroanvirus").
    expect((await search.search('coroanvirus')).missing.didYouMean?.words).toEqual([{ typed: 'coroanvirus', suggested: 'Coronavirus' }]);
  });

  it('reads doubled letters undoubled or doubled as one slip, at any number (spell31)', async () => {
    // "tarrifs" is two edits from "tariffs" in seven letters; "Tedross" stems apart from "Tedros" (tedross, tedro).
    for (const [typed, meant] of [['tarrifs', 'tariffs'], ['Phillipines', 'Philippines'], ['Phillippines', 'Philippines'], ['Tedross', 'Tedros'], ['Morisson', 'Morrison']] as const) {
      const found = await search.search(typed);
      const right = await search.search(meant, { k: 0 });
      expect([found.total, right.total > 0], typed).toEqual([0, true]);
      expect(found.missing.didYouMean, typed).toEqual({ words: [{ typed, suggested: meant }], query: meant, total: right.total });
    }
  });

  it('tries the next closest terms, and every way the transcripts write one, until one is written a slip away (spell31)', async () => {
    // "Pense": the closest term by records is "pend" (pending); "Afganistan", "Ethopia", "extridition": the best
    // record writes "Afghan", "Ethiopian", "extradite" first; "Uyghers": it writes "Uighurs" first.
    for (const [typed, meant] of [
      ['Pense', 'Pence'], ['Afganistan', 'Afghanistan'], ['Ethopia', 'Ethiopia'], ['extridition', 'extradition'], ['Uyghers', 'Uyghurs'],
    ] as const) {
      const found = await search.search(typed);
      expect(found.total, typed).toBe(0);
      expect(found.missing.didYouMean?.words, typed).toEqual([{ typed, suggested: meant }]);
      expect(found.missing.didYouMean?.total, typed).toBe((await search.search(meant, { k: 0 })).total);
    }
  });

  it('never reads a name typed as a word the transcripts also write in lower case (spell31)', async () => {
    // "Care" opens sentences, and "care" is written in lower case: "Carie" was read as it.
    const carie = await search.search('Carie Lam');
    expect(carie.missing.didYouMean?.words).toEqual([{ typed: 'Carie', suggested: 'Carrie' }]);
    // The question's first word has a capital whatever it is.
    expect((await search.search('Tarrifs on steel')).missing.didYouMean?.words).toEqual([{ typed: 'Tarrifs', suggested: 'tariffs' }]);
  });

  it('reads a name\'s word beside the next, undoubled, and a name run together across a hyphen and a function word (spell31)', async () => {
    // "Moon Jaein" is read as Moon Jae-in by aliases.ts (explore35 M19): no suggestion is needed.
    expect((await search.search('Moon Jaein', { k: 0 })).total).toBe((await search.search('Moon Jae-in', { k: 0 })).total);
    // Nor does "Chung Euiyong": the index holds "Eui-yong" as one word too (terms.ts).
    expect((await search.search('Chung Euiyong', { k: 0 })).total).toBe((await search.search('Chung Eui-yong', { k: 0 })).total);
    for (const [query, typed, meant, respelled] of [
      ['Shinzo Abbe', 'Abbe', 'Abe', 'Shinzo Abe'],
    ] as const) {
      const found = await search.search(query);
      expect(found.total, query).toBe(0);
      expect(found.missing.didYouMean, query).toEqual({ words: [{ typed, suggested: meant }], query: respelled, total: (await search.search(respelled, { k: 0 })).total });
    }
  });

  it('suggests the one word the transcripts write for two typed apart, beside results and for an empty answer (spell31)', async () => {
    for (const [query, typed, meant] of [['corona virus', 'corona virus', 'coronavirus'], ['Hua wei', 'Hua wei', 'Huawei']] as const) {
      const found = await search.search(query);
      const right = await search.search(meant, { k: 0 });
      // Found as typed, far less than as one word, and not counted beside results.
      expect(found.total, query).toBeGreaterThan(0);
      expect(right.total, query).toBeGreaterThan(found.total);
      expect(found.missing.inNoRecord, query).toEqual([]);
      expect(found.missing.didYouMean, query).toEqual({ words: [{ typed, suggested: meant }], query: meant });
    }
    expect(missingWordsLine((await search.search('corona virus')).missing)).toBe('did you mean “coronavirus”?');
    const mixed = await search.search('corona virus lorry');
    expect(missingWordsLine(mixed.missing)).toBe('no exchange in the index says “lorry”; did you mean “coronavirus”?');
    // An empty answer counts what the one word finds.
    const june = { filters: { from: '2019-06-01', to: '2019-06-30' } };
    const empty = await search.search('Xin jiang', june);
    const xinjiang = await search.search('Xinjiang', { ...june, k: 0 });
    expect([empty.total, xinjiang.total > 0]).toEqual([0, true]);
    expect(nothingRelevantText(search, empty)).toContain(`Nothing relevant found for “Xin jiang”. Did you mean “Xinjiang”? It finds ${xinjiang.total} exchanges.`);
    // A word no exchange says, typed apart from the rest of the one word.
    const wan = await search.search('Meng Wan Zhou');
    expect(wan.missing.didYouMean?.words).toEqual([{ typed: 'Wan Zhou', suggested: 'Wanzhou' }]);
    expect(nothingRelevantText(search, wan)).toContain('No exchange in the index says “Wan”. Did you mean “Wanzhou”?');
  });

  it('suggests no one word for two the transcripts write apart too, nor for a name read as one, nor a function word (spell31)', async () => {
    // "cyber security" is written apart about as often as "cybersecurity", "semi-conductor" beside "semiconductor";
    // "Hong Kong" is read as one name.
    for (const query of ['cyber security', 'semi conductor', 'hong kong', 'Hong kong', 'set up', 'hand over', 'every day', 'break through']) {
      expect((await search.search(query)).missing.didYouMean, query).toBeUndefined();
    }
  });

  it('suggests nothing for a lower-case word a slip people seldom make away from another word (spell31)', async () => {
    // A letter changed other than for a neighbouring key or a vowel ("older", "order"), or in a word under eight
    // letters ("layer", "later"; "lorry", "Larry"; "token", "taken"); a letter added under eight ("niche", "nice") or
    // at the end ("armory", "armor"); one dropped under seven ("babes", "babies"); two edits ("absurdly", "absurd");
    // two words whose first is an acronym ("unmade", "UN made").
    for (const query of ['layer', 'ozone layer', 'lorry', 'Essex lorry deaths of 39 migrants', 'older', 'token', 'niche', 'armory', 'babes', 'absurdly', 'unmade']) {
      const found = await search.search(query);
      expect(found.missing.inNoRecord.length, query).toBeGreaterThan(0);
      expect(found.missing.didYouMean, query).toBeUndefined();
    }
  });

  it('reads a lower-case word that is no English word as a name or a word, and leaves an English word as typed (spell34)', async () => {
    // Typed fast in lower case, a name's slip is read as the capitalised one is ("Huawai": Huawei).
    for (const [typed, meant] of [['huawai', 'Huawei'], ['xinjaing', 'Xinjiang'], ['xinjian', 'Xinjiang'], ['pompeu', 'Pompeo']] as const) {
      const found = await search.search(typed);
      const right = await search.search(meant, { k: 0 });
      expect([found.total, right.total > 0], typed).toEqual([0, true]);
      expect(found.missing.didYouMean, typed).toEqual({ words: [{ typed, suggested: meant }], query: meant, total: right.total });
    }
    // An English word the transcripts never use gets nothing, whatever it is a slip away from ("Larry", "later",
    // "concerted", "professor"); so does the question's first word, whose capital is the sentence's.
    for (const query of ['lorry', 'layer', 'converted', 'processor', 'Lorry deaths in Essex']) {
      const found = await search.search(query);
      expect(found.missing.inNoRecord.length, query).toBeGreaterThan(0);
      expect(found.missing.didYouMean, query).toBeUndefined();
    }
    // Both in one question: the slip is answered, the English word only said to be in no exchange.
    const mixed = await search.search('huawai 5G lorry');
    const respelled = await search.search('Huawei 5G lorry', { k: 0 });
    expect([mixed.total, respelled.total > 0]).toEqual([0, true]);
    expect(mixed.missing.inNoRecord).toEqual(['huawai', 'lorry']);
    expect(mixed.missing.didYouMean).toEqual({ words: [{ typed: 'huawai', suggested: 'Huawei' }], query: 'Huawei 5G lorry', total: respelled.total });
    expect(nothingRelevantText(search, mixed)).toContain(
      `No exchange in the index says “huawai” or “lorry”. Did you mean “Huawei”? It finds ${respelled.total} exchanges.`,
    );
  });

  it('says a slip whose question so written finds nothing for its other words, with what it finds without them (spell35)', async () => {
    // "Huawei lorry" finds nothing: "huawai" was said nowhere, and the reporter never saw the slip.
    const found = await search.search('huawai lorry');
    const huawei = await search.search('Huawei', { k: 0 });
    expect([found.total, (await search.search('Huawei lorry', { k: 0 })).total, huawei.total > 0]).toEqual([0, 0, true]);
    expect(found.missing.didYouMean).toEqual({
      words: [{ typed: 'huawai', suggested: 'Huawei' }], query: 'Huawei lorry', total: 0,
      without: { words: ['lorry'], query: 'Huawei', total: huawei.total },
    });
    expect(nothingRelevantText(search, found)).toContain(
      `No exchange in the index says “huawai” or “lorry”. Did you mean “Huawei”? It finds nothing with “lorry”; without it, ${huawei.total} exchanges on “Huawei”.`,
    );
    // A name typed with its capital is as often one the transcripts never write: "Baghdadi" is a letter from "Baghdad".
    const baghdadi = await search.search('US raid that killed ISIS leader Abu Bakr al-Baghdadi');
    expect([baghdadi.total, baghdadi.missing.inNoRecord]).toEqual([0, ['Bakr', 'Baghdadi']]);
    expect(baghdadi.missing.didYouMean).toBeUndefined();
    expect((await search.search('Huawai lorry')).missing.didYouMean?.without).toEqual({ words: ['lorry'], query: 'Huawei', total: huawei.total });
    // Nothing without them either: nothing said, as before.
    expect((await search.search('huawai lorry', { filters: { from: '2000-01-01', to: '2000-12-31' } })).missing.didYouMean).toBeUndefined();
  });

  it('reads a slip of a month or weekday name that its stem hides (spell35)', async () => {
    // "decmber" stems as typed, "December" to "decemb": three letters apart, so no term near the word was it.
    for (const [typed, meant] of [['decmber', 'December'], ['Decmber', 'December'], ['octber', 'October'], ['novmber', 'November'], ['sptember', 'September']] as const) {
      const found = await search.search(typed);
      expect(found.total, typed).toBe(0);
      expect(found.missing.didYouMean?.words, typed).toEqual([{ typed, suggested: meant }]);
    }
    const asked = await search.search('What did China say in decmber 2019');
    expect(asked.missing.didYouMean?.query).toBe('What did China say in December 2019');
    expect(asked.missing.didYouMean?.total).toBe((await search.search('What did China say in December 2019', { k: 0 })).total);
  });

  it('reads a name of four letters with two neighbours swapped, and no other slip of four letters (spell35)', async () => {
    for (const [typed, meant] of [['iarn', 'Iran'], ['Iarn', 'Iran'], ['Iarq', 'Iraq']] as const) {
      expect((await search.search(typed)).missing.didYouMean?.words, typed).toEqual([{ typed, suggested: meant }]);
    }
    // Any other slip of four letters is as often another name ("Ivan", "Iran"; the transcripts write "Iván Duque",
    // which is "Ivan" with its accent folded), and two slips another person.
    expect((await search.search('Ivan')).missing.didYouMean).toBeUndefined();
    for (const query of ['Iram', 'Trudo']) {
      const found = await search.search(query);
      expect(found.missing.inNoRecord, query).toEqual([query]);
      expect(found.missing.didYouMean, query).toBeUndefined();
    }
  });

  it('leaves as typed a real word the word list leaves out: "a chink in the armour" is no slip of China (spell35)', async () => {
    for (const query of ['a chink in the armour', 'chink armor', 'chink tariffs']) {
      const found = await search.search(query);
      expect(found.missing.inNoRecord, query).toContain('chink');
      expect(found.missing.didYouMean, query).toBeUndefined();
    }
  });
});
