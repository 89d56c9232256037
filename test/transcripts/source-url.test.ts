import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citation } from '../../src/answers/citation.js';
import { briefingMessage } from '../../src/discord/briefing-message.js';
import { hitCard } from '../../src/discord/cards.js';
import { quoteButtons } from '../../src/discord/quote-buttons.js';
import { recordMessages } from '../../src/discord/record-message.js';
import { citationMessage, recordMessages as slackRecordMessages } from '../../src/slack/cards.js';
import { buildIndex } from '../../src/store/build.js';
import { currentGeneration } from '../../src/store/layout.js';
import { readRecordStore } from '../../src/store/records-file.js';
import { toBriefingSummary, toIndexedRecords } from '../../src/store/records.js';
import type { IndexedRecord } from '../../src/store/types.js';
import { parseSourceFiles } from '../../src/transcripts/sources.js';
import { sourceUrlProblem } from '../../src/transcripts/source-url.js';
import { readManifest } from '../../src/transcripts/manifest.js';
import type { Transcript } from '../../src/transcripts/types.js';

const PAGES = ['t1558711.shtml', 't1559978.shtml', 't1560357.shtml'];
const BAD_URLS = ['javascript:alert(1)', 'https://evil.example.com/fake.html', 'https://www.fmprc.gov.cn/x)[click here](https://evil.example.com'];
const dir = mkdtempSync(join(tmpdir(), 'spox-urls-'));
const folder = join(dir, 'added');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const manifestRows = readFileSync('seeds/mfa-en/MANIFEST.tsv', 'utf8').trim().split('\n');

beforeAll(() => {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder);
  const rows = PAGES.map((page, i) => {
    copyFileSync(join('seeds/mfa-en', page), join(folder, page));
    const cells = manifestRows.find((r) => r.startsWith(`${page}\t`))!.split('\t');
    cells[1] = BAD_URLS[i]!;
    return cells.join('\t');
  });
  writeFileSync(join(folder, 'MANIFEST.tsv'), [manifestRows[0], ...rows].join('\n') + '\n');
});

