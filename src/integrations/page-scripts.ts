import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { sha256Source } from '../lib/csp.ts';
import { extractIslandData } from '../lib/island-data-build.ts';
import { externaliseInlineScripts, startModulesAfterPaint } from '../lib/page-scripts.ts';
import { withBase } from '../lib/paths.ts';
import { listFiles, readPages, writeFiles } from './read-site.ts';

/**
 * How pages load their scripts, settled after the build. Astro inlines its island runtime and hydration
 * directives (about 4.8 KB, 2 KB gzipped) into every page that has an island, by design (withastro/astro#17017):
 * they move into a content-hashed file under _astro/ that every page shares from the cache, each page's CSP is
 * trimmed to the inline code it still has, and the page's modules (that file included) leave the page for the head
 * script's list, which it imports all at once after the first paint (src/lib/head-script.ts). Widgets' island data
 * (src/components/islands/) moves out the same way, into the JSON files their islands fetch.
 * `headScript` is the inline head script, the one script that stays in the page; `providedStyles` the inline styles
 * the site stylesheet already has, which are dropped from the pages.
 */
export function pageScripts({ headScript, providedStyles }: { headScript: string; providedStyles: readonly string[] }): AstroIntegration {
  let base = '/';
  let assets = '_astro';
  const keep = new Set([sha256Source(headScript)]);
  const provided = new Set(providedStyles);
  return {
    name: 'course:page-scripts',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        assets = config.build.assets;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const written = new Map<string, number>();
        const dataFiles = new Set<string>();
        const prefix = base.endsWith('/') ? base : `${base}/`;
        // Each file to write, by path: pages, their island data and moved scripts (these last two shared by many pages).
        const writes = new Map<string, string>();
        // Every page loads the same few modules: read each once, not once per page.
        const modules = new Map<string, string | undefined>();
        const readBuilt = (path: string) => {
          if (!path.startsWith(prefix)) return undefined;
          if (!modules.has(path)) {
            const file = join(root, path.slice(prefix.length));
            let code = writes.get(file);
            try {
              code ??= readFileSync(file, 'utf8');
            } catch {
              code = undefined; // not part of the build (an external URL): nothing to preload behind it
            }
            modules.set(path, code);
          }
          return modules.get(path);
        };
        for (const { file, html } of await readPages(await listFiles(root))) {
          const extracted = extractIslandData(html);
          for (const data of extracted.files) {
            if (!data.url.startsWith(prefix)) throw new Error(`${file}: island data URL ${data.url} is outside the site (${base})`);
            dataFiles.add(data.url);
            writes.set(join(root, data.url.slice(prefix.length)), data.text);
          }
          const page = externaliseInlineScripts(extracted.html, keep, (name) => withBase(base, `/${assets}/${name}`), provided);
          const script = page.moved;
          if (script) {
            writes.set(join(root, assets, script.name), script.text);
            written.set(script.name, (written.get(script.name) ?? 0) + 1);
          }
          try {
            writes.set(file, startModulesAfterPaint(page.html, headScript, readBuilt));
          } catch (error) {
            throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
          }
        }
        await writeFiles(writes);
        const summary = [...written].map(([name, pages]) => `${name} (${pages} pages)`).join(', ');
        logger.info(`moved inline scripts to cached files: ${summary || 'none'}; island data files: ${dataFiles.size}`);
      },
    },
  };
}
