// Island data: what a widget needs on the client (quiz questions, a flowchart) served as a cached JSON file instead of
// island props in every page's HTML. The page carries it inline until the build moves it out (see the README in
// src/components/islands/). This part runs in the browser too; the build-only rules are in island-data-build.ts.

/** The attribute that marks an inline JSON script as island data; its value is the URL the file will have. */
export const ISLAND_DATA_ATTRIBUTE = 'data-island-data';

/** JSON that is safe inside a <script> element: "<" is escaped, so no "</script>" or "<!--" can end it early. */
export function serialiseIslandData(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
