/**
 * A namespace's words in two parts, for the portal embed (issue 17: at most 60 kB until the form is ready): the part
 * a calculator's form shows, loaded before the form, and the rest (the result, the explanation, the notices, the next
 * steps), loaded right after it. The app loads each namespace whole; the embed's build (vite.embed.config.ts, through
 * src/i18n/word-parts.build.ts) serves the parts. Pure data and functions: no DOM, no i18next.
 *
 * tests/e2e/embed-load.spec.ts draws every calculator's form in the built embed, in both languages, with the rest held
 * back, and finds it word for word as with every word loaded: a word a form shows must be in its form part.
 */

/** Words of one namespace: its top-level sections. */
export type Words = Record<string, unknown>;
/** Words of several namespaces at once (a calculator's form part carries its page heading and coverage line too). */
export type WordBundle = Record<string, Words>;

/**
 * What of `common` the form shows, by section or `section.key`: the embed's switches and disclaimer, the form's buttons
 * and marks, the rules-date fields, the loading line, the "rules checked on" line, a broken share link, an unknown
 * calculator and the printed header. Field errors (errors, range) come after a submit, which waits for the rest.
 */
export const COMMON_FORM_WORDS = [
  'app.title',
  'app.disclaimer',
  'lang',
  'settings',
  'form',
  'fields',
  'loading',
  'rules.checkedOn',
  'rules.seeSources',
  'share.invalid',
  'notFound.heading',
  'print',
] as const;
/** The section of `coverage` with each calculator's lines: in that calculator's form part; the rest of coverage every form shows. */
export const COVERAGE_LINES = 'parts';
/** The sections of a calculator's own namespace its form shows: the labels, hints, choices and group legends. */
export const CALCULATOR_FORM_SECTIONS = ['fields'] as const;

/**
 * Whether a namespace comes in two parts: common, coverage, and each calculator's (a namespace with form fields and a
 * page heading); every other one is loaded whole. tests/i18n/parts.test.ts checks these against the registry.
 */
export function isSplit(ns: string, words: Words, pages: Words): boolean {
  return ns === 'common' || ns === 'coverage' || (CALCULATOR_FORM_SECTIONS.every((s) => s in words) && ns in pages);
}

/** The words at `paths` (sections or `section.key`), or, with keep = false, every word but those. */
function pick(words: Words, paths: readonly string[], keep: boolean): Words {
  const out: Words = {};
  for (const [section, value] of Object.entries(words)) {
    const keys = paths.filter((p) => p.startsWith(`${section}.`)).map((p) => p.slice(section.length + 1));
    if (paths.includes(section) || !keys.length || typeof value !== 'object' || value === null) {
      if (paths.includes(section) === keep) out[section] = value;
      continue;
    }
    const inner = Object.fromEntries(Object.entries(value).filter(([k]) => keys.includes(k) === keep));
    if (Object.keys(inner).length) out[section] = inner;
  }
  return out;
}

const coverageParts = (coverage: Words, ns: string): Words => ({ [COVERAGE_LINES]: { [ns]: (coverage[COVERAGE_LINES] as Words | undefined)?.[ns] ?? {} } });

/**
 * The form part of a split namespace. A calculator's also holds its entry of `pages` (the heading and lead above the
 * form) and its lines of `coverage`, so that the embed loads no other calculator's words.
 */
export function formPart(ns: string, words: Words, context: { pages: Words; coverage: Words }): WordBundle {
  if (ns === 'common') return { common: pick(words, COMMON_FORM_WORDS, true) };
  if (ns === 'coverage') return { coverage: pick(words, [COVERAGE_LINES], false) };
  return { [ns]: pick(words, CALCULATOR_FORM_SECTIONS, true), pages: { [ns]: context.pages[ns] ?? {} }, coverage: coverageParts(context.coverage, ns) };
}

/** The rest of a split namespace: every word its form part does not hold (a calculator's page and coverage words stay in theirs). */
export function restPart(ns: string, words: Words): WordBundle {
  if (ns === 'common') return { common: pick(words, COMMON_FORM_WORDS, false) };
  if (ns === 'coverage') return { coverage: pick(words, [COVERAGE_LINES], true) };
  return { [ns]: pick(words, CALCULATOR_FORM_SECTIONS, false) };
}
