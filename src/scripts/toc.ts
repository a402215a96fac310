/** Marks the table-of-contents entry of the section being read. */
export function initToc(): void {
  // Marks the section being read: the last heading that has scrolled past the top of the viewport.
  const links = [...document.querySelectorAll<HTMLAnchorElement>('.toc a[href^="#"]')];
  const targets = links
    .map((a) => document.getElementById(decodeURIComponent(a.hash.slice(1))))
    .filter((el): el is HTMLElement => el !== null);
  if (targets.length > 0) {
    const mark = () => {
      const offset = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
      let current = targets[0]!;
      for (const t of targets) if (t.getBoundingClientRect().top - offset <= 8) current = t;
      for (const a of links) {
        if (a.hash.slice(1) === current.id) a.setAttribute('aria-current', 'true');
        else a.removeAttribute('aria-current');
      }
    };
    let queued = false;
    addEventListener('scroll', () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => { queued = false; mark(); });
    }, { passive: true });
    addEventListener('hashchange', mark);
    mark();
  }
}
