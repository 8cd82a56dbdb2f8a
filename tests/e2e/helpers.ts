import type { Page } from '@playwright/test';
import { type AnyCalculator, optionsFor } from '../../src/rules/engine';

function fieldId(name: string): string {
  return `f-${name.replace(/\./g, '-')}`;
}

function flatten(o: Record<string, unknown>, prefix = ''): [string, string][] {
  return Object.entries(o).flatMap(([k, v]) =>
    v !== null && typeof v === 'object' ? flatten(v as Record<string, unknown>, `${prefix}${k}.`) : [[`${prefix}${k}`, String(v)] as [string, string]],
  );
}

/** Fills a calculator's form the way a person would: typing into text fields, clicking radios. */
export async function fillForm(page: Page, calc: AnyCalculator, raw: Record<string, unknown>): Promise<void> {
  const values = Object.fromEntries(flatten(raw));
  for (const [name, value] of flatten(raw)) {
    const spec = calc.fields.find((f) => f.name === name);
    if (!spec) continue;
    const id = fieldId(name);
    // A group of optional fields starts closed: open it as a person would, by its summary (its fields are drawn a
    // moment after the form, so the group is found by its own name, not by the field inside it).
    if (spec.group) {
      const closed = page.locator(`details[data-testid="group-${spec.group}"]:not([open])`);
      if (await closed.count()) await closed.locator('summary').first().click();
    }
    if (spec.kind === 'boolean' || spec.kind === 'choice') {
      const options = spec.kind === 'boolean' ? ['true', 'false'] : [...optionsFor(spec, values)];
      const i = options.indexOf(value);
      await page.locator(`#${i === 0 ? id : `${id}-${value}`}`).check();
    } else {
      await page.locator(`#${id}`).fill(value);
    }
  }
}

export async function switchToEnglish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await page.locator('html[lang="en"]').waitFor();
}
