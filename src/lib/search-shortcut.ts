/** The keys that open search from any page (kept apart so the header loads only this). */

/** Whether a keyboard event should open search: "/" outside a text field, or Ctrl/Cmd+K anywhere. */
export function isSearchShortcut(e: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }, inTextField: boolean): boolean {
  if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'k') return true;
  return e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !inTextField;
}
