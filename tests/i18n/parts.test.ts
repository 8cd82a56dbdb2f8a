import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CALCULATOR_FORM_SECTIONS, COMMON_FORM_SECTIONS, formPart, isSplit, restPart, type Words } from '../../src/i18n/parts';
import { calculatorIds } from '../../src/rules/registry';

/**
 * The embed's words in two parts (src/i18n/parts.ts): together they are the namespace, nothing twice, nothing lost.
 * That the form shows only words of its part is checked in the browser on the built embed
 * (tests/e2e/embed-load.spec.ts: every calculator's form, both languages, with the rest held back).
 */
const dir = join(process.cwd(), 'src/i18n/locales/');
const read = (lng: string, ns: string): Words => JSON.parse(readFileSync(`${dir}${lng}/${ns}.json`, 'utf8')) as Words;
const languages = readdirSync(dir);

describe('namespaces in two parts', () => {
  it('are common and the calculators, in both languages', () => {
    expect(languages.sort()).toEqual(['en', 'zh-CN']);
    for (const lng of languages) {
      const pages = read(lng, 'pages');
      const split = readdirSync(`${dir}${lng}`)
        .map((f) => f.replace(/\.json$/, ''))
        .filter((ns) => isSplit(ns, read(lng, ns), pages));
      expect(split.sort()).toEqual(['common', ...calculatorIds].sort());
    }
  });

  it('the form sections exist in every language (a misspelt one would leave the form without its words)', () => {
    for (const lng of languages) {
      for (const section of COMMON_FORM_SECTIONS) expect(read(lng, 'common'), `${lng} common.${section}`).toHaveProperty([section]);
      for (const id of calculatorIds) for (const section of CALCULATOR_FORM_SECTIONS) expect(read(lng, id), `${lng} ${id}.${section}`).toHaveProperty([section]);
    }
  });

  it('form part + rest = the whole namespace, no section in both; a calculator form part holds its page heading', () => {
    for (const lng of languages) {
      const pages = read(lng, 'pages');
      for (const ns of ['common', ...calculatorIds]) {
        const words = read(lng, ns);
        const form = formPart(ns, words, pages);
        const rest = restPart(ns, words);
        const formSections = Object.keys(form[ns]!);
        const restSections = Object.keys(rest[ns]!);
        expect(formSections.filter((s) => restSections.includes(s))).toEqual([]);
        expect({ ...form[ns], ...rest[ns] }).toEqual(words);
        expect(restSections.length).toBeGreaterThan(0);
        if (ns === 'common') expect(Object.keys(form)).toEqual(['common']);
        else expect(form['pages']).toEqual({ [ns]: pages[ns] });
      }
    }
    // e.g. the long-term-care form part: its fields only, not the result, steps or guide
    expect(Object.keys(formPart('long-term-care', read('zh-CN', 'long-term-care'), read('zh-CN', 'pages'))['long-term-care']!)).toEqual(['fields']);
    expect((formPart('long-term-care', read('zh-CN', 'long-term-care'), read('zh-CN', 'pages'))['pages'] as Record<string, { title: string }>)['long-term-care']!.title).toBe(
      (read('zh-CN', 'pages')['long-term-care'] as { title: string }).title,
    );
  });
});
