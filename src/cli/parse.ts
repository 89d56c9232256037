import { parseSourceFiles } from '../transcripts/sources.js';
import { outcomeToJson } from '../transcripts/json.js';
import { plural } from '../util/plural.js';
import { endQuietlyWhenPipeCloses } from './closed-pipe.js';
import { errorLine, outputLine } from './output.js';
import { parseCommandArgs } from './options.js';

endQuietlyWhenPipeCloses();

const USAGE = 'usage: npm run parse -- [--json] <files or folders…>';

async function main(): Promise<number> {
  const args = parseCommandArgs('parse', USAGE, { options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } }, allowPositionals: true });
  if (!args) return 2;
  if (args.values.help) {
    console.log(USAGE);
    return 0;
  }
  if (args.positionals.length === 0) {
    console.error(`parse: name at least one file or folder\n${USAGE}`);
    return 2;
  }
  const outcomes = await parseSourceFiles(args.positionals);
  let failed = 0;
  for (const outcome of outcomes) {
    if (!outcome.ok) failed++;
    else for (const warning of outcome.warnings ?? []) errorLine(`warning: ${warning}`);
    if (args.values.json) {
      console.log(JSON.stringify(outcomeToJson(outcome)));
    } else if (outcome.ok) {
      const t = outcome.transcript;
      const exchanges = t.records.filter((r) => r.kind === 'exchange').length;
      const statements = t.records.length - exchanges;
      outputLine(`${t.date}  ${t.spokesperson.padEnd(13)} ${plural(exchanges, 'exchange').padStart(13)}, ${plural(statements, 'statement')}  ${outcome.file}`);
    } else {
      errorLine(`error: ${outcome.file}: ${outcome.error}`);
    }
  }
  if (!args.values.json) {
    // A research-corpus spreadsheet yields one transcript per date, and reports malformed rows one by one.
    console.log(`${plural(outcomes.length - failed, 'transcript')} ok, ${failed} failed`);
  }
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => (process.exitCode = code),
  (err: Error) => {
    errorLine(`parse failed: ${err.message}`);
    process.exitCode = 1;
  },
);
