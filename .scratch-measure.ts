// Measures JS a page loads before any interaction: inline module scripts + external scripts and their static imports.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, dirname } from 'node:path';
const dir = process.argv[2]!;
const base = process.argv[3] ?? '/';
const gz = (s: string | Buffer) => gzipSync(s, { level: 9 }).length;
for (const page of ['index.html', 'fine-tuning/when-to-fine-tune-vs-prompt/index.html', 'fine-tuning/dataset-preparation/index.html']) {
  const html = readFileSync(join(dir, page), 'utf8');
  let inline = 0, inlineRaw = 0; const seen = new Set<string>(); let ext = 0, extRaw = 0;
  for (const m of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /src="([^"]+)"/.exec(m[1]!)?.[1];
    if (!src) { inline += gz(m[2]!); inlineRaw += m[2]!.length; continue; }
    const queue = [src.slice(base.length)];
    while (queue.length) {
      const f = queue.shift()!; if (seen.has(f) || !existsSync(join(dir, f))) continue; seen.add(f);
      const code = readFileSync(join(dir, f), 'utf8'); ext += gz(code); extRaw += code.length;
      for (const im of code.matchAll(/(?:^|[;}])\s*import\s*(?:[^'"()]*?from\s*)?["'](\.\/[^"']+)["']/g)) queue.push(join(dirname(f), im[1]!));
    }
  }
  console.log(`${page}: inline ${inlineRaw}B raw / ${inline}B gz; external ${[...seen].join(',') || '-'} ${extRaw}B raw / ${ext}B gz; total gz ${inline + ext}B`);
}
