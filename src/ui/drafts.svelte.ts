/**
 * What the person typed, per calculator, kept in memory only: it survives a language switch, a validation error
 * and a visit to another page, and is gone when the tab closes.
 */
import { calculatorIds } from '../rules/registry';

export type Draft = Record<string, string>;

const drafts = $state<Record<string, Draft>>(Object.fromEntries(calculatorIds.map((id) => [id, {}])));

export function draftFor(calculatorId: string): Draft {
  return drafts[calculatorId]!;
}

export function clearDraft(calculatorId: string): void {
  drafts[calculatorId] = {};
}

export function clearAllDrafts(): void {
  for (const id of Object.keys(drafts)) drafts[id] = {};
}

/** The raw input object a calculator parses: dotted field names become nested objects. Blank fields are left out. */
export function rawInput(draft: Draft): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(draft)) {
    if (value.trim() === '') continue;
    const parts = name.split('.');
    let cur = raw;
    for (const part of parts.slice(0, -1)) {
      cur[part] ??= {};
      cur = cur[part] as Record<string, unknown>;
    }
    cur[parts[parts.length - 1]!] = value;
  }
  return raw;
}
