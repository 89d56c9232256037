import { describe, expect, it } from 'vitest';
import { DownloadMonitor, DownloadStalled, formatBytes } from '../../src/embed/progress.js';

const MB = 1_000_000;

describe('DownloadMonitor', () => {
  it('says what it downloads and how big, and stays quiet for files already on disk', () => {
    const lines: string[] = [];
    const monitor = new DownloadMonitor('Xenova/all-MiniLM-L6-v2', (file) => file === 'config.json', (l) => lines.push(l), 60_000);
    const file = 'onnx/model_quantized.onnx';
    monitor.onEvent({ status: 'initiate', file: 'config.json' });
    monitor.onEvent({ status: 'progress', file: 'config.json', progress: 100, loaded: 650, total: 650 });
    monitor.onEvent({ status: 'done', file: 'config.json' });
    monitor.onEvent({ status: 'initiate', file });
    for (const loaded of [1, 6, 12, 18, 23].map((n) => n * MB)) {
      monitor.onEvent({ status: 'progress', file, progress: (loaded / (23 * MB)) * 100, loaded, total: 23 * MB });
    }
    monitor.onEvent({ status: 'done', file });
    monitor.dispose();
    expect(lines[0]).toMatch(/Xenova\/all-MiniLM-L6-v2 is not cached yet/);
    expect(lines).toContain('downloading Xenova/all-MiniLM-L6-v2/onnx/model_quantized.onnx (23.0 MB)');
    expect(lines.at(-1)).toBe('downloaded Xenova/all-MiniLM-L6-v2/onnx/model_quantized.onnx (23.0 MB)');
    expect(lines.filter((l) => l.includes('%'))).toHaveLength(3);
    expect(lines.join('\n')).not.toContain('config.json');
  });

  it('gives up on a download that receives nothing', async () => {
    const monitor = new DownloadMonitor('m', () => false, () => {}, 50);
    monitor.onEvent({ status: 'initiate', file: 'config.json' });
    const started = Date.now();
    await expect(monitor.stalled).rejects.toBeInstanceOf(DownloadStalled);
    expect(Date.now() - started).toBeLessThan(2000);
    monitor.dispose();
  });

  it('does not time out once every download is done', async () => {
    const monitor = new DownloadMonitor('m', () => false, () => {}, 30);
    monitor.onEvent({ status: 'initiate', file: 'config.json' });
    monitor.onEvent({ status: 'done', file: 'config.json' });
    const outcome = await Promise.race([monitor.stalled.then(() => 'stalled', () => 'stalled'), new Promise((r) => setTimeout(() => r('quiet'), 120))]);
    expect(outcome).toBe('quiet');
  });

  it('formats sizes', () => {
    expect(formatBytes(22_912_345)).toBe('22.9 MB');
    expect(formatBytes(28_482)).toBe('28 KB');
    expect(formatBytes(54)).toBe('1 KB');
  });
});
