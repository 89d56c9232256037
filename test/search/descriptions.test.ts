import { describe, expect, it } from 'vitest';
import { DescribedNames, type DescriptionSettings } from '../../src/search/descriptions.js';
import { DESCRIBED_NAMES, NOT_DESCRIBED } from '../../src/search/described-names.js';
import { FUSION } from '../../src/search/fusion.js';
import { termsOf } from '../../src/search/terms.js';

const settings: DescriptionSettings = FUSION;
const described = new DescribedNames(DESCRIBED_NAMES);
/** Every term of a text weighing 1, as a query's informative terms. */
const weights = (text: string): Map<string, number> => new Map(termsOf(text).map((t) => [t, 1]));
const entry = (name: string): readonly [string, string] => {
  const found = DESCRIBED_NAMES.find(([n]) => n === name);
  if (!found) throw new Error(`no entry ${name}`);
  return found;
};

describe('names a query describes', () => {
  it('gives the name of the thing a query describes without naming it', () => {
    // Listed as "Jimmy Lai" and as "Lai": both fit, and the word they share is searched.
    expect(described.describedBy(weights('the Hong Kong media tycoon arrested'), settings)).toEqual({ name: 'Jimmy Lai', terms: termsOf('Lai') });
    expect(described.describedBy(weights('the Dutch chipmaker Qualcomm failed to buy'), settings)).toEqual({ name: 'NXP', terms: termsOf('NXP') });
    expect(described.describedBy(weights('the Hong Kong media tycoon arrested'), { ...settings, describedCoverage: 0 })).toBeNull();
  });

  it('reads a name the user typed as that name, not as a description of what mentions it', () => {
    // Sweden's description names the bookseller it detained; the query names him, not Sweden.
    expect(entry('Sweden')[1]).toMatch(/Gui Minhai/);
    expect(described.describedBy(weights('Gui Minhai'), settings)).toBeNull();
    expect(described.describedBy(weights('Jimmy Lai media tycoon'), settings)).toBeNull();
  });

  it('takes no description that leaves out a country the query names (hunt-A #3, hunt-B #4)', () => {
    // "Japan export curbs on South Korea" was read as China's customs, whose description names Japan and not Korea.
    const curbs = weights('Japan export curbs on South Korea suspending imports');
    const customs = new DescribedNames([entry("China's General Administration of Customs")]);
    expect(customs.describedBy(curbs, settings)?.name).toBe("China's General Administration of Customs");
    expect(customs.describedBy(curbs, settings, [termsOf('Japan'), termsOf('Korea')])).toBeNull();
    expect(customs.describedBy(curbs, settings, [termsOf('Japan')])?.name).toBe("China's General Administration of Customs");
    // "Ethiopian Airlines crash Boeing 737 MAX" was China Eastern's Boeing claim.
    const crash = weights('airlines crash Boeing 737 MAX');
    const eastern = new DescribedNames([entry('Eastern Airlines')]);
    expect(eastern.describedBy(crash, settings)?.name).toBe('Eastern Airlines');
    expect(eastern.describedBy(crash, settings, [termsOf('Ethiopian')])).toBeNull();
  });

  it('needs two of the query words in one description', () => {
    expect(described.describedBy(weights('tycoon'), settings)).toBeNull();
  });

  it('takes no name when two things fit about as well, and what forms of one name share when they do', () => {
    const [lai, jimmyLai] = [entry('Lai'), entry('Jimmy Lai')];
    const forms = new DescribedNames([lai, jimmyLai]);
    expect(forms.describedBy(weights('the Hong Kong media tycoon arrested'), settings)?.terms).toEqual(termsOf('Lai'));

    const [xisha, paracel] = [entry('Xisha Islands'), entry('Haiyang Dizhi')];
    const common = termsOf(xisha[1]).filter((t) => termsOf(paracel[1]).includes(t) && !termsOf(`${xisha[0]} ${paracel[0]}`).includes(t));
    expect(common.length).toBeGreaterThanOrEqual(2);
    const both = new Map(common.map((t) => [t, 1]));
    expect(new DescribedNames([xisha]).describedBy(both, settings)).toEqual({ name: xisha[0], terms: termsOf(xisha[0]) });
    expect(new DescribedNames([xisha, paracel]).describedBy(both, settings)).toBeNull();
  });

  it('keeps the names seen and not described apart from the described ones', () => {
    const described = new Set(DESCRIBED_NAMES.map(([name]) => name));
    expect(NOT_DESCRIBED.filter((name) => described.has(name))).toEqual([]);
    expect(NOT_DESCRIBED).toContain('Australian Prime Minister Scott Morrison');
    expect(described.has('Scott Morrison')).toBe(true);
  });

  it('describes every listed name in words, never with a bare SKIP', () => {
    for (const [name, description] of DESCRIBED_NAMES) {
      expect(name.trim()).toBe(name);
      expect(description.split(/\s+/).length).toBeGreaterThanOrEqual(8);
      expect(description).not.toMatch(/\t|^SKIP$/);
    }
  });
});

describe('the Ministry\'s euphemism for the events of 1989', () => {
  it('reads a Tiananmen question as describing it, and the Great Hall of the People by its own words', () => {
    for (const q of ['Tiananmen anniversary', 'Tiananmen massacre', 'June Fourth crackdown Tiananmen']) {
      expect(described.describedBy(weights(q), settings)?.name, q).toBe('political disturbance in the late 1980s');
    }
    expect(described.describedBy(weights('banquet at the seat of the National People\'s Congress'), settings)?.name).toBe('Great Hall of the People');
  });
});
