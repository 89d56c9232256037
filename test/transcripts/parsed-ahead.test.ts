import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseTranscriptFiles, type FileOutcome } from '../../src/transcripts/corpus.js';
import { readManifest, rowFacts } from '../../src/transcripts/manifest.js';
import { ParsedAhead } from '../../src/transcripts/parsed-ahead.js';

// Real 2026 pages with their manifest: a press conference, written remarks, and a statement whose title names no date (dated by its URL).
const SEEDS = 'seeds/site-2026';
const CONFERENCE = 't20260817_12005503.html';
const REMARKS = 't20260810_12001539.html';
const STATEMENT = 't20260718_11985618.html';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'spox-ahead-'));
  cpSync(SEEDS, dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Parses a page ahead as the sync does: its bytes, and the facts its own manifest row gives. */
function parseAhead(ahead: ParsedAhead, name: string, bytes = readFileSync(join(dir, name))): FileOutcome {
  const row = readManifest(dir).get(name)!;
  return ahead.parse(join(dir, name), bytes, { url: row.url, ...rowFacts(row.url, row.title) });
}

const transcriptOf = (outcomes: FileOutcome[], name: string) => {
  const outcome = outcomes.find((o) => o.file.endsWith(name));
  if (!outcome?.ok) throw new Error(`${name} did not parse: ${JSON.stringify(outcome)}`);
  return outcome.transcript;
};

describe('ParsedAhead', () => {
  it('hands a run the pages parsed ahead, equal to what the run would parse, each once', () => {
    const ahead = new ParsedAhead();
    const early = [CONFERENCE, REMARKS, STATEMENT].map((name) => parseAhead(ahead, name));
    const run = parseTranscriptFiles([dir], ahead);
    expect(run).toEqual(parseTranscriptFiles([dir]));
    for (const [i, name] of [CONFERENCE, REMARKS, STATEMENT].entries()) {
      const outcome = early[i]!;
      if (!outcome.ok) throw new Error(`${name}: ${outcome.error}`);
      expect(transcriptOf(run, name).records).toBe(outcome.transcript.records); // taken, not parsed again
    }
    expect(ahead.size).toBe(0);
    expect(transcriptOf(parseTranscriptFiles([dir], ahead), CONFERENCE).records).not.toBe(transcriptOf(run, CONFERENCE).records);
  });

  it('parses again a page whose file holds other bytes than those parsed ahead', () => {
    const ahead = new ParsedAhead();
    parseAhead(ahead, CONFERENCE);
    writeFileSync(join(dir, CONFERENCE), readFileSync(join(dir, REMARKS)));
    const conference = transcriptOf(parseTranscriptFiles([join(dir, CONFERENCE)], ahead), CONFERENCE);
    expect(conference.date).toBe('2026-08-10');
    expect(conference.title).toContain('Remarks on August 10, 2026');
  });

  it('parses again a page replaced by a file of the same size (as a download written and renamed over it)', () => {
    const ahead = new ParsedAhead();
    parseAhead(ahead, CONFERENCE);
    const edited = readFileSync(join(dir, CONFERENCE), 'utf8').replaceAll('China', 'Chine');
    writeFileSync(join(dir, 'draft'), edited);
    renameSync(join(dir, 'draft'), join(dir, CONFERENCE));
    expect(readFileSync(join(dir, CONFERENCE)).length).toBe(readFileSync(join(SEEDS, CONFERENCE)).length);
    const conference = transcriptOf(parseTranscriptFiles([join(dir, CONFERENCE)], ahead), CONFERENCE);
    const text = JSON.stringify(conference.records);
    expect(text).toContain('Chine');
    expect(text).not.toContain('China');
  });

  it('parses again a page whose manifest row gives other facts (the URL its citation links to)', () => {
    const ahead = new ParsedAhead();
    const conference = parseAhead(ahead, CONFERENCE);
    const manifest = join(dir, 'MANIFEST.tsv');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('202608/t20260817_12005503', '202608/t20260818_12005503'));
    const run = parseTranscriptFiles([dir], ahead);
    expect(run).toEqual(parseTranscriptFiles([dir]));
    expect(transcriptOf(run, CONFERENCE).url).toBe('https://www.mfa.gov.cn/eng/xw/fyrbt/lxjzh/202608/t20260818_12005503.html');
    expect(conference.ok && conference.transcript.url).toBe('https://www.mfa.gov.cn/eng/xw/fyrbt/lxjzh/202608/t20260817_12005503.html');
  });
});
