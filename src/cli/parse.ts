import { parseArgs } from 'node:util';
import { parseTranscriptFiles } from '../transcripts/corpus.js';
import { outcomeToJson } from '../transcripts/json.js';

const USAGE = 'usage: npm run parse -- [--json] <files or folders…>';

function main(): number {
  let args;
  try {
    args = parseArgs({ options: { json: { type: 'boolean', default: false } }, allowPositionals: true });
  } catch (err) {
    console.error(`parse: ${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.positionals.length === 0) {
    console.error(`parse: name at least one file or folder\n${USAGE}`);
    return 2;
  }
  const outcomes = parseTranscriptFiles(args.positionals);
  let failed = 0;
  for (const outcome of outcomes) {
    if (!outcome.ok) failed++;
    if (args.values.json) {
      console.log(JSON.stringify(outcomeToJson(outcome)));
    } else if (outcome.ok) {
      const t = outcome.transcript;
      const exchanges = t.records.filter((r) => r.kind === 'exchange').length;
      const statements = t.records.length - exchanges;
      console.log(`${t.date}  ${t.spokesperson.padEnd(13)} ${String(exchanges).padStart(3)} exchanges, ${statements} statements  ${outcome.file}`);
    } else {
      console.error(`error: ${outcome.file}: ${outcome.error}`);
    }
  }
  if (!args.values.json) {
    console.log(`${outcomes.length - failed} files ok, ${failed} failed`);
  }
  return failed > 0 ? 1 : 0;
}

process.exitCode = main();
