/**
 * Counter mode (?mode=counter) on a shared computer: what the page must forget when the clerk presses "next person"
 * (下一位), beyond the drafts and pages App.svelte rebuilds: a share link in the clipboard, a shared link's answers in
 * the address bar and the history, and the display settings (settings.svelte.ts resets those).
 */
import { counterMode } from './settings.svelte';

/** Set when a share link of ours reached the clipboard (copied by hand from the link field: we never write it here). */
let linkInClipboard = false;

/** Whether a copied text is one of our share links (this page's address with a calculator's answers). */
export function isOurLink(text: string, here: Location = location): boolean {
  return text.trim().startsWith(`${here.origin}${here.pathname}`) && /#\/[^?]*\?/.test(text);
}

/** Watches copies on the page, so that "next person" knows whether the clipboard holds the last person's link. */
export function watchCopies(): () => void {
  if (!counterMode || typeof document === 'undefined') return () => {};
  const onCopy = (e: ClipboardEvent) => {
    const target = e.target as HTMLInputElement | null;
    const selected = target && 'value' in target && typeof target.value === 'string' ? target.value.slice(target.selectionStart ?? 0, target.selectionEnd ?? undefined) : (document.getSelection()?.toString() ?? '');
    linkInClipboard = isOurLink(selected);
  };
  document.addEventListener('copy', onCopy, true);
  return () => document.removeEventListener('copy', onCopy, true);
}

/**
 * A shared link (#/<id>?answers) has been read by the page: in counter mode its history entry becomes #/<id>, so
 * neither Back nor the address bar brings the answers back for the next person.
 */
export function forgetSharedLink(pageHash: string): void {
  if (!counterMode || typeof history === 'undefined') return;
  if (!location.hash.includes('?')) return;
  history.replaceState(history.state, '', `${location.pathname}${location.search}${pageHash}`);
}

/** Empties the clipboard when it still holds our link (called from the click on "next person", a user gesture). */
export async function clearCopiedLink(): Promise<void> {
  if (!linkInClipboard) return;
  linkInClipboard = false;
  try {
    await navigator.clipboard.writeText('');
  } catch {
    // No clipboard access: nothing we can clear.
  }
}
