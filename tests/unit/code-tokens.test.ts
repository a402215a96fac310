import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { CODE_THEMES, CODE_TOKENS_CSS } from '../../src/build/code-themes';
import { tokenClassCss, tokenClasses, tokenClassTransformer, tokenPalettes } from '../../src/build/code-tokens';

const palettes = tokenPalettes(CODE_THEMES.light, CODE_THEMES.dark);
const defaults = { light: '#1f2328', dark: '#e6edf3' };

describe('highlighted code tokens', () => {
  it('names a token colour pair by its place in each theme', () => {
    const l = palettes.light.indexOf('#CF222E');
    const d = palettes.dark.indexOf('#FF7B72');
    expect(l).toBeGreaterThanOrEqual(0);
    expect(tokenClasses('--shiki-light:#CF222E;--shiki-dark:#FF7B72', palettes, defaults)).toBe(`l${l} d${d}`);
    expect(tokenClasses('--shiki-light:#cf222e; --shiki-dark:#ff7b72;', palettes, defaults)).toBe(`l${l} d${d}`);
  });

  it('gives a token in the block colour no class, so it inherits the colour of its <pre>', () => {
    expect(tokenClasses('--shiki-light:#1F2328;--shiki-dark:#E6EDF3', palettes, defaults)).toBe('');
  });

  it.each([
    ['a font style', '--shiki-light:#CF222E;--shiki-dark:#FF7B72;--shiki-light-font-style:italic'],
    ['a colour from outside the themes', '--shiki-light:#123456;--shiki-dark:#FF7B72'],
    ['one colour only', '--shiki-light:#CF222E'],
    ['a plain colour', 'color:#CF222E'],
  ])('leaves a style with %s as Shiki wrote it', (_name, style) => {
    expect(tokenClasses(style, palettes, defaults)).toBeUndefined();
    const node = { properties: { style } as Record<string, unknown> };
    tokenClassTransformer(CODE_THEMES.light, CODE_THEMES.dark).span(node);
    expect(node.properties).toEqual({ style });
  });

  it('swaps a token style for its classes in the Shiki transformer', () => {
    const node = { properties: { style: '--shiki-light:#0550AE;--shiki-dark:#79C0FF' } as Record<string, unknown> };
    tokenClassTransformer(CODE_THEMES.light, CODE_THEMES.dark).span(node);
    expect(node.properties).toEqual({ class: `l${palettes.light.indexOf('#0550AE')} d${palettes.dark.indexOf('#79C0FF')}` });
  });

  it('has its generated stylesheet in step with the themes (else run npm run code-tokens)', async () => {
    expect(await readFile(CODE_TOKENS_CSS, 'utf8')).toBe(tokenClassCss(palettes));
  });
});
