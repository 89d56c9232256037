import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { termsFingerprint } from '../../src/search/terms-fingerprint.js';
import { buildIndex } from '../../src/store/build.js';
import { staleIndexReason, type IndexManifest } from '../../src/store/index-manifest.js';
import { currentGeneration, LEXICAL_FILE, LEXICAL_POSTINGS_FILE, MANIFEST_FILE } from '../../src/store/layout.js';

// Real 2026 pages and the bundled plain-text pastes: a small index, English only.
let root = '';
let sources: string[] = [];
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'spox-terms-'));
  cpSync('seeds/site-2026', join(root, 'site-2026'), { recursive: true });
  cpSync('seeds/plain-text', join(root, 'plain-text'), { recursive: true });
  sources = [join(root, 'site-2026'), join(root, 'plain-text')];
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const generation = (indexDir: string): string => currentGeneration(indexDir)!;
const manifestOf = (indexDir: string): IndexManifest => JSON.parse(readFileSync(join(generation(indexDir), MANIFEST_FILE), 'utf8')) as IndexManifest;
const lexicalFiles = (indexDir: string) => [LEXICAL_FILE, LEXICAL_POSTINGS_FILE].map((f) => join(generation(indexDir), f));

describe('the lexical terms an index was built with', () => {
  it('are recorded; an index made by other term rules is stale and its lexical index is built afresh, never merged', async () => {
    const indexDir = join(root, 'index');
    await buildIndex({ sources, indexDir, embedder: null });
    expect(manifestOf(indexDir).terms).toBe(termsFingerprint());
    expect(staleIndexReason(indexDir)).toBeNull();

    // Same rules, nothing changed: the lexical files are taken over (hard-linked) by the next generation.
    const [before] = lexicalFiles(indexDir);
    await buildIndex({ sources, indexDir, embedder: null });
    expect(statSync(lexicalFiles(indexDir)[0]!).ino).toBe(statSync(before!).ino);

    // As if the aliases or the tokenizer had changed since the index was built.
    const path = join(generation(indexDir), MANIFEST_FILE);
    writeFileSync(path, JSON.stringify({ ...manifestOf(indexDir), terms: 'made-by-older-rules' }));
    expect(staleIndexReason(indexDir)).toMatch(/was built with other search terms/);
    const [older] = lexicalFiles(indexDir);
    const report = await buildIndex({ sources, indexDir, embedder: null, onlyWhenStale: true });
    expect(report.upToDate).toBeUndefined();
    expect(staleIndexReason(indexDir)).toBeNull();
    expect(manifestOf(indexDir).terms).toBe(termsFingerprint());
    expect(statSync(lexicalFiles(indexDir)[0]!).ino).not.toBe(statSync(older!).ino);

    // Built afresh: byte for byte what a clean build writes.
    const clean = join(root, 'clean');
    await buildIndex({ sources, indexDir: clean, embedder: null });
    lexicalFiles(indexDir).forEach((file, i) => expect(readFileSync(file).equals(readFileSync(lexicalFiles(clean)[i]!))).toBe(true));
  });

  it('fingerprint is the same on every call and names neither a path nor a time', () => {
    expect(termsFingerprint()).toMatch(/^[0-9a-f]{16}$/);
    expect(termsFingerprint()).toBe(termsFingerprint());
  });
});