describe('the source URL rule', () => {
  it('accepts every URL of the bundled manifests and every link of the PressCon sample', () => {
    const urls = manifestRows.slice(1).map((r) => r.split('\t')[1]!);
    const zh = readFileSync('seeds/mfa-zh/MANIFEST.tsv', 'utf8').trim().split('\n').slice(1).map((r) => r.split('\t')[1]!);
    const presscon = [...readFileSync('seeds/presscon/cmfa-presscon-v4-ukraine.csv', 'utf8').matchAll(/,(https?:\/\/[^,"]+),/g)].map((m) => m[1]!);
    expect(presscon.length).toBeGreaterThan(600);
    for (const url of [...urls, ...zh, ...presscon]) expect([url, sourceUrlProblem(url)]).toEqual([url, null]);
  });

  it('refuses other schemes, other sites and link markup, saying what is wrong', () => {
    expect(sourceUrlProblem('javascript:alert(1)')).toMatch(/not an http\(s\) URL/);
    expect(sourceUrlProblem('https://evil.example.com/fake.html')).toBe("evil.example.com is not the Ministry's site (mfa.gov.cn, fmprc.gov.cn)");
    expect(sourceUrlProblem(BAD_URLS[2]!)).toMatch(/white space|the character \)/);
    expect(sourceUrlProblem('https://www.fmprc.gov.cn/a b.html')).toMatch(/white space/);
    expect(sourceUrlProblem('https://fmprc.gov.cn.evil.example.com/x.html')).toMatch(/not the Ministry's site/);
    expect(sourceUrlProblem('https://user@www.mfa.gov.cn/x.html')).toMatch(/user name/);
    expect(sourceUrlProblem('http://web.archive.org/web/2003/http://evil.example.com/t1.htm')).toMatch(/not the Ministry's site/);
    // Characters that parse but show a link as another address, and a scheme without its slashes.
    expect(sourceUrlProblem('https://www.fmprc.gov.cn/\u202egnp.exe')).toBe('it contains the character U+202E, which a link should not hold');
    expect(sourceUrlProblem('https://www.fmprc.gov.cn/a\u200b.evil.com/')).toMatch(/U\+200B/);
    expect(sourceUrlProblem('http://www.mfa.gov.cn/x\u0000y')).toMatch(/U\+0000/);
    expect(sourceUrlProblem('https://evil.com\u3002fmprc.gov.cn/x')).toMatch(/U\+3002/);
    expect(sourceUrlProblem('https:www.fmprc.gov.cn/x')).toBe('it does not start with http:// or https://');
    // A local mirror on the IPv6 loopback is the machine itself; brackets elsewhere are link markup.
    expect(sourceUrlProblem('http://[::1]:18080/mfa_eng/t1.shtml')).toBeNull();
    expect(sourceUrlProblem('http://www.fmprc.gov.cn/[x]')).toMatch(/the character \[/);
  });
});

describe('a MANIFEST.tsv with forged URLs', () => {
  it('indexes its pages without a link, warning once per row with the manifest file and line', async () => {
    const indexDir = join(dir, 'index');
    const log: string[] = [];
    await buildIndex({ sources: [folder], indexDir, embedder: null, log: (l) => log.push(l) });
    const { records } = readRecordStore(currentGeneration(indexDir)!);
    expect(new Set(records.map((r) => r.date))).toEqual(new Set(['2018-05-11', '2018-05-16', '2018-05-17']));
    expect(records.every((r) => r.url === null)).toBe(true);
    const warnings = log.filter((l) => l.startsWith('warning:'));
    expect(warnings).toHaveLength(3);
    expect(warnings[0]).toBe(
      `warning: ${join(folder, 'MANIFEST.tsv')} line 2: url "javascript:alert(1)" refused (it is not an http(s) URL (javascript:)): ` +
        `${join(folder, PAGES[0]!)} is indexed without a link (no source URL known)`,
    );
    expect(warnings[1]).toContain('line 3: url "https://evil.example.com/fake.html" refused');
    expect(warnings[2]).toContain('line 4: url');
  });

  it('parse says the same and still parses the pages', async () => {
    const outcomes = await parseSourceFiles([folder]);
    expect(outcomes.every((o) => o.ok && o.transcript.url === null && o.warnings?.length === 1)).toBe(true);
  });
});

describe('renderers given an index an older version built', () => {
  let record: IndexedRecord;
  let briefing: IndexedRecord[];
  let transcript: Transcript;
  beforeAll(async () => {
    const [outcome] = await parseSourceFiles([join('seeds/mfa-en', PAGES[1]!)]);
    if (!outcome?.ok) throw new Error('seed did not parse');
    transcript = outcome.transcript;
    briefing = toIndexedRecords(transcript);
    record = briefing.find((r) => r.kind === 'exchange')!;
  });

  for (const url of BAD_URLS) {
    it(`make no link of ${url}, and do not throw`, () => {
      const forged = { ...record, url };
      const hit = hitCard({ record: forged, quote: forged.answer.slice(0, 100) }, { index: 0, total: 1, mode: 'lexical' }).toJSON();
      expect(hit.url).toBeUndefined();
      const buttons = quoteButtons(forged, [], { fullAnswer: true }).map((b) => b.toJSON());
      expect(buttons.some((b) => 'url' in b)).toBe(false);
      const full = recordMessages(forged, { withQuestion: true }).flatMap((m) => m.components.flatMap((c) => c.toJSON().components));
      expect(JSON.stringify(full)).not.toContain('evil');
      const message = briefingMessage({ summary: { ...toBriefingSummary(transcript), url }, records: briefing }, url);
      expect(message.embeds[0]!.toJSON().url).toBeUndefined();
      expect(JSON.stringify(message.components.map((c) => c.toJSON()))).not.toMatch(/evil|javascript/);
      for (const format of ['plain', 'footnote'] as const) {
        const text = citation(forged, [], { format, maxChars: 4000 });
        expect(text).not.toContain(url);
        // Its refused link is not given: the citation says it has none (fix33-bots).
        expect(text).toMatch(/no link to the Ministry/i);
      }
      const slack = JSON.stringify([citationMessage(forged, []), ...slackRecordMessages(forged, { withQuestion: true, share: false })]);
      expect(slack).not.toContain('evil.example.com');
      expect(slack).not.toContain('javascript:');
    });
  }

  it('keep the link of a URL the rule accepts', () => {
    const hit = hitCard({ record, quote: record.answer.slice(0, 100) }, { index: 0, total: 1, mode: 'lexical' }).toJSON();
    expect(hit.url).toBe(record.url);
    expect(quoteButtons(record, [], { fullAnswer: false }).map((b) => b.toJSON()).filter((b) => 'url' in b)).toHaveLength(1);
  });
});

describe('a MANIFEST.tsv saved with a byte-order mark (Excel, Notepad)', () => {
  it('is read as without it: its first column is still "file"', () => {
    const dir = mkdtempSync(join(tmpdir(), 'spox-bom-'));
    try {
      writeFileSync(join(dir, 'MANIFEST.tsv'), `\uFEFF${manifestRows.slice(0, 2).join('\n')}\n`);
      const [file, url] = manifestRows[1]!.split('\t');
      expect(readManifest(dir).get(file!)?.url).toBe(url);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
