import { loadEmbedder, type Embedder, type EmbedderLoad } from '../embed/embedder.js';
import { readEmbedSettings } from '../embed/settings.js';
import { errorLine } from './output.js';

/** The configured embedding model, or why it cannot be had. Bad settings throw, naming the variable. */
export function loadModel(log: (line: string) => void): Promise<EmbedderLoad> {
  return loadEmbedder(readEmbedSettings(), log);
}

/**
 * The embedding model for a command-line run, or null with one clear warning that semantic search
 * is off and how to turn it on (none when SPOX_MODEL=none chose that). Bad settings stop the run
 * (they are a mistake to fix, not a mode).
 */
export async function loadModelOrWarn(log: (line: string) => void = errorLine): Promise<Embedder | null> {
  const load = await loadModel(log);
  if (load.ok) return load.embedder;
  if (load.chosen) return null;
  log(`warning: semantic search is off (lexical search only): ${load.reason}`);
  log(`  to enable it: ${load.hint}`);
  return null;
}
