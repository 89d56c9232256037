import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseTranscriptFiles } from '../../src/transcripts/corpus.js';
import { SITE_PAGES, syncHarness } from './fake-site.js';

const CONFERENCE = '/eng/xw/fyrbt/lxjzh/202608/t20260817_12005503.html';
const original = readFileSync(join(SITE_PAGES, CONFERENCE), 'utf8');

/** The real August 17 page as a site serving Windows-1252 would: every character of it has a byte there, curly quotes included. */
function asWindows1252(declared: string | null): Buffer {
  const html = declared === null ? original.replace(/<meta charset="utf-8">/i, '') : original.replace(/<meta charset="utf-8">/i, `<meta charset="${declared}">`);
  return iconv.encode(html, 'windows-1252');
}

const { site, root, sync } = syncHarness('spox-sync-encoding-');

describe('a transcript page the site serves in Windows-1252', () => {
  it('is read by the charset it declares (ISO-8859-1 read as browsers read it), into the records of the UTF-8 page', async () => {
    expect(original).toMatch(/[“”’]/); // bytes 0x91-0x94 in Windows-1252, control characters in strict Latin-1
    site.set(CONFERENCE, { kind: 'bytes', body: asWindows1252('ISO-8859-1'), charset: 'ISO-8859-1' });
    const { report } = await sync();
    expect(report.failed.map((f) => f.url)).not.toContain(site.origin + CONFERENCE);
    const [kept] = parseTranscriptFiles([join(root(), 'data', CONFERENCE)]);
    const [utf8] = parseTranscriptFiles([join(SITE_PAGES, CONFERENCE)]);
    expect(kept?.ok && utf8?.ok).toBe(true);
    if (!kept?.ok || !utf8?.ok) return;
    expect(kept.transcript.records.length).toBeGreaterThan(5);
    expect(kept.transcript.records.map((r) => r.answer)).toEqual(utf8.transcript.records.map((r) => r.answer));
  });

  it('that declares no charset is reported as not UTF-8, with no advice to save a file nobody saved', async () => {
    site.set(CONFERENCE, { kind: 'bytes', body: asWindows1252(null) });
    const { report } = await sync();
    const failure = report.failed.find((f) => f.url === site.origin + CONFERENCE);
    expect(failure?.error).toBe('not a transcript: not UTF-8 text, and no other charset declared in a <meta> tag');
  });

  it('in UTF-16 is reported as UTF-16 text, with no advice to save a file nobody saved', async () => {
    site.set(CONFERENCE, { kind: 'bytes', body: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(original, 'utf16le')]) });
    const { report } = await sync();
    const failure = report.failed.find((f) => f.url === site.origin + CONFERENCE);
    expect(failure?.error).toBe('not a transcript: UTF-16 text (it starts with a UTF-16 byte-order mark)');
  });
});
