/**
 * A tap or key on a widget's button before its island has started (a slow train, a cheap phone) is kept, not lost: the
 * button says it is busy, and once the island runs it gets the same click, on the same element, since the island
 * hydrates the markup it rendered. Choices and typed text need nothing: the island adopts them as it starts.
 */
export function initEarlyClicks(): void {
  document.addEventListener(
    'click',
    (event) => {
      const button = event.target instanceof Element ? event.target.closest('button') : null;
      const island = button?.closest('astro-island');
      if (!button || !island?.hasAttribute('ssr')) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      if (button.getAttribute('aria-busy') === 'true') return;
      button.setAttribute('aria-busy', 'true');
      whenLive(
        island,
        () => button.click(),
        () => button.removeAttribute('aria-busy'),
      );
    },
    true,
  );
}

// Astro takes `ssr` off an island once it has hydrated; its first effects (adopting early choices) run after the next
// frame, and the click comes after them.
function whenLive(island: Element, run: () => void, settle: () => void): void {
  const observer = new MutationObserver(() => {
    if (island.hasAttribute('ssr')) return;
    observer.disconnect();
    requestAnimationFrame(() =>
      setTimeout(() => {
        settle();
        run();
      }, 0),
    );
  });
  observer.observe(island, { attributes: true, attributeFilter: ['ssr'] });
  // A widget that cannot start shows its note instead (island-failure.ts); the button is no longer waiting.
  island.addEventListener(
    'astro:hydration-error',
    () => {
      observer.disconnect();
      settle();
    },
    { once: true },
  );
}
