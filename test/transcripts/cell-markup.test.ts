import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { markupIn, markupText } from '../../src/transcripts/cell-markup.js';
import type { FileOutcome } from '../../src/transcripts/corpus.js';
import { readPressConFile } from '../../src/transcripts/presscon.js';

const CSV = 'seeds/presscon/cmfa-presscon-v4-ukraine.csv';
const dir = mkdtempSync(join(tmpdir(), 'spox-cell-markup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `text` with `from` (met once, in the row whose ids begin `ids`) replaced by `to`. */
function inRow(text: string, ids: string, from: string, to: string): string {
  const start = text.indexOf(`\n${ids},`);
  const at = text.indexOf(from, start);
  expect(start, ids).toBeGreaterThan(0);
  expect(at, from).toBeGreaterThan(start);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

const transcripts = (outcomes: FileOutcome[]) => outcomes.flatMap((o) => (o.ok ? [{ ...o.transcript, file: '' }] : []));
const warnings = (outcomes: FileOutcome[]) => outcomes.flatMap((o) => (o.ok ? o.warnings ?? [] : []));

describe('HTML in a PressCon cell (hunt-I #7)', () => {
  it('is read as a page\'s text is read, so the quote is the plain row\'s, and the rows are named in a warning', async () => {
    const text = readFileSync(CSV, 'utf8');
    // The sample's first three rows (2 and 3 of 2002-11-19, 4 of 2002-11-26) as a tool copying a page's source writes them.
    let marked = inRow(text, '103,103,111', 'Yesterday, China', '<p>Kong Quan: Yesterday,&nbsp;Chi&#110;a');
    marked = inRow(marked, '103,103,111', 'President Kuchma of Ukraine on', 'President <a href=\'http://evil.example/\'>Kuchma</a> of Ukraine on');
    marked = inRow(marked, '104,104,112', 'On the first question, I have not heard of it.', '<script>alert(1)</script>On the first question, <B>I have not heard of it</B>.');
    marked = inRow(marked, '123,123,134', 'China has all along', 'China has all&nbsp;along');
    const file = join(dir, 'marked.csv');
    writeFileSync(file, marked);
    const read = await readPressConFile(file);
    const plain = await readPressConFile(CSV);
    // Before, `<script>alert(1)</script>On the first question, <B>I have …` was quoted, `&nbsp;` and all.
    expect(transcripts(read)).toEqual(transcripts(plain));
    const said = warnings(read).filter((w) => w.includes('HTML'));
    expect(said).toEqual([
      `${file}: 3 rows hold HTML in the question or answer (<p>, &nbsp;, &#110;, <a>, </a>, and 4 more), not the plain text the corpus gives: ` +
      'row 2 (103, 2002-11-19), row 3 (104, 2002-11-19), row 4 (123, 2002-11-26); read as a page\'s text is read (tags dropped, scripts left out, ' +
      'entities such as &amp; decoded): check their quotes against the Ministry\'s page before citing them',
    ]);
    expect(JSON.stringify(read)).not.toContain('evil.example');
  });

  it('leaves text alone that only looks like markup: a title in angle brackets, an ampersand', () => {
    expect(markupIn('The <Art of War> and AT&T & co; Q&A')).toEqual([]);
    expect(markupIn('We <b>firmly</b> oppose<br/> it &amp; more')).toEqual(['<b>', '</b>', '<br>', '&amp;']);
    expect(markupText('<b>On</b> the book <Art of War>, AT&T said&nbsp;so.<br>Next')).toBe('On the book <Art of War>, AT&T said\u00a0so.\nNext');
    expect(markupText('<p>One</p><p>Two<style>p{}</style></p>')).toBe('\nOne\n\nTwo\n');
  });
});
