// Keyboard shortcuts shared by page scripts; kept apart from heavier modules so a page loads only this.

/** True when a key press should move focus to the search box: "/" typed outside any text field, without modifiers. */
export function isSearchShortcut(
  key: string,
  modifiers: { ctrlKey: boolean; metaKey: boolean; altKey: boolean },
  target: { tagName?: string; isContentEditable?: boolean } | null,
): boolean {
  if (key !== '/' || modifiers.ctrlKey || modifiers.metaKey || modifiers.altKey) return false;
  const tag = (target?.tagName ?? '').toUpperCase();
  return !(tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target?.isContentEditable === true);
}
