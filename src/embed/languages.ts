/**
 * Whether an embedding model reads Chinese, judged by its name: the default English model
 * (all-MiniLM-L6-v2) does not, and its vectors of Chinese text would match English queries at random.
 * Multilingual models say so in their names (`Xenova/paraphrase-multilingual-MiniLM-L12-v2`,
 * `Xenova/multilingual-e5-small`, `Xenova/bge-m3`, LaBSE, or a Chinese model).
 */
export function readsChinese(model: string): boolean {
  return /multilingual|bge-m3|labse|xlm|chinese|[-_/]zh\b|text2vec/i.test(model);
}
