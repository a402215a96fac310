import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listFiles, readPages, writeFiles } from '../../src/integrations/read-site';

let dir = '';
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('reading and writing a built folder', () => {
  it('writes text and bytes into folders that do not exist yet, and reads back only the pages', async () => {
    dir = await mkdtemp(join(tmpdir(), 'site-folder-'));
    await writeFiles(
      new Map<string, string | Uint8Array>([
        [join(dir, 'index.html'), '<h1>Home</h1>'],
        [join(dir, 'a', 'b', 'index.html'), '<h1>Deep</h1>'],
        [join(dir, 'a', 'b', 'data.json'), '{}'],
        [join(dir, 'pagefind', 'x.pf_index'), new Uint8Array([1, 2, 3])],
      ]),
    );
    const pages = await readPages(await listFiles(dir));
    expect(pages.map((p) => [p.file.slice(dir.length), p.html]).sort()).toEqual([
      ['/a/b/index.html', '<h1>Deep</h1>'],
      ['/index.html', '<h1>Home</h1>'],
    ]);
    expect([...(await readFile(join(dir, 'pagefind', 'x.pf_index')))]).toEqual([1, 2, 3]);
  });
});
