/** Opens and closes the course menu on small screens (the header has its button only on pages with the menu). */
export function initMenu(): void {
  const button = document.querySelector<HTMLButtonElement>('.menu-button');
  const nav = document.getElementById('course-nav');
  if (!button || !nav) return;
  const set = (open: boolean) => {
    button.setAttribute('aria-expanded', String(open));
    nav.classList.toggle('is-open', open);
  };
  button.addEventListener('click', () => set(button.getAttribute('aria-expanded') !== 'true'));
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
      set(false);
      button.focus();
    }
  });
}
