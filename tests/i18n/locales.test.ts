import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAll } from '../../src/rules/registry';

const dir = join(__dirname, '../../src/i18n/locales');
const read = (lng: string, file: string) => JSON.parse(readFileSync(join(dir, lng, file), 'utf8')) as Record<string, unknown>;

function keys(o: unknown, prefix = ''): string[] {
  if (o === null || typeof o !== 'object') return [prefix];
  return Object.entries(o as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function lookup(o: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((cur, part) => (cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[part] : undefined), o);
}

const files = readdirSync(join(dir, 'zh-CN')).filter((f) => f.endsWith('.json'));

describe('locale files', () => {
  it('zh-CN and en have the same files', () => {
    expect(readdirSync(join(dir, 'en')).filter((f) => f.endsWith('.json')).sort()).toEqual([...files].sort());
  });

  it.each(files)('%s has the same keys in both languages, and no empty message', (file) => {
    const zh = keys(read('zh-CN', file)).sort();
    const en = keys(read('en', file)).sort();
    expect(en).toEqual(zh);
    for (const lng of ['zh-CN', 'en']) {
      for (const k of keys(read(lng, file))) expect(String(lookup(read(lng, file), k)).trim(), `${lng}/${file} ${k}`).not.toBe('');
    }
  });

  it('every calculator has a title, a summary, labels for its fields and a label for each parameter', async () => {
    const common = read('zh-CN', 'common.json');
    for (const calc of await loadAll()) {
      const own = read('zh-CN', `${calc.id}.json`);
      expect(lookup(common, `calculators.${calc.id}.title`), calc.id).toBeTruthy();
      expect(lookup(common, `calculators.${calc.id}.summary`), calc.id).toBeTruthy();
      for (const f of calc.fields) {
        expect(lookup(own, `fields.${f.name}.label`), `${calc.id} ${f.name}`).toBeTruthy();
        for (const o of f.kind === 'choice' ? (f.options ?? []) : []) expect(lookup(own, `fields.${f.name}.options.${o}`), `${calc.id} ${f.name} ${o}`).toBeTruthy();
        if (f.group) expect(lookup(own, `fields.${f.group}.legend`), `${calc.id} ${f.group}`).toBeTruthy();
      }
      for (const p of calc.parameters) expect(lookup(own, `params.${p.id}`), `${calc.id} params.${p.id}`).toBeTruthy();
    }
  });
});
