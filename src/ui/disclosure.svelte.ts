/**
 * Which collapsible sections of a result the person opened, kept while the page is open (in memory only, like the
 * drafts): opening the month table once keeps it open for the next result, a language switch, another calculator.
 */
const opened = $state<Record<string, boolean>>({});

export function isOpen(key: string): boolean {
  return opened[key] ?? false;
}

export function setOpen(key: string, open: boolean): void {
  opened[key] = open;
}
