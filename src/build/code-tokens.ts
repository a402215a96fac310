// Highlighted code in fewer bytes. Shiki writes every token's colours inline ("--shiki-light:#CF222E;--shiki-dark:
// #FF7B72", about 45 bytes a token); with two fixed themes there are only a dozen colours per theme, so a token can
// name them by class instead ("l1 d1"), and a token in the block's own colour needs nothing at all. The CSS for the
// classes is generated from the same themes into src/styles/code-tokens.css (a unit test keeps it in step).

/** The part of a Shiki theme this module reads. */
export interface TokenTheme {
  colors?: Record<string, string>;
  tokenColors?: { settings: { foreground?: string } }[];
}

/** The colours a theme can give a token, in the theme's own order: a class is the colour's position here. */
export interface TokenPalettes {
  light: string[];
  dark: string[];
}

const palette = (theme: TokenTheme) => [
  ...new Set((theme.tokenColors ?? []).flatMap((t) => (t.settings.foreground ? [t.settings.foreground.toUpperCase()] : []))),
];

/** Both themes' token colours. */
export function tokenPalettes(light: TokenTheme, dark: TokenTheme): TokenPalettes {
  return { light: palette(light), dark: palette(dark) };
}

/** The stylesheet that gives each class its colour; Shiki's own rule (CodeBlock.astro) picks light or dark. */
export function tokenClassCss(palettes: TokenPalettes): string {
  const rules = [
    ...palettes.light.map((c, i) => `.astro-code .l${i} { --shiki-light: ${c}; }`),
    ...palettes.dark.map((c, i) => `.astro-code .d${i} { --shiki-dark: ${c}; }`),
  ];
  return `/* Generated from the Shiki themes by src/build/code-tokens.ts (tests/unit/code-tokens.test.ts checks it). */\n${rules.join('\n')}\n`;
}

/**
 * The class list for a token's inline style, "" when the token is in the block's default colours (it inherits them
 * from the <pre>), or undefined when the style holds anything else (font styles, a colour outside the themes): then
 * the style stays as Shiki wrote it.
 */
export function tokenClasses(style: string, palettes: TokenPalettes, defaults: { light: string; dark: string }): string | undefined {
  const decls = new Map<string, string>();
  for (const d of style.split(';')) {
    const at = d.indexOf(':');
    if (d.trim() !== '') decls.set(d.slice(0, at).trim(), d.slice(at + 1).trim());
  }
  // Upper-cased, as the palettes are: a colour matches whatever its case.
  const light = decls.get('--shiki-light')?.toUpperCase();
  const dark = decls.get('--shiki-dark')?.toUpperCase();
  if (decls.size !== 2 || !light || !dark) return undefined;
  if (light === defaults.light.toUpperCase() && dark === defaults.dark.toUpperCase()) return '';
  const l = palettes.light.indexOf(light);
  const d = palettes.dark.indexOf(dark);
  return l < 0 || d < 0 ? undefined : `l${l} d${d}`;
}

/** The hast element Shiki hands a transformer's span hook (only what this module touches). */
interface TokenElement {
  properties: Record<string, unknown>;
}

/** A Shiki transformer (markdown.shikiConfig.transformers) that swaps token styles for the classes above. */
export function tokenClassTransformer(light: TokenTheme, dark: TokenTheme) {
  const palettes = tokenPalettes(light, dark);
  const defaults = { light: light.colors?.['editor.foreground'] ?? '', dark: dark.colors?.['editor.foreground'] ?? '' };
  return {
    name: 'course:token-classes',
    span(node: TokenElement) {
      const style = node.properties['style'];
      if (typeof style !== 'string') return;
      const classes = tokenClasses(style, palettes, defaults);
      if (classes === undefined) return;
      delete node.properties['style'];
      if (classes !== '') node.properties['class'] = classes;
    },
  };
}
