/**
 * What the person typed, per calculator, kept in memory only: it survives a language switch, a validation error
 * and a visit to another page, and is gone when the tab closes.
 */
import { nest } from '../lib/nest';
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

/** The raw input object a calculator parses; blank fields are left out. */
export function rawInput(draft: Draft): Record<string, unknown> {
  return nest(Object.entries(draft).filter(([, value]) => value.trim() !== ''));
}
