import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveFile } from '../../src/transcripts/resolve-file.js';

describe('resolveFile', () => {
  it('resolves as path.resolve does, absolute or relative, normal or not', () => {
    const paths = [
      '/srv/data/mfa-en/t1558711.shtml', '/srv//data/x.html', '/srv/./data/x.html', '/srv/data/../x.html', '/srv/data/', '/srv/data/.',
      '/srv/data/..', '/srv/.hidden/x.html', '/srv/..x/y.html', '/', 'seeds/mfa-en/t1558711.shtml', './seeds/x.html', '../elsewhere/x.html',
      'seeds/../seeds/x.html', 'x.html', '.', '..', 'seeds/', 'seeds//x.html',
    ];
    for (const path of paths) {
      expect(resolveFile(path), path).toBe(resolve(path));
      expect(resolveFile(path), `${path} (cached folder)`).toBe(resolve(path));
    }
  });
});
