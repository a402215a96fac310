/** Opens and closes the course menu on small screens (the button exists only when JavaScript runs). */
export function initMenu(): void {
  // The menu button exists only for small screens and only works with JavaScript; without it the nav is shown in place.
  const button = document.querySelector<HTMLButtonElement>('.menu-button');
  const nav = document.getElementById('course-nav');
  if (button && nav) {
    button.hidden = false;
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
  } else if (button) {
    button.remove();
  }
}
