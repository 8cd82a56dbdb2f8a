import type { LabelOf, Lang } from '../../batch/types';
import { getPath } from '../../rules/engine';

/** The locale files, read here directly: a file's headers may be in either language, whatever the page shows. */
const files = import.meta.glob<Record<string, unknown>>(['../../i18n/locales/*/*.json', '!../../i18n/locales/*/common.json'], { import: 'default' });
const LANGS: readonly Lang[] = ['zh-CN', 'en'];

/** Field and option labels of one calculator in both languages, for matching headers and option words. */
export async function labelsFor(ns: string): Promise<LabelOf> {
  const data = new Map<Lang, unknown>(await Promise.all(LANGS.map(async (lng) => [lng, await files[`../../i18n/locales/${lng}/${ns}.json`]?.()] as [Lang, unknown])));
  return (lng, key) => {
    const at = key.indexOf(':');
    if (key.slice(0, at) !== ns) return undefined;
    const v = getPath(data.get(lng), key.slice(at + 1));
    return typeof v === 'string' && v.trim() ? v : undefined;
  };
}
