import type { SpoxSearch } from '../../src/search/types.js';

/**
 * The engine, each search told as it ends (`ended`, with its query): what a test orders a bot's
 * acknowledgements against, rather than timing them. Every other method is the engine's own.
 */
export function tellingSearchEnds(search: SpoxSearch, ended: (query: string) => void): SpoxSearch {
  return new Proxy(search, {
    get: (target, property) => {
      if (property === 'search') {
        return async (query: string, options?: Parameters<SpoxSearch['search']>[1]) => {
          const response = await target.search(query, options);
          ended(query);
          return response;
        };
      }
      const value = Reflect.get(target, property) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** Questions of many quoted common words and phrases, each among the slowest a bot is asked (explore32a F1). */
export const HEAVY_QUESTIONS = [
  '"Hong Kong" "the international community" "internal affairs" "the Japanese side" "the two countries" "the United States" "the one-China principle" "the Taiwan question" "I would like to" "the US side"',
  '"cooperation" "to" "peace" "of" "US" "world" "and" "the" "relations" "in" "China" "Kong" "countries" "Taiwan" "international" "development" "president" "security"',
  `"${'the of and to in China '.repeat(30).trim()}"`,
  '"we have noted" "relevant reports" "the Chinese government" "in the world" "we hope" "as I said" "the WHO" "the Chinese side"',
  'What did Hua Chunying Geng Shuang Zhao Lijian Lu Kang Wang Wenbin tell Reuters AFP Bloomberg CCTV AP NHK about Taiwan Hong Kong Xinjiang',
  '"the" "of" "and" "to" "in" "China" "US" "peace" "world" "people" "countries" "said"',
];
