/** Wires the header's theme toggle: stores the choice and keeps aria-pressed in step with the page. */
export function initThemeToggle(): void {
  // The page starts in the system's scheme unless a stored choice was applied by the inline head script.
  const root = document.documentElement;
  const system = matchMedia('(prefers-color-scheme: dark)');
  const current = () => (root.dataset['theme'] ?? (system.matches ? 'dark' : 'light')) as 'light' | 'dark';
  const sync = () => {
    for (const b of document.querySelectorAll('.theme-toggle')) b.setAttribute('aria-pressed', String(current() === 'dark'));
  };
  for (const b of document.querySelectorAll('.theme-toggle')) {
    b.addEventListener('click', () => {
      const next = current() === 'dark' ? 'light' : 'dark';
      root.dataset['theme'] = next;
      try {
        localStorage.setItem('theme', next);
      } catch {
        // Storage can be blocked (private mode); the choice then lasts for this page only.
      }
      sync();
    });
  }
  system.addEventListener('change', sync);
  sync();
}
