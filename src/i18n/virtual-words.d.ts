/** Built by src/i18n/word-parts.build.ts (see there): the first words and, in the portal embed, the namespaces' parts. */
declare module 'virtual:words' {
  type WordBundle = import('./parts').WordBundle;
  /** The words in the first load, in zh-CN: common and pages whole in the app; the form part of common in the embed. */
  export const first: WordBundle;
  /** The namespaces of `first` it holds only the form part of. */
  export const partial: readonly string[];
  /** '<lng>/<ns>' → the form part of a split namespace (with the calculator's page words), and its rest; {} in the app. */
  export const formWords: Readonly<Record<string, () => Promise<{ default: WordBundle }>>>;
  export const restWords: Readonly<Record<string, () => Promise<{ default: WordBundle }>>>;
  /** '<lng>/<ns>' → a namespace's words, whole: every one not in `first` in the app, every one not in parts in the embed. */
  export const wholeWords: Readonly<Record<string, () => Promise<{ default: import('./parts').Words }>>>;
}
