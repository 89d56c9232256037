import { existsSync } from 'node:fs';

/**
 * The shared research corpus (corpus/presscon, corpus/site-2026) beside the checkout: `../shared`
 * from the main checkout, `../../shared` from a git worktree one folder deeper (wt/<branch>).
 */
export const SHARED_CORPUS = ['../shared/corpus', '../../shared/corpus'].find((path) => existsSync(path)) ?? '../shared/corpus';
