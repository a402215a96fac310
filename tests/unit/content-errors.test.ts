import { describe, expect, it } from 'vitest';
import { buildFixture } from '../support/astro';

// Each case is a fixture site in tests/fixtures/<name> with one deliberate content mistake.
describe('a build with bad content', () => {
  it.each([
    {
      name: 'missing-title',
      says: ['content/lessons/untitled.mdx', '"title" is missing'],
    },
    {
      name: 'duplicate-lesson-number',
      says: ['content/lessons/second.mdx', '"lesson" number 9.1 is already used by', 'content/lessons/first.mdx'],
    },
    {
      name: 'docs-not-a-url',
      says: ['content/lessons/docs.mdx', '"docs[].url" must be a full http(s) URL'],
    },
    {
      name: 'unknown-chapter',
      says: ['content/lessons/lost.mdx', '"chapter" 4 does not exist in content/chapters.json'],
    },
    {
      name: 'missing-page-link',
      says: ['content/lessons/links.mdx', '"/fine-tuning/no-such-lesson/" points to a page or file that does not exist'],
    },
    {
      name: 'missing-section-link',
      says: ['content/lessons/anchors.mdx', 'section #no-such-section that does not exist on /fine-tuning/other/'],
    },
  ])('fails for $name with a message naming the file and what to fix', async ({ name, says }) => {
    const { code, output } = await buildFixture(name);
    expect(code, output).not.toBe(0);
    for (const text of says) expect(output).toContain(text);
  });

  it('succeeds for a valid fixture, so the failures above come from the mistakes alone', async () => {
    const { code, output } = await buildFixture('valid');
    expect(code, output).toBe(0);
    expect(output).toContain('none broken');
  });
});
