import type { FieldError } from '../rules/engine';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * The words for a field error. A date the rules do not cover names the covered ranges, each "from … to …" or,
 * when the rules run on with no end, "from …".
 */
export function errorText(t: Translate, e: FieldError): string {
  const params: Record<string, unknown> = { ...e.params };
  if (e.code === 'date-not-covered') {
    const ranges = e.params?.['ranges'] ?? (e.params?.['from'] ? `${e.params['from']}/${e.params['to'] ?? ''}` : '');
    params['ranges'] = ranges
      .split(',')
      .filter(Boolean)
      .map((r) => {
        const [from, to] = r.split('/');
        return to ? t('common:range.closed', { from, to }) : t('common:range.open', { from });
      })
      .join(t('common:rules.separator'));
  }
  return t(`common:errors.${e.code}`, params);
}
