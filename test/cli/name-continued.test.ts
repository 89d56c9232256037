import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import { nameContinued } from '../../src/cli/name-continued.js';
import { spokespersonMatches } from '../../src/search/filters.js';
import { SPOKESPEOPLE_ZH } from '../../src/transcripts/zh/names.js';

const SPOKESPEOPLE = [...SPOKESPEOPLE_ZH.values()];
const continued = (args: string[]) => {
  const { tokens } = parseArgs({ args, allowPositionals: true, tokens: true, options: { spokesperson: { type: 'string' }, k: { type: 'string' } } });
  return nameContinued(tokens, 'spokesperson', SPOKESPEOPLE, spokespersonMatches);
};

describe('a --spokesperson name typed without quotes (explore39)', () => {
  it('takes the word after a one-word value when the two name a spokesperson, a slip of a letter included', () => {
    expect(continued(['galwan', '--spokesperson', 'Geng', 'Shaung'])).toEqual({ value: 'Geng Shaung', named: ['Geng Shuang'], word: 'Shaung', positional: 1 });
    expect(continued(['--spokesperson', 'Zhao', 'Lijian', 'galwan'])).toEqual({ value: 'Zhao Lijian', named: ['Zhao Lijian'], word: 'Lijian', positional: 0 });
    expect(continued(['--spokesperson=Hua', 'Chunying', 'Huawei'])).toMatchObject({ value: 'Hua Chunying', positional: 0 });
  });

  it('leaves the question its words: a word naming no one with the value, a quoted name, an option after it', () => {
    expect(continued(['--spokesperson', 'Geng', 'galwan'])).toBeNull();
    expect(continued(['--spokesperson', 'Hua', 'Huawei'])).toBeNull();
    expect(continued(['--spokesperson', 'Hua Chunying', 'Huawei'])).toBeNull();
    expect(continued(['galwan', '--spokesperson', 'Geng', '--k', '3'])).toBeNull();
    expect(continued(['galwan', 'Shuang'])).toBeNull();
  });
});
