import githubDark from '@shikijs/themes/github-dark-default';
import githubLight from '@shikijs/themes/github-light-default';

/** The Shiki themes of highlighted code: the "default" GitHub pair keeps every token at 4.5:1 or better (plain github-light does not). */
export const CODE_THEMES = { light: githubLight, dark: githubDark } as const;

/** The generated stylesheet with the token classes' colours (scripts/code-tokens-css.ts writes it). */
export const CODE_TOKENS_CSS = new URL('../styles/code-tokens.css', import.meta.url);
