import { createHash } from 'node:crypto';

/**
 * Directives every page carries besides script-src and style-src (which Astro fills with hashes).
 * default-src 'self' covers connect, img, manifest and worker requests: the site loads nothing from elsewhere.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/**
 * Script sources beside the hashes Astro computes. No 'unsafe-inline': every inline script is allowed by its hash.
 * 'wasm-unsafe-eval' lets the search (Pagefind) compile its WebAssembly; it does not allow eval() of JavaScript.
 */
export const SCRIPT_RESOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/**
 * Style sources: stylesheets and <style> elements (style-src-elem) by 'self' or by the hashes Astro adds; inline
 * style="" attributes (Shiki code colours, island layout) are allowed on their own directive, style-src-attr,
 * which cannot run code. Scoping both keeps Astro from warning that a plain style-src would be shadowed.
 */
export const STYLE_RESOURCES = [
  { resource: "'self'", kind: 'element' },
  { resource: "'unsafe-inline'", kind: 'attribute' },
] as const;

/** Directives only an HTTP header can carry (a <meta> policy ignores them and logs an error). */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/** The CSP source expression for a script or style text: 'sha256-<base64>' without the quotes. */
export function sha256Source(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** A parsed policy: directive name to its sources, in order. */
export type Policy = Map<string, string[]>;

/** Parses "a b c; d e" into directives; repeated directives keep the first (as browsers do). */
export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    const key = name.toLowerCase();
    if (!policy.has(key)) policy.set(key, sources);
  }
  return policy;
}

/**
 * Merges the per-page policies of a site into one that allows what any page allows (the union of each
 * directive's sources, e.g. every page's script hashes), for a host header that applies to every URL.
 * A browser enforces header and <meta> policy together, so each page stays as strict as its own <meta>.
 */
export function mergePolicies(policies: string[], extra: readonly string[] = []): string {
  const merged: Policy = new Map();
  for (const text of [...policies, ...extra]) {
    for (const [name, sources] of parsePolicy(text)) {
      const list = merged.get(name) ?? [];
      for (const s of sources) if (!list.includes(s)) list.push(s);
      merged.set(name, list);
    }
  }
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * The _headers file: the policy and its companions for every path, and the files in `${base}_astro/` (Vite names them by
 * their content) kept by browsers for good, so a learner's next page loads no script or style again.
 */
export function headersFile(policy: string, base = '/'): string {
  return [
    '/*',
    `  Content-Security-Policy: ${policy}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    `${base}_astro/*`,
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n');
}
