import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readManifest } from '../src/transcripts/manifest.js';

/**
 * Every bundled folder but the Chinese pages: what most tests index (the Chinese pages quadruple the
 * lexical index's build time).
 */
export const ENGLISH_SEEDS = ['seeds/mfa-en', 'seeds/plain-text', 'seeds/site-2026', 'seeds/presscon'];

/**
 * Briefings the bilingual tests index: Huawei, Meng Wanzhou, a merged follow-up, an extra Chinese
 * turn, outlets and an opening statement (2020), the Hong Kong NSL (2020-07-01), and a 2016 page with no English counterpart.
 */
export const SAMPLE_DATES = ['2016-11-15', '2019-01-25', '2019-03-06', '2019-05-20', '2020-06-01', '2020-06-15', '2020-07-01'];

/** Copies the bundled pages of `dates` from `from` into `to`, with their manifest rows. */
function copyPages(from: string, to: string, dates: string[]): number {
  mkdirSync(to);
  const [header, ...rows] = readFileSync(join(from, 'MANIFEST.tsv'), 'utf8').trim().split('\n');
  const dated = readManifest(from);
  const wanted = rows.filter((row) => dates.includes(dated.get(row.split('\t')[0]!)?.date ?? ''));
  for (const row of wanted) copyFileSync(join(from, row.split('\t')[0]!), join(to, row.split('\t')[0]!));
  writeFileSync(join(to, 'MANIFEST.tsv'), [header, ...wanted].join('\n') + '\n');
  return wanted.length;
}

/**
 * A temp folder with the bundled English (`en/`) and Chinese (`zh/`) pages of the given dates, as
 * the site served them; `remove` deletes it.
 */
export function bilingualSample(dates: string[] = SAMPLE_DATES): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'spox-bilingual-'));
  copyPages('seeds/mfa-en', join(dir, 'en'), dates);
  if (copyPages('seeds/mfa-zh', join(dir, 'zh'), dates) !== dates.length) throw new Error(`a Chinese page of ${dates.join(', ')} is missing`);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
