/** Wires the copy buttons of code blocks, those a widget renders later included, and announces the result. */
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
  // One listener for the page: a quiz shows a code block's copy button only once the learner opens an answer.
  document.addEventListener('click', async (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('.copy-button') : null;
    if (!button) return;
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
