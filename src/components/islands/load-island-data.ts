import { ISLAND_DATA_ATTRIBUTE } from '../../lib/island-data';

/**
 * A widget's data: from the page while it is still inline (`astro dev`), else from its cached JSON file.
 * Rejects when neither gives JSON, e.g. offline before the service worker has the file.
 */
export async function loadIslandData(src: string): Promise<unknown> {
  const inline = [...document.querySelectorAll(`script[type="application/json"][${ISLAND_DATA_ATTRIBUTE}]`)].find(
    (el) => el.getAttribute(ISLAND_DATA_ATTRIBUTE) === src,
  );
  if (inline) return JSON.parse(inline.textContent ?? '');
  const response = await fetch(src);
  if (!response.ok) throw new Error(`${src}: HTTP ${response.status}`);
  return response.json();
}
