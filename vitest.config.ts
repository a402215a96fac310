import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Fixture builds (content-errors, html-budget) run the real Astro CLI, which takes a few seconds each.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
