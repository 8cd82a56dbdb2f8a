import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CALCULATOR_FORM_SECTIONS, COMMON_FORM_WORDS, formPart, isSplit, restPart, type Words } from '../../src/i18n/parts';
import { calculatorIds } from '../../src/rules/registry';

/**
 * The embed's words in two parts (src/i18n/parts.ts): together they are the namespace, nothing twice, nothing lost.
 * That the form shows only words of its part is checked in the browser on the built embed
 * (tests/e2e/embed-load.spec.ts: every calculator's form, both languages, with the rest held back).
 */
const dir = join(process.cwd(), 'src/i18n/locales/');
const read = (lng: string, ns: string): Words => JSON.parse(readFileSync(`${dir}${lng}/${ns}.json`, 'utf8')) as Words;
const languages = readdirSync(dir);
const context = (lng: string) => ({ pages: read(lng, 'pages'), coverage: read(lng, 'coverage') });

/** Deep merge, as i18next's addResourceBundle(…, deep = true) adds a second part to the first. */
function merge(a: Words, b: Words): Words {
  const out: Words = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const at = out[k];
    out[k] = at && typeof at === 'object' && v && typeof v === 'object' ? merge(at as Words, v as Words) : v;
  }
  return out;
}

/** Every leaf key path of some words, e.g. "app.title". */
const leaves = (w: unknown, at = ''): string[] =>
  w && typeof w === 'object' ? Object.entries(w).flatMap(([k, v]) => leaves(v, at ? `${at}.${k}` : k)) : [at];

describe('namespaces in two parts', () => {
  it('are common, coverage and the calculators, in both languages', () => {
    expect(languages.sort()).toEqual(['en', 'zh-CN']);
    for (const lng of languages) {
      const split = readdirSync(`${dir}${lng}`)
        .map((f) => f.replace(/\.json$/, ''))
        .filter((ns) => isSplit(ns, read(lng, ns), read(lng, 'pages')));
      expect(split.sort()).toEqual(['common', 'coverage', ...calculatorIds].sort());
    }
  });

  it('what the form shows exists in every language (a misspelt name would leave the form without its words)', () => {
    for (const lng of languages) {
      const common = read(lng, 'common');
      for (const path of COMMON_FORM_WORDS) expect(common, `${lng} common.${path}`).toHaveProperty(path.split('.'));
      for (const id of calculatorIds) {
        for (const section of CALCULATOR_FORM_SECTIONS) expect(read(lng, id), `${lng} ${id}.${section}`).toHaveProperty([section]);
        expect(read(lng, 'coverage'), `${lng} coverage.parts.${id}`).toHaveProperty(['parts', id]);
      }
    }
  });

  it('form part + rest = the whole namespace, no word in both', () => {
    for (const lng of languages) {
      for (const ns of ['common', 'coverage', ...calculatorIds]) {
        const words = read(lng, ns);
        const form = formPart(ns, words, context(lng))[ns]!;
        const rest = restPart(ns, words)[ns]!;
        expect(leaves(form).filter((k) => leaves(rest).includes(k)), `${lng} ${ns}`).toEqual([]);
        expect(leaves(rest).length, `${lng} ${ns}`).toBeGreaterThan(0);
        expect(merge(form, rest), `${lng} ${ns}`).toEqual(words);
      }
    }
  });

  it('a calculator form part holds its fields, its page heading and its coverage lines, nothing of another calculator', () => {
    const bundle = formPart('long-term-care', read('zh-CN', 'long-term-care'), context('zh-CN'));
    expect(Object.keys(bundle).sort()).toEqual(['coverage', 'long-term-care', 'pages']);
    expect(Object.keys(bundle['long-term-care']!)).toEqual(['fields']);
    expect(bundle['pages']).toEqual({ 'long-term-care': read('zh-CN', 'pages')['long-term-care'] });
    expect(bundle['coverage']).toEqual({ parts: { 'long-term-care': (read('zh-CN', 'coverage')['parts'] as Words)['long-term-care'] } });
    // common's form part: the embed's disclaimer and the submit button, not the home page's words or the field errors
    const common = formPart('common', read('zh-CN', 'common'), context('zh-CN'))['common'] as Record<string, Record<string, string>>;
    expect(common['app']).toEqual({ title: '上海社保待遇测算', disclaimer: '测算结果仅供参考，以经办机构核定为准。本工具不联网、不保存您的信息。' });
    expect(common['form']!['submit']).toBe('开始测算');
    expect(common['home']).toBeUndefined();
    expect(common['errors']).toBeUndefined();
    expect(Object.keys(common['share']!)).toEqual(['invalid']);
  });
});
