/** Wires the copy buttons of code blocks and announces the result. */
export function initCopyCode(): void {
  let status: HTMLElement | undefined;
  const announce = (text: string) => {
    if (!status) {
      status = document.createElement('p');
      status.className = 'sr-only';
      status.setAttribute('role', 'status');
      document.body.append(status);
    }
    status.textContent = '';
    requestAnimationFrame(() => {
      status!.textContent = text;
    });
  };
  for (const button of document.querySelectorAll<HTMLButtonElement>('.copy-button')) {
    button.addEventListener('click', async () => {
      const code = button.parentElement?.querySelector('pre')?.innerText ?? '';
      try {
        await navigator.clipboard.writeText(code);
        button.textContent = 'Copied';
        announce('Code copied to the clipboard');
      } catch {
        button.textContent = 'Copy failed';
        announce('Could not copy: select the code and copy it by hand');
      }
      setTimeout(() => {
        button.textContent = 'Copy code';
      }, 2000);
    });
  }
}
