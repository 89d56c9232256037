import './load-env.js';
import { existsSync, lstatSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { timelinePng } from '../answers/chart.js';
import { partWords, searchTimeline, timelineSummary } from '../answers/timeline.js';
import { LANGUAGE_NAMES, questionLanguage } from '../answers/held-words.js';
import { nothingRelevantText } from '../answers/totals.js';
import { plural, recordsCountWords } from '../answers/wording.js';
import { openSearch } from '../search/open.js';
import { checkSearchRequest } from '../search/request.js';
import { filterWordsIn, timelineFilterWordsText } from '../answers/inline-filters.js';
import { NOTHING_TO_SEARCH, questionWords } from '../answers/query-text.js';
import { notATimelineTopic } from '../answers/timeline-topic.js';
import { indexDirFromEnv } from '../store/layout.js';
import { ensureIndex } from './ensure-index.js';
import { loadModelOrWarn } from './model.js';
import { endQuietlyWhenPipeCloses } from './closed-pipe.js';
import { parseCommandArgs } from './options.js';
import { errorLine, outputLine } from './output.js';

endQuietlyWhenPipeCloses();

const USAGE = 'usage: npm run timeline -- "<topic>" [--out file.png]';

async function main(): Promise<number> {
  const args = parseCommandArgs('timeline', USAGE, { allowPositionals: true, options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } } });
  if (!args) return 2;
  if (args.values.help) {
    console.log(USAGE);
    return 0;
  }
  const typed = args.positionals.join(' ').trim();
  if (!typed) {
    console.error(`timeline: give a topic\n${USAGE}`);
    return 2;
  }
  const checked = checkSearchRequest({ question: typed }, () => 'the topic');
  if (!checked.ok) {
    errorLine(`timeline: ${checked.problem}`);
    return 2;
  }
  // The bots' filter words, refused as the bots refuse them: "from: 2019-01-01" read as words charted January 2019.
  const filterWords = filterWordsIn(checked.query);
  if (filterWords.length > 0) {
    errorLine(`timeline: ${timelineFilterWordsText(filterWords, { timeline: (t) => `\`npm run timeline -- "${t}"\``, search: '`npm run ask -- "Meng Wanzhou" --outlet Reuters`' })}`);
    return 2;
  }
  const notATopic = notATimelineTopic(checked.query, (typed) => `npm run ask -- "${typed}"`);
  if (notATopic) {
    errorLine(`timeline: ${notATopic}`);
    return 2;
  }
  // Read as the bots read a topic (links, chat markup and control characters left out), as `ask` reads a question.
  const topic = questionWords(checked.query);
  if (!topic) {
    errorLine(`timeline: ${NOTHING_TO_SEARCH.replace(/^Your question/, 'the topic')}`);
    return 2;
  }
  const out = args.values.out;
  const outProblem = out === undefined ? null : chartFileProblem(out);
  if (outProblem) {
    errorLine(`timeline: ${outProblem}`);
    return 2;
  }
  const indexDir = indexDirFromEnv();
  const embedder = await loadModelOrWarn();
  await ensureIndex(indexDir, embedder);
  const search = await openSearch(indexDir, { embedder, log: (line) => console.error(line) });
  const response = await search.search(topic, { k: 0, wordsTogether: true, comparedAsSpan: true });
  if (response.total === 0) {
    // As /timeline says it: the words no exchange holds, or the dates asked that hold no briefing, not "never came up".
    console.log(nothingRelevantText(search, response));
    if (out) {
      console.log();
      outputLine(`no chart written to ${out}: nothing to draw`);
    }
    return 0;
  }
  const timeline = searchTimeline(search, topic, response);
  console.log(timelineSummary(timeline, plural));
  const widest = Math.max(1, ...timeline.months.map((m) => m.count));
  for (const m of timeline.months) {
    const bar = `${m.month}  ${String(m.count).padStart(3)}  ${'█'.repeat(Math.round((40 * m.count) / widest))}`;
    const unheld = m.heldIn ? `no ${LANGUAGE_NAMES[questionLanguage(topic)]} briefing indexed (${LANGUAGE_NAMES[m.heldIn]} held)` : 'no briefing indexed';
    const marks = [m.imported ? 'imported pairs only' : '', m.part ? `only ${partWords(m.part)} indexed` : ''].filter(Boolean).join('; ');
    console.log(!m.held ? `${m.month}    ·  ${unheld}` : marks ? `${bar}${m.count > 0 ? ' ' : ''} ◦ ${marks}` : bar);
  }
  if (timeline.busiest.length > 0) {
    console.log('\nBusiest months:');
    for (const m of timeline.busiest) {
      console.log(`  ${m.month}: ${recordsCountWords(m.count, m.statements)}`);
      for (const b of m.briefings) console.log(`    ${b.date} (${b.count})  ${b.url ?? '(no transcript link known)'}`);
    }
  }
  if (out) {
    writeFileSync(out, await timelinePng(timeline));
    console.log();
    outputLine(`chart written to ${out}`);
  }
  return 0;
}

/**
 * What is wrong with `--out` as the chart's file, or null: it must end in .png, in a folder that
 * exists, and be no folder itself. An existing file is replaced; a symbolic link is refused, since
 * writing through it would replace whatever file it points to (on a shared server, another's).
 */
function chartFileProblem(out: string): string | null {
  if (!/\.png$/i.test(out)) return `--out must name a .png file, not "${out}"`;
  const folder = dirname(resolve(out));
  if (!existsSync(folder)) return `--out names a file in ${folder}/, which does not exist`;
  let stat;
  try {
    stat = lstatSync(out);
  } catch {
    return null;
  }
  if (stat.isSymbolicLink()) return `--out ${out} is a symbolic link: name the file itself (spox does not write through a link, which would replace the file it points to)`;
  if (stat.isDirectory()) return `--out ${out} is a folder: name a .png file to write`;
  if (!stat.isFile()) return `--out ${out} is not a regular file (a device or a FIFO): name a .png file to write`;
  return null;
}

main().then(
  (code) => (process.exitCode = code),
  (err: Error) => {
    errorLine(`timeline failed: ${err.message}`);
    process.exitCode = 1;
  },
);
