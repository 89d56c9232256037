import { describe, expect, it } from 'vitest';
import { termsOf, tokenize } from '../../src/search/terms.js';

const same = (a: string, b: string): void => expect(termsOf(a), `${a} / ${b}`).toEqual(termsOf(b));

describe('index terms', () => {
  it('read the spelling variants and aliases of aliases.ts as one term', () => {
    same('Uighur', 'Uyghur');
    same('Uygur', 'Uyghur');
    same('North Korea', 'DPRK');
    same("Democratic People's Republic of Korea", 'DPRK');
    same('South Korea', 'ROK');
    same('Britain', 'UK');
    same('the United Kingdom', 'UK');
    same('Daesh', 'ISIS');
    same('Viet Nam', 'Vietnam');
    same('President Xi Jinping', 'President Xi');
    same('U.S.', 'United States');
    same('labour', 'labor');
    same('organisations criticised', 'organizations criticized');
    same('NORTH KOREA', 'DPRK'); // in any case but the case-sensitive ones
    same('Hong \u212aong', 'HK'); // the Kelvin sign reads as k in any case, as Unicode folds it
    expect(tokenize('united states')).toEqual(['united', 'states']); // 'US' is matched as written
  });

  it('keep unrelated words apart', () => {
    expect(termsOf('promise')).not.toEqual(termsOf('prize'));
    expect(termsOf('exercise')).toEqual(['exercis']); // not folded to "-ize"
    // British Columbia is in Canada: not "UK".
    expect(termsOf('Supreme Court of British Columbia')).not.toContain(termsOf('UK')[0]);
    // "WHO" the organisation, "who" the pronoun.
    expect(termsOf('the WHO')).toEqual(termsOf('World Health Organization'));
    expect(termsOf('who said')).toEqual([]);
  });

  it('cut possessives and split hyphenated names like their spaced spelling', () => {
    same("Kashmir's", 'Kashmir');
    same('Kashmir’s', 'Kashmir');
    same('Kim Jong-un', 'Kim Jong Un');
    expect(tokenize("Hong Kong's")).toEqual(["HongKong's"]);
  });
});
