import { describe, expect, it } from 'vitest';
import { speakerIntent } from '../../src/search/speaker.js';

const SPOKESPEOPLE = ['Geng Shuang', 'Hua Chunying', 'Lu Kang', 'Mao Ning', "Ministry Spokesperson's Office", 'Unknown spokesperson', 'Zhao Lijian'];
const read = (q: string) => speakerIntent(q, SPOKESPEOPLE);

describe('a spokesperson the question names as the speaker', () => {
  it('is read as who spoke, and taken out of the words searched', () => {
    expect(read('What did Zhao Lijian say about Hong Kong?')).toEqual({ query: 'What did say about Hong Kong?', spokesperson: 'Zhao Lijian' });
    expect(read("hua chunying's comments on Pompeo")).toEqual({ query: 'Pompeo', spokesperson: 'Hua Chunying' });
    expect(read('Lu Kang on the trade war')).toEqual({ query: 'the trade war', spokesperson: 'Lu Kang' });
    expect(read('Geng Shuang: Huawei')).toEqual({ query: 'Huawei', spokesperson: 'Geng Shuang' });
    expect(read('What does Zhao  Lijian think of Pompeo?')).toEqual({ query: 'What does think of Pompeo?', spokesperson: 'Zhao Lijian' });
    expect(read('华春莹谈台湾')).toEqual({ query: '台湾', spokesperson: 'Hua Chunying' });
    expect(read('华春莹：日本')).toEqual({ query: '日本', spokesperson: 'Hua Chunying' });
    expect(read('What did 华春莹 say about Hong Kong?')).toEqual({ query: 'What did say about Hong Kong?', spokesperson: 'Hua Chunying' });
  });

  it('is the topic when the question is about what was said, when nothing else is asked, or when two are named', () => {
    for (const q of [
      "Zhao Lijian's tweet about the US army",
      'What did Geng Shuang and Hua Chunying say on trade?',
      '赵立坚推特',
      'What did Mao say about Taiwan?',
      'What did Lu Shaye say about Canada?',
      // What a spokesperson said is the topic here, not who answered.
      "China's response to Zhao Lijian's remarks on the US army",
      'Why did Zhao Lijian say the US army brought the virus to Wuhan?',
      'Zhao Lijian said US army may have brought virus to Wuhan',
      "Reporters asked about Zhao Lijian's remarks",
      'the appointment of Hua Chunying',
    ]) {
      expect(read(q), q).toEqual({ query: q, spokesperson: null });
    }
  });

  it('stands alone when nothing else is asked: the engine reads it as the speaker only beside dates', () => {
    expect(read('What did Zhao Lijian say?')).toEqual({ query: 'What did say?', spokesperson: 'Zhao Lijian', alone: true });
    expect(read('Zhao Lijian')).toEqual({ query: '', spokesperson: 'Zhao Lijian', alone: true });
    expect(read('spokesperson Geng Shuang')).toEqual({ query: 'spokesperson', spokesperson: 'Geng Shuang', alone: true });
    expect(read('赵立坚')).toEqual({ query: '', spokesperson: 'Zhao Lijian', alone: true });
  });
});
