import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { listTranscriptFiles } from '../../src/transcripts/corpus.js';
import { decodeTranscript } from '../../src/transcripts/decode.js';
import { firstGarbling, garbledFile, type GarbledPart } from '../../src/util/garbled-text.js';
import { SHARED_CORPUS } from '../shared-corpus.js';

const CSV = 'seeds/presscon/cmfa-presscon-v4-ukraine.csv';
const text = readFileSync(CSV, 'utf8');
/** Every character beyond ASCII the real sample holds: curly quotes, dashes, accented letters, Cyrillic, a full-width "？", U+2002. */
const beyond = [...new Set(text.match(/[^\x00-\x7f]/gu))];

/** A character's UTF-8 bytes as Windows-1252 shows them: the bytes it leaves undefined as Windows does, as their C1 controls. */
const asWindows1252 = (c: string): string =>
  [...Buffer.from(c, 'utf8')].map((b) => {
    const shown = iconv.decode(Buffer.from([b]), 'win1252');
    return shown === '\uFFFD' ? String.fromCharCode(b) : shown;
  }).join('');

describe('firstGarbling', () => {
  it('finds each character of the real sample beyond ASCII as its UTF-8 shows in Windows-1252 and in Latin-1, and says which it was', () => {
    expect(beyond.length).toBeGreaterThan(20);
    for (const c of beyond) {
      for (const shown of [asWindows1252(c), Buffer.from(c, 'utf8').toString('latin1')]) {
        const line = `China${shown}s position`;
        expect(firstGarbling(line), `${c} as ${JSON.stringify(shown)}`).toEqual({ index: 5, held: shown, meant: c });
      }
    }
    expect(asWindows1252('’')).toBe('â€™');
    expect(asWindows1252('é')).toBe('Ã©');
  });

  it('finds U+FFFD, and "â€" whose last byte a converter dropped (” is E2 80 9D, and Windows-1252 has no 9D)', () => {
    expect(firstGarbling('the joint communiqu\uFFFD on the 19th')).toEqual({ index: 19, held: '\uFFFD', meant: null });
    expect(firstGarbling('he said â€œyesâ€ and left')).toEqual({ index: 8, held: 'â€œ', meant: '“' });
    expect(firstGarbling('he said yesâ€ and left')).toEqual({ index: 11, held: 'â€', meant: null });
  });

  it('passes the text of every transcript and sheet of the real sample: no false alarm', () => {
    expect(firstGarbling(text)).toBeNull();
    const { files, failures } = listTranscriptFiles(['seeds', SHARED_CORPUS]);
    expect(failures).toEqual([]);
    expect(files.length).toBeGreaterThan(2000);
    expect(files.filter((file) => firstGarbling(decodeTranscript(readFileSync(file))) !== null)).toEqual([]);
  });

  it('takes a letter beyond ASCII beside punctuation for what it is ("José’s", "Côte d’Ivoire", "São")', () => {
    for (const line of ['President José’s visit', 'Côte d’Ivoire', 'São Paulo', 'Erdoğan’s — “Ünal”', 'ÇANAKKALE']) expect(firstGarbling(line)).toBeNull();
  });
});

describe('garbledFile', () => {
  const part = (name: string): GarbledPart => ({ name, text: 'Chinaâ€™s position', garbling: firstGarbling('Chinaâ€™s position')! });
  const parts = (count: number, unit = 'row'): GarbledPart[] => Array.from({ length: count }, (_, i) => part(`${unit} ${i + 2}`));

  it('says garbling runs through a file when 3 parts or more, and half of those beyond ASCII or more, are garbled', () => {
    expect(garbledFile([], 10, 'row', 'imported')).toBeNull();
    expect(garbledFile(parts(2), 2, 'row', 'imported')?.throughout).toBe(false); // one odd character, twice
    expect(garbledFile(parts(3), 3, 'row', 'imported')?.throughout).toBe(true);
    expect(garbledFile(parts(3), 6, 'row', 'imported')?.throughout).toBe(true);
    expect(garbledFile(parts(3), 7, 'row', 'imported')?.throughout).toBe(false);
    expect(garbledFile(parts(10), 477, 'row', 'imported')?.throughout).toBe(false);
  });

  it('names ten parts at most, the first three with the text around them and what they were', () => {
    const damage = garbledFile(parts(12, 'line'), 12, 'line', 'indexed')!;
    expect(damage.refusal).toMatch(
      /^12 lines, every one of the 12 that hold a character beyond ASCII, hold text garbled by a wrong encoding: line 2: "Chinaâ€™s position" \("â€™": ’ read as Windows-1252\), line 3: .*, line 4: .*, line 5, line 6, .*line 11, and 2 more; the file was read in a wrong encoding and saved again \(UTF-8 read as Windows-1252 shows each character beyond ASCII as two or three \("’" as "â€™"\)\); nothing of it is indexed, since its quotes would not be the Ministry's text$/,
    );
    expect(garbledFile(parts(1), 400, 'row', 'imported')!.warning).toBe(
      '1 row holds text garbled by a wrong encoding: row 2: "Chinaâ€™s position" ("â€™": ’ read as Windows-1252); ' +
        'imported as the file holds it, since the Ministry\'s own text may hold such a character: check it against the Ministry\'s page before quoting',
    );
  });
});
