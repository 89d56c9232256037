import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { embedSettingsSchema, readEmbedSettings } from '../../src/embed/settings.js';

describe('readEmbedSettings', () => {
  it('defaults to MiniLM, a cache under the current directory, and downloads allowed', () => {
    expect(readEmbedSettings({})).toEqual({
      model: 'Xenova/all-MiniLM-L6-v2',
      cacheDir: path.resolve(process.cwd(), '.cache/models'),
      offline: false,
    });
  });

  it('treats empty variables as unset', () => {
    expect(readEmbedSettings({ SPOX_MODEL: '', SPOX_OFFLINE: ' ', SPOX_MODEL_CACHE: '' }).model).toBe('Xenova/all-MiniLM-L6-v2');
  });

  it('reads every variable, resolving the cache folder', () => {
    const settings = readEmbedSettings({ SPOX_MODEL: './models/mini', SPOX_MODEL_CACHE: 'tmp/cache', SPOX_OFFLINE: 'TRUE' });
    expect(settings).toEqual({ model: './models/mini', cacheDir: path.resolve('tmp/cache'), offline: true });
    expect(readEmbedSettings({ SPOX_OFFLINE: '1' }).offline).toBe(true);
    expect(readEmbedSettings({ SPOX_OFFLINE: '0' }).offline).toBe(false);
    expect(readEmbedSettings({ SPOX_OFFLINE: 'false' }).offline).toBe(false);
  });

  it('names SPOX_OFFLINE and the accepted values when it is neither true nor false', () => {
    expect(() => readEmbedSettings({ SPOX_OFFLINE: 'maybe' })).toThrow(/SPOX_OFFLINE.*expected 1, true, 0 or false, got "maybe"/);
  });

  it('describes every variable with its default', () => {
    for (const [name, field] of Object.entries(embedSettingsSchema.shape)) {
      expect(field.description, name).toMatch(/Default: /);
    }
  });
});
