import path from 'node:path';
import { z } from 'zod';

export interface EmbedSettings {
  /** Hugging Face model id, or a path to a local model folder. */
  model: string;
  /** Absolute folder where downloaded models are kept. */
  cacheDir: string;
  /** Never download: use only the cache or a local folder. */
  offline: boolean;
}

export const DEFAULT_MODEL = 'Xenova/all-MiniLM-L6-v2';
export const DEFAULT_CACHE_DIR = '.cache/models';
/** SPOX_MODEL's value for keyword search only, chosen: nothing is downloaded and no warning is given. */
export const NO_MODEL = 'none';

/** Whether the settings choose keyword search only. */
export function modelTurnedOff(settings: EmbedSettings): boolean {
  return settings.model.toLowerCase() === NO_MODEL;
}

const FLAGS: Record<string, boolean> = { '1': true, true: true, '0': false, false: false };

export const embedSettingsSchema = z.object({
  SPOX_MODEL: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .default(DEFAULT_MODEL)
    .describe(
      `Embedding model: a Hugging Face model id, a path to a local model folder (config.json, tokenizer.json, onnx/model_quantized.onnx), or ${NO_MODEL} for keyword search only, without a download or a warning. Default: ${DEFAULT_MODEL}.`,
    ),
  SPOX_MODEL_CACHE: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .default(DEFAULT_CACHE_DIR)
    .describe(
      `Folder where downloaded models are kept; a relative path is taken from the current directory (the project root). Default: ${DEFAULT_CACHE_DIR}.`,
    ),
  SPOX_OFFLINE: z
    .string()
    .default('false')
    .transform((value, ctx) => {
      const flag = FLAGS[value.trim().toLowerCase()];
      if (flag === undefined) {
        ctx.addIssue({ code: 'custom', message: `expected 1, true, 0 or false, got "${value}"` });
        return z.NEVER;
      }
      return flag;
    })
    .describe('1/true: never download; use only the model cache or a local model folder. 0/false: download the model once if it is not cached. Default: false.'),
});

/** Reads the embedding settings from the environment; an empty variable counts as unset. */
export function readEmbedSettings(env: NodeJS.ProcessEnv = process.env): EmbedSettings {
  const raw: Record<string, string> = {};
  for (const key of Object.keys(embedSettingsSchema.shape)) {
    const value = env[key];
    if (value !== undefined && value.trim() !== '') raw[key] = value;
  }
  const parsed = embedSettingsSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid embedding settings: ${problems.join('; ')}`);
  }
  return {
    model: parsed.data.SPOX_MODEL,
    cacheDir: path.resolve(parsed.data.SPOX_MODEL_CACHE),
    offline: parsed.data.SPOX_OFFLINE,
  };
}
