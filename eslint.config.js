// @ts-check
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

// Code that ships to the browser: shared logic, page scripts, islands, the service worker and the schemas that check
// input in the browser (zod/mini). It imports nothing that only exists at build time.
const BROWSER_CODE = [
  'src/lib/**/*.ts',
  'src/scripts/**/*.ts',
  'src/service-worker/**/*.ts',
  'src/components/**/*.{ts,tsx}',
  'src/schemas/{cost-inputs,lora-inputs,lesson-questions,errors}.ts',
];
const BUILD_ONLY = {
  patterns: [
    { group: ['node:*'], message: 'Node modules exist only at build time: this code ships to the browser.' },
    { group: ['**/build/*', '**/integrations/*', '**/data/*'], message: 'src/build, src/integrations and src/data run only at build time.' },
    {
      group: ['**/schemas/lesson*', '!**/schemas/lesson-questions*', '**/schemas/quiz*', '**/schemas/flowchart*', '**/schemas/fields*'],
      message: 'These schemas check content at build time (astro/zod); the browser uses zod/mini schemas.',
    },
    {
      group: ['astro:content', 'astro/zod', 'astro/errors', 'htmlparser2', 'satteri', '@astrojs/*', 'shiki', '@shikijs/*'],
      message: 'Build-time only.',
    },
  ],
};

// Prettier owns the layout (npm run format); ESLint checks what a formatter cannot.
export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-subpath/',
      '.astro/',
      'node_modules/',
      'tests/fixtures/**/dist/',
      '**/.astro/',
      'tests/fixtures/.bench-*/',
      'test-results/',
      'playwright-report/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  prettier,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // The print editions render at build time only (no islands), so their helpers may use build code.
  { files: BROWSER_CODE, ignores: ['src/components/print/**'], rules: { 'no-restricted-imports': ['error', BUILD_ONLY] } },
);
