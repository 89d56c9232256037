import { describe, expect, it } from 'vitest';
import { tellsOfTheTalk } from '../../src/search/talk-told.js';

const SPOKESPEOPLE = ['Hua Chunying', 'Geng Shuang', 'Lu Kang', 'Zhao Lijian'];
const told = (stated: string, after = 'What did he say?'): boolean => tellsOfTheTalk(stated, after, SPOKESPEOPLE, false);

describe('a question telling of the spokesperson\'s talk (talk-told.ts)', () => {
  it('reads the Ministry\'s spokesperson however the newsroom names the office', () => {
    expect(told('the spokesperson commented on Huawei')).toBe(true);
    expect(told('the Chinese FM spokesman commented on Huawei')).toBe(true); // review40 #6: was not read
    expect(told('the spokesperson of the Chinese Foreign Ministry commented on Huawei')).toBe(true);
    expect(told('the spokesperson at the press conference commented on Huawei')).toBe(true);
  });

  it('does not read another body\'s spokesperson as the Ministry\'s', () => {
    expect(told('the spokesperson of the Pentagon commented on Huawei')).toBe(false); // review40 #6: was read as the Ministry
    expect(told('the spokesman for the White House commented on Huawei')).toBe(false);
    expect(told('the FM spokesman commented on Huawei', 'What is China\'s response?')).toBe(false); // asks for a comment now
  });
});
