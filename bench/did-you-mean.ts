import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadQuerySet } from '../src/eval/queries.js';
import { readLexicalIndex } from '../src/search/lexical-file.js';
import { openSearch } from '../src/search/open.js';
import { suggestedSpelling, type SpellingCorpus } from '../src/search/spelling.js';
import { normalizeTerm } from '../src/search/terms.js';
import { currentGeneration, indexDirFromEnv } from '../src/store/layout.js';

/**
 * How often "Did you mean" suggests for words it should not (eval/README.md, **Did you mean**), on the
 * index of SPOX_INDEX_DIR (`index/`):
 * - `npm run bench:spelling -- words FILE`: each word of FILE (one a line, as a dictionary lists
 *   them: /usr/share/dict/words) that no record holds, alone as a question, the lower-case words and
 *   the capitalised ones counted apart: real words, so every suggestion is a false one (`--list`
 *   prints them);
 * - `npm run bench:spelling -- queries`: every query of eval/queries.json and eval/queries-zh.json,
 *   with what it suggests, for comparing two versions line by line.
 */
const { values, positionals } = parseArgs({ allowPositionals: true, options: { list: { type: 'boolean', default: false } } });
const [mode, file] = positionals;
const indexDir = indexDirFromEnv();
const generation = currentGeneration(indexDir);
if (!generation) {
  console.error(`bench:spelling: no index in ${indexDir}: run npm run index first`);
  process.exit(1);
}

if (mode === 'words' && file) {
  const index = readLexicalIndex(generation);
  const texts = new Map<string, string>();
  for (const line of readFileSync(join(generation, 'records.jsonl'), 'utf8').split('\n')) {
    if (!line) continue;
    const record = JSON.parse(line) as { id: string; question?: string; answer: string; lang?: string };
    if (record.lang !== 'zh') texts.set(record.id, `${record.question ?? ''} ${record.answer}`);
  }
  const corpus: SpellingCorpus = { index, text: (id) => texts.get(id) };
  const kinds = { 'lower case': /^[a-z]{3,}$/, capitalised: /^[A-Z][a-z]{2,}$/ };
  for (const [kind, shape] of Object.entries(kinds)) {
    let tried = 0;
    let suggested = 0;
    const started = performance.now();
    for (const word of readFileSync(file, 'utf8').split('\n').map((w) => w.trim())) {
      const term = shape.test(word) ? normalizeTerm(word) : null;
      if (!term || index.documentFrequency(term) > 0) continue;
      tried++;
      const suggestion = suggestedSpelling(word, word, term, corpus);
      if (!suggestion) continue;
      suggested++;
      if (values.list) console.log(`${word} -> ${suggestion}`);
    }
    const each = tried > 0 ? (performance.now() - started) / tried : 0;
    console.log(`${kind}: ${tried} words no record holds, ${suggested} given a suggestion, ${each.toFixed(2)} ms each`);
  }
} else if (mode === 'queries') {
  const search = await openSearch(indexDir, { embedder: null });
  for (const path of ['eval/queries.json', 'eval/queries-zh.json']) {
    for (const query of loadQuerySet(path)) {
      const { total, missing } = await search.search(query.query);
      const words = missing.didYouMean?.words.map((w) => `${w.typed} -> ${w.suggested}`).join(', ') ?? '-';
      console.log([query.id, total, JSON.stringify(missing.inNoRecord), words].join('\t'));
    }
  }
} else {
  console.error('bench:spelling: give "words FILE" (a word a line) or "queries"');
  process.exit(2);
}
