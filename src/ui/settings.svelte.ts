/**
 * Display settings. Large text (长辈版) and the language are remembered on the device only when the person
 * switches them, and never in counter mode (?mode=counter), which stores nothing at all.
 */
import { currentLocale, LOCALES, setLocale, type Locale } from '../i18n/i18n.svelte';

const KEY = 'sh-benefits:prefs:v1';

interface Prefs {
  largeText: boolean;
  locale: Locale;
}

export const counterMode = typeof location !== 'undefined' && new URLSearchParams(location.search).get('mode') === 'counter';

let largeText = $state(false);
/** A message code when stored settings could not be read (corrupt, or from an older version). */
let storageProblem = $state<string | undefined>();

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

function isPrefs(v: unknown): v is Prefs {
  if (!v || typeof v !== 'object') return false;
  const p = v as Record<string, unknown>;
  return typeof p['largeText'] === 'boolean' && typeof p['locale'] === 'string' && (LOCALES as readonly string[]).includes(p['locale']);
}

/** Reads the remembered settings once at start-up; anything unreadable is dropped with a message, never a crash. */
export function restoreSettings(): void {
  const s = storage();
  if (!s) return;
  if (counterMode) {
    s.removeItem(KEY);
    return;
  }
  const raw = s.getItem(KEY);
  if (raw === null) return;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!isPrefs(parsed)) throw new Error('shape');
    largeText = parsed.largeText;
    if (parsed.locale !== currentLocale()) void setLocale(parsed.locale);
  } catch {
    s.removeItem(KEY);
    storageProblem = 'storage-unreadable';
  }
  applyLargeText();
}

function remember(): void {
  if (counterMode) return;
  try {
    storage()?.setItem(KEY, JSON.stringify({ largeText, locale: currentLocale() } satisfies Prefs));
  } catch {
    // Storage full or disabled: the setting still applies for this visit.
  }
}

function applyLargeText(): void {
  if (typeof document !== 'undefined') document.documentElement.classList.toggle('large-text', largeText);
}

export function isLargeText(): boolean {
  return largeText;
}

export function setLargeText(on: boolean): void {
  largeText = on;
  applyLargeText();
  remember();
}

export async function chooseLocale(next: Locale): Promise<void> {
  await setLocale(next);
  remember();
}

/** Counter mode's "next person": large text off and the default language again, as for a first visitor. */
export async function resetSettings(): Promise<void> {
  largeText = false;
  applyLargeText();
  storageProblem = undefined;
  if (currentLocale() !== LOCALES[0]) await setLocale(LOCALES[0]);
}

export function settingsProblem(): string | undefined {
  return storageProblem;
}

export function dismissSettingsProblem(): void {
  storageProblem = undefined;
}
