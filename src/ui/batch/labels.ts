import { exampleCell } from '../../batch/columns';
import type { Column, LabelOf, Lang, Translate } from '../../batch/types';
import type { AnyCalculator } from '../../rules/engine';
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

/** A column's value as a person writes it: 是/否 for a yes/no, an option's label for a choice, else as it is. */
export function valueWords(t: Translate, calculatorId: string, column: Column | undefined, value: string): string {
  if (!column) return value;
  if (column.kind === 'boolean') return value === 'true' ? t('common:form.yes') : value === 'false' ? t('common:form.no') : value;
  if (column.kind === 'choice') return t(`${calculatorId}:fields.${column.name}.options.${value}`, { defaultValue: value });
  return value;
}

/** The template's example line: a name, then the calculator's example (a fact-sheet case) in words. */
export function exampleLine(t: Translate, calc: AnyCalculator, columns: readonly Column[]): { nameHeader: string; cells: string[] } {
  return { nameHeader: t('batch:template.nameColumn'), cells: [t('batch:template.exampleName'), ...columns.map((c) => valueWords(t, calc.id, c, exampleCell(calc, c)))] };
}
