/**
 * Build-time side of src/i18n/parts.ts (runs in Node, in the Vite configs): the module `virtual:words` that
 * src/i18n/i18n.svelte.ts reads its first words and its namespace parts from.
 * - The app (split: false): the first words are zh-CN's common and pages, whole, as before; no parts, every namespace
 *   loads whole.
 * - The portal embed (split: true): the first words are the form part of zh-CN's common; each split namespace, in each
 *   language, has a form part and a rest, each a chunk of its own (`sh-words:<part>:<lng>:<ns>`, named in the
 *   manifest that scripts/check-budget.mjs reads).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { formPart, isSplit, restPart, type Words } from './parts.ts';

const ID = 'virtual:words';
const PART = 'sh-words:';

export function wordParts(options: { split: boolean; localesDir: string }): Plugin {
  const { split, localesDir } = options;
  const read = (lng: string, ns: string): Words => JSON.parse(readFileSync(join(localesDir, lng, `${ns}.json`), 'utf8')) as Words;
  /** Every namespace file, as { lng, ns, split }: split when it comes in two parts. */
  const namespaces = () =>
    readdirSync(localesDir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) => {
        const pages = read(d.name, 'pages');
        return readdirSync(join(localesDir, d.name))
          .filter((f) => f.endsWith('.json'))
          .map((f) => f.slice(0, -'.json'.length))
          .map((ns) => ({ lng: d.name, ns, split: isSplit(ns, read(d.name, ns), pages) }));
      });
  const file = (lng: string, ns: string) => JSON.stringify(join(localesDir, lng, `${ns}.json`).replaceAll('\\', '/'));
  /** `{ '<lng>/<ns>': () => import(…) … }`: each loader resolves to a module (its default: the words, or a bundle). */
  const loaders = (list: readonly { lng: string; ns: string }[], source: (lng: string, ns: string) => string) =>
    `{\n${list.map(({ lng, ns }) => `  ${JSON.stringify(`${lng}/${ns}`)}: () => import(${source(lng, ns)})`).join(',\n')}\n}`;
  const partChunk = (part: string) => (lng: string, ns: string) => JSON.stringify(`${PART}${part}:${lng}:${ns}`);

  return {
    name: 'sh-word-parts',
    enforce: 'pre',
    resolveId(source) {
      if (source === ID) return `\0${ID}`;
      return source.startsWith(PART) ? `\0${source}` : undefined;
    },
    load(id) {
      if (id === `\0${ID}`) {
        const all = namespaces();
        if (!split) {
          // zh-CN's common and pages in the first load; every other file whole.
          const later = all.filter(({ lng, ns }) => lng !== 'zh-CN' || (ns !== 'common' && ns !== 'pages'));
          return [
            `import common from ${file('zh-CN', 'common')};`,
            `import pages from ${file('zh-CN', 'pages')};`,
            'export const first = { common, pages };',
            'export const partial = [];',
            'export const formWords = {};',
            'export const restWords = {};',
            `export const wholeWords = ${loaders(later, file)};`,
            '',
          ].join('\n');
        }
        const parts = all.filter((n) => n.split);
        return [
          `import first from ${JSON.stringify(`${PART}form:zh-CN:common`)};`,
          'export { first };',
          "export const partial = ['common'];",
          // zh-CN's common form part is the first load itself.
          `export const formWords = ${loaders(parts.filter(({ lng, ns }) => lng !== 'zh-CN' || ns !== 'common'), partChunk('form'))};`,
          `export const restWords = ${loaders(parts, partChunk('rest'))};`,
          `export const wholeWords = ${loaders(all.filter((n) => !n.split), file)};`,
          '',
        ].join('\n');
      }
      if (id.startsWith(`\0${PART}`)) {
        const [part, lng, ns] = id.slice(PART.length + 1).split(':') as [string, string, string];
        for (const f of [ns, 'pages', 'coverage']) this.addWatchFile(join(localesDir, lng, `${f}.json`));
        const bundle = part === 'form' ? formPart(ns, read(lng, ns), { pages: read(lng, 'pages'), coverage: read(lng, 'coverage') }) : restPart(ns, read(lng, ns));
        return `export default ${JSON.stringify(bundle)};\n`;
      }
      return undefined;
    },
  };
}
