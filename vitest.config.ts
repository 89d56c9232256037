import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: the corpus-wide tests are heavy, so files run in a small pool.
    maxWorkers: 2,
  },
});
