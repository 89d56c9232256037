import { slackManifest } from '../slack/manifest.js';

const USAGE = `usage: npm run slack:manifest [-- --http https://your.host]
Prints the Slack app manifest (JSON) for api.slack.com/apps → Create New App → From a manifest.
Default: Socket Mode. --http URL: HTTP mode, requests to URL/slack/events.`;

/** Prints the manifest; resolves with the exit code. */
export function main(argv: string[], out: (text: string) => void = (t) => process.stdout.write(t), err = (t: string) => process.stderr.write(t)): number {
  let requestUrl: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') {
      out(`${USAGE}\n`);
      return 0;
    }
    if (arg === '--http') {
      const value = argv[++i];
      if (!value || !/^https:\/\/[^\s/]+/.test(value)) {
        err(`--http needs the app's public https URL, e.g. --http https://spox.example.org\n${USAGE}\n`);
        return 2;
      }
      requestUrl = value;
      continue;
    }
    err(`unknown argument ${JSON.stringify(arg)}\n${USAGE}\n`);
    return 2;
  }
  out(`${JSON.stringify(slackManifest(requestUrl ? { requestUrl } : {}), null, 2)}\n`);
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));
