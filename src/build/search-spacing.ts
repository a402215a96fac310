import type { HastPluginDefinition } from 'satteri';

// Pagefind breaks its index text into sentences at the elements it knows as blocks; a table's header cells and
// caption are not among them, so with the minified HTML "compared" + "Approach" + "Best for" indexed as
// "comparedApproachBest for" (the same limitation as Pagefind/pagefind#736 for <dt>). A trailing space in each, which
// a browser never shows at the end of a cell, keeps the words apart in search results.
const CELLS = ['th', 'caption'];

/** A Sätteri hast plugin: ends every table header cell and caption with a space, for the search index's sake. */
export function searchSpacingPlugin(): HastPluginDefinition {
  const space = { type: 'text', value: ' ' } as const;
  return {
    name: 'search-spacing',
    element: { filter: CELLS, visit: (node, ctx) => ctx.appendChild(node, space) },
    // Tables written as HTML in an MDX lesson are JSX elements at this stage.
    mdxJsxFlowElement: { filter: CELLS, visit: (node, ctx) => ctx.appendChild(node, space) },
    mdxJsxTextElement: { filter: CELLS, visit: (node, ctx) => ctx.appendChild(node, space) },
  };
}
