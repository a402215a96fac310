/**
 * Turns on smooth scrolling for jumps within the page once the page has landed where its link pointed: a link to a
 * section opens at once, and only later clicks (contents, "#" links, question links) glide, unless the learner
 * prefers reduced motion (the CSS asks for no-preference).
 */
export function initSmoothScroll(): void {
  const on = () => requestAnimationFrame(() => document.documentElement.classList.add('smooth-scroll'));
  if (document.readyState === 'complete') on();
  else addEventListener('load', on, { once: true });
}
