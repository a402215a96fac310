import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { describe, expect, it } from 'vitest';

// Same Markdown features as astro.config.mjs: ids come from the heading text unless the author sets one.
const processor = await createSatteriMarkdownProcessor({ features: { headingAttributes: true } });

async function ids(markdown: string): Promise<string[]> {
  const { metadata } = await processor.render(markdown);
  return metadata.headings.map((h) => h.slug);
}

describe('heading ids', () => {
  it.each([
    ['## The decision framework', 'the-decision-framework'],
    ['## Prompting vs RAG vs fine-tuning', 'prompting-vs-rag-vs-fine-tuning'],
    ['### Question 1', 'question-1'],
    ['## Cost-benefit analysis', 'cost-benefit-analysis'],
    ['## When fine-tuning does NOT help', 'when-fine-tuning-does-not-help'],
  ])('derives a stable id from "%s"', async (markdown, expected) => {
    expect(await ids(markdown)).toEqual([expected]);
  });

  it('uses the id an author sets with {#id}, so a heading can be reworded without breaking links', async () => {
    expect(await ids('## A much longer reworded title {#costs}')).toEqual(['costs']);
  });

  it('keeps repeated headings apart with a numeric suffix', async () => {
    expect(await ids('## Example\n\n## Example')).toEqual(['example', 'example-1']);
  });

  it('writes the id on the rendered heading element', async () => {
    const { code } = await processor.render('## Common mistakes');
    expect(code).toContain('<h2 id="common-mistakes">');
  });
});
