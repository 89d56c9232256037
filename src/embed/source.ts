import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { env as TransformersEnv } from '@xenova/transformers';
import type { EmbedSettings } from './settings.js';

/** Where the model comes from: a folder on disk, or a Hugging Face id (cache, then download). */
export type ModelSource = { kind: 'folder'; folder: string } | { kind: 'hub'; id: string };

const looksLikePath = (model: string): boolean => path.isAbsolute(model) || /^\.\.?([\\/]|$)/.test(model);

export function resolveModelSource(model: string, cwd: string = process.cwd()): ModelSource {
  const candidate = path.resolve(cwd, model);
  if (looksLikePath(model) || isDirectory(candidate)) return { kind: 'folder', folder: candidate };
  return { kind: 'hub', id: model };
}

export function isDirectory(folder: string): boolean {
  return existsSync(folder) && statSync(folder).isDirectory();
}

/**
 * Sets Transformers.js's global env for this load and returns the name to pass to `pipeline`.
 * Every field we rely on is set each time, since an earlier load may have changed it.
 */
export function configureTransformers(env: typeof TransformersEnv, source: ModelSource, settings: EmbedSettings): string {
  env.allowLocalModels = true;
  env.cacheDir = settings.cacheDir;
  if (source.kind === 'folder') {
    // Transformers.js joins localModelPath and the name; the cache is left out so a
    // same-named cached model can never stand in for the folder.
    env.localModelPath = path.dirname(source.folder);
    env.allowRemoteModels = false;
    env.useFSCache = false;
    return path.basename(source.folder);
  }
  // A model laid out by hand in the cache folder is found as a "local" model too.
  env.localModelPath = settings.cacheDir;
  env.allowRemoteModels = !settings.offline;
  env.useFSCache = true;
  return source.id;
}

/** A model's folder on disk, if it has one yet: the folder itself, or its place in the cache. */
export function localFolder(source: ModelSource, settings: EmbedSettings): string {
  return source.kind === 'folder' ? source.folder : path.join(settings.cacheDir, source.id);
}
