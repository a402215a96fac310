/**
 * Writes src/styles/code-tokens.css, the colours of the classes that highlighted code uses instead of inline styles
 * (src/build/code-tokens.ts). Run it after changing the Shiki themes in astro.config.mjs: `npm run code-tokens`.
 */
import { writeFile } from 'node:fs/promises';
import { CODE_THEMES, CODE_TOKENS_CSS } from '../src/build/code-themes.ts';
import { tokenClassCss, tokenPalettes } from '../src/build/code-tokens.ts';

await writeFile(CODE_TOKENS_CSS, tokenClassCss(tokenPalettes(CODE_THEMES.light, CODE_THEMES.dark)));
console.log(`Wrote ${CODE_TOKENS_CSS.pathname}`);
