import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../../src/', import.meta.url));
const sources = (dir: string) =>
  readdirSync(join(src, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx)$/.test(f))
    .map((f) => ({ file: `${dir}/${f}`, code: readFileSync(join(src, dir, f), 'utf8') }));
const imports = (code: string) => [...code.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]/gm)].map((m) => m[1]!);

// Code that ships to the browser: shared logic, page scripts, islands and the service worker.
const BROWSER = ['lib', 'scripts', 'service-worker', ...['calculator', 'flowchart', 'quiz', 'search'].map((c) => `components/${c}`)];

describe('where code runs', () => {
  it.each(BROWSER)('src/%s imports nothing build-only (node:*, htmlparser2, Shiki, src/build)', (dir) => {
    const offending = sources(dir).flatMap(({ file, code }) =>
      imports(code)
        .filter((spec) => /^node:|^htmlparser2|^@?shiki|\/build\//.test(spec))
        .map((spec) => `${file} imports ${spec}`),
    );
    expect(offending).toEqual([]);
  });
});
