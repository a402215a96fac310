/** The event the table of contents sends when the section being read changes; its detail is the section's id. */
export const SECTION_EVENT = 'course:section';

/** Copies the lesson's contents into the wide-screen side column, then marks the entry of the section being read. */
export function initToc(): void {
  const inline = document.querySelector('.toc-inline .toc');
  const aside = document.querySelector<HTMLElement>('[data-toc-aside]');
  if (inline && aside && !aside.firstElementChild) {
    aside.append(inline.cloneNode(true));
    aside.hidden = false;
  }
  // Marks the section being read: the last heading that has scrolled past the top of the viewport.
  const links = [...document.querySelectorAll<HTMLAnchorElement>('.toc a[href^="#"]')];
  const targets = links.map((a) => document.getElementById(decodeURIComponent(a.hash.slice(1)))).filter((el): el is HTMLElement => el !== null);
  if (targets.length > 0) {
    let reading = '';
    const mark = () => {
      const offset = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
      let current = targets[0]!;
      for (const t of targets) if (t.getBoundingClientRect().top - offset <= 8) current = t;
      for (const a of links) {
        if (a.hash.slice(1) === current.id) a.setAttribute('aria-current', 'true');
        else a.removeAttribute('aria-current');
      }
      // The reading position (src/scripts/reading-position.ts) follows the same section.
      if (current.id !== reading) {
        reading = current.id;
        document.dispatchEvent(new CustomEvent(SECTION_EVENT, { detail: reading }));
      }
    };
    let queued = false;
    addEventListener(
      'scroll',
      () => {
        if (queued) return;
        queued = true;
        requestAnimationFrame(() => {
          queued = false;
          mark();
        });
      },
      { passive: true },
    );
    addEventListener('hashchange', mark);
    mark();
  }
}
