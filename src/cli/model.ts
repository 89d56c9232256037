import type { Embedder } from '../embed/embedder.js';
import { loadEmbedder } from '../embed/embedder.js';
import { readEmbedSettings } from '../embed/settings.js';

/**
 * The embedding model for a command-line run, or null with one clear warning that semantic search
 * is off and how to turn it on. Bad settings stop the run (they are a mistake to fix, not a mode).
 */
export async function loadModelOrWarn(log: (line: string) => void = (l) => console.error(l)): Promise<Embedder | null> {
  const settings = readEmbedSettings();
  const load = await loadEmbedder(settings, log);
  if (load.ok) return load.embedder;
  log(`warning: semantic search is off (lexical search only): ${load.reason}`);
  log(`  to enable it: ${load.hint}`);
  return null;
}
