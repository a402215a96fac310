import type { HastPluginDefinition } from 'satteri';

/**
 * A Sätteri hast plugin: every highlighted code block, in a lesson or in a quiz's Markdown, sits in a `.code-block` box
 * with a Copy button (shown only when JavaScript runs: src/scripts/copy-code.ts).
 */
export function codeBlockPlugin(): HastPluginDefinition {
  const button = {
    type: 'element' as const,
    tagName: 'button',
    properties: { className: ['copy-button', 'btn', 'needs-js'], type: 'button' },
    children: [{ type: 'text' as const, value: 'Copy code' }],
  };
  return {
    name: 'code-block',
    element: {
      filter: ['pre'],
      visit: (node, ctx) => ctx.wrapNode(node, { type: 'element', tagName: 'div', properties: { className: ['code-block'] }, children: [button] }),
    },
  };
}
