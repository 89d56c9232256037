import path from 'node:path';
import { DownloadStalled } from './progress.js';
import { DEFAULT_MODEL, NO_MODEL, type EmbedSettings } from './settings.js';
import type { ModelSource } from './source.js';

export interface LoadFailure {
  reason: string;
  hint: string;
}

const KNOWN_SIZES: Record<string, string> = { [DEFAULT_MODEL]: '~23 MB' };

const FOLDER_LAYOUT = 'config.json, tokenizer.json, tokenizer_config.json and onnx/model_quantized.onnx';

/** A path as the user would type it: relative to the current directory when inside it. */
function shown(folder: string): string {
  const relative = path.relative(process.cwd(), folder);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : folder;
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0] ?? text;
}

/** "fetch failed (getaddrinfo ENOTFOUND huggingface.co)": Node hides the useful part in `cause`. */
function errorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
  return firstLine(error.message) + cause;
}

export function downloadHint(settings: EmbedSettings, id: string): string {
  const size = KNOWN_SIZES[id] ? ` (${KNOWN_SIZES[id]})` : '';
  return `connect once to download ${id}${size} into ${shown(settings.cacheDir)}, or set SPOX_MODEL to a local model folder`;
}

export function missingFolder(folder: string): LoadFailure {
  return {
    reason: `model folder ${shown(folder)} does not exist`,
    hint: `set SPOX_MODEL to a folder holding ${FOLDER_LAYOUT}, or to a Hugging Face model id such as ${DEFAULT_MODEL}`,
  };
}

export function turnedOff(): LoadFailure {
  return { reason: `SPOX_MODEL is ${NO_MODEL}`, hint: `set SPOX_MODEL to a model id such as ${DEFAULT_MODEL}, or to a local model folder` };
}

/** Offline, and the model was never downloaded. */
export function notCached(id: string, settings: EmbedSettings): LoadFailure {
  return {
    reason: `SPOX_OFFLINE is set and ${id} is not in the model cache ${shown(settings.cacheDir)}`,
    hint: `unset SPOX_OFFLINE and ${downloadHint(settings, id)}`,
  };
}

/** Turns whatever a model load threw into one line of what failed and one of what to do. */
export function describeFailure(error: unknown, source: ModelSource, settings: EmbedSettings): LoadFailure {
  const text = errorText(error);
  const notLocal = /file was not found locally at "([^"]*)"/.exec(text);

  if (source.kind === 'folder') {
    const folder = shown(source.folder);
    if (notLocal?.[1]) {
      return {
        reason: `model folder ${folder} has no ${path.relative(source.folder, notLocal[1])}`,
        hint: `a model folder needs ${FOLDER_LAYOUT}; or set SPOX_MODEL to a Hugging Face model id such as ${DEFAULT_MODEL}`,
      };
    }
    return {
      reason: `could not load the model in ${folder}: ${text}`,
      hint: `a model folder needs ${FOLDER_LAYOUT} (an ONNX export for Transformers.js); or set SPOX_MODEL to a Hugging Face model id such as ${DEFAULT_MODEL}`,
    };
  }

  const id = source.id;
  if (notLocal) return notCached(id, settings);
  if (error instanceof DownloadStalled) {
    return { reason: `download of ${id} stalled: ${error.message}`, hint: downloadHint(settings, id) };
  }
  if (/fetch failed|ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|network/i.test(text)) {
    return { reason: `could not download ${id}: ${text}`, hint: downloadHint(settings, id) };
  }
  if (/^(Could not locate file|Unauthorized access|Forbidden access)/.test(text)) {
    return {
      reason: `no model ${id} could be downloaded: ${text}`,
      hint: `check SPOX_MODEL: it must name a Transformers.js (ONNX) model such as ${DEFAULT_MODEL}, or a local model folder`,
    };
  }
  return {
    reason: `could not load ${id}: ${text}`,
    hint: `delete ${shown(path.join(settings.cacheDir, id))} to download it again, or set SPOX_MODEL to another model or a local model folder`,
  };
}
