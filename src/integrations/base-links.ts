import type { HastPluginDefinition } from 'satteri';
import { withBase } from '../lib/paths.ts';

/** A Sätteri hast plugin: authors write root-relative links ("/fine-tuning/x/"); this adds the deploy base. */
export function baseLinksPlugin(base: string): HastPluginDefinition {
  return {
    name: 'base-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.['href'];
        if (typeof href === 'string' && base !== '/') ctx.setProperty(node, 'href', withBase(base, href));
      },
    },
  };
}
