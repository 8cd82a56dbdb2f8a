/**
 * A namespace's words in two parts, for the portal embed (issue 17: at most 60 kB until the form is ready): the part
 * a calculator's form shows, loaded before the form, and the rest (the result, the explanation, the notices, the next
 * steps), loaded right after it. The app loads each namespace whole; the embed's build (vite.embed.config.ts, through
 * src/i18n/word-parts.build.ts) serves the parts. Pure data and functions: no DOM, no i18next.
 *
 * tests/ui/embed-words.test.ts draws every calculator's form, in both languages, from the form parts alone and finds
 * no word missing; a section added to a form must be listed here or that test fails.
 */
/** Words of one namespace: its top-level sections. */
export type Words = Record<string, unknown>;
/** Words of several namespaces at once (a calculator's form part carries its page title from `pages` too). */
export type WordBundle = Record<string, Words>;

/**
 * The sections of `common` the form shows: the embed's own switches and disclaimer (app, lang, settings), the form's
 * buttons and marks (form), the rules-date fields (fields), the loading line, the "rules checked on" line (rules), a
 * broken share link (share), an unknown calculator (notFound) and the printed header (print). Field errors (errors,
 * range) come after a submit, which waits for the rest.
 */
export const COMMON_FORM_SECTIONS = ['app', 'lang', 'settings', 'form', 'fields', 'loading', 'rules', 'share', 'notFound', 'print'] as const;
/** The sections of a calculator's own namespace its form shows: the labels, hints, choices and group legends. */
export const CALCULATOR_FORM_SECTIONS = ['fields'] as const;

/**
 * Whether a namespace comes in two parts: common, and each calculator's (a namespace with form fields and a page
 * heading); every other one is loaded whole. tests/ui/embed-words.test.ts checks that these are common and the
 * registry's calculators.
 */
export function isSplit(ns: string, words: Words, pages: Words): boolean {
  return ns === 'common' || (CALCULATOR_FORM_SECTIONS.every((s) => s in words) && ns in pages);
}

function pick(words: Words, sections: readonly string[], keep: boolean): Words {
  return Object.fromEntries(Object.entries(words).filter(([section]) => sections.includes(section) === keep));
}

/**
 * The form part of a split namespace: its form sections; a calculator's also holds its entry of `pages` (the
 * heading and lead above the form), so that the embed needs no page words but its own calculator's.
 */
export function formPart(ns: string, words: Words, pages: Words): WordBundle {
  if (ns === 'common') return { common: pick(words, COMMON_FORM_SECTIONS, true) };
  return { [ns]: pick(words, CALCULATOR_FORM_SECTIONS, true), pages: { [ns]: pages[ns] ?? {} } };
}

/** The rest of a split namespace: every section its form part does not hold. */
export function restPart(ns: string, words: Words): WordBundle {
  return { [ns]: pick(words, ns === 'common' ? COMMON_FORM_SECTIONS : CALCULATOR_FORM_SECTIONS, false) };
}
