import CodeBlock from './CodeBlock.astro';
import H2 from './H2.astro';
import H3 from './H3.astro';

/** Components that replace plain Markdown elements in every lesson: self-linking headings and copyable code. */
export const mdxComponents = { h2: H2, h3: H3, pre: CodeBlock };
