import { expect, type Page, test } from '@playwright/test';
import type { AnyCalculator } from '../../src/rules/engine';
import { calculatorIds, loadCalculator } from '../../src/rules/registry';

function flatten(o: Record<string, unknown>, prefix = ''): [string, string][] {
  return Object.entries(o).flatMap(([k, v]) =>
    v !== null && typeof v === 'object' ? flatten(v as Record<string, unknown>, `${prefix}${k}.`) : [[`${prefix}${k}`, String(v)] as [string, string]],
  );
}

const groupName = (name: string) => `f-${name.replace(/\./g, '-')}`;

/**
 * Completes a form with the keyboard alone: Tab to each field in page order, type into text fields, and move
 * through a radio group with the arrow keys (which also select), as a person without a mouse would.
 */
async function fillByKeyboard(page: Page, calc: AnyCalculator, raw: Record<string, unknown>): Promise<void> {
  const todo = new Map(flatten(raw).filter(([name]) => calc.fields.some((f) => f.name === name)));
  await page.locator('h1').click(); // a start point before the form; clicking text moves no focus to a control
  let tabs = 0;
  while (todo.size && tabs++ < 400) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      return el ? { id: el.id, name: el.name, type: el.type, value: el.value, closedSummary: el.tagName === 'SUMMARY' && !(el.parentElement as HTMLDetailsElement).open } : null;
    });
    if (!focused) continue;
    // a group of optional fields starts closed: open it with Enter, as a keyboard user would
    if (focused.closedSummary) {
      await page.keyboard.press('Enter');
      continue;
    }
    const name = [...todo.keys()].find((n) => focused.id === groupName(n) || focused.name === groupName(n));
    if (!name) continue;
    const value = todo.get(name)!;
    const spec = calc.fields.find((f) => f.name === name)!;
    if (focused.type === 'radio') {
      const options = spec.kind === 'boolean' ? ['true', 'false'] : [...(spec.options ?? [])];
      let at = options.indexOf(focused.value);
      const target = options.indexOf(value);
      if (at === target) await page.keyboard.press('Space');
      while (at < target) {
        await page.keyboard.press('ArrowDown');
        at++;
      }
      while (at > target) {
        await page.keyboard.press('ArrowUp');
        at--;
      }
    } else {
      await page.keyboard.press('Control+A');
      await page.keyboard.type(value);
    }
    todo.delete(name);
  }
  expect([...todo.keys()], 'fields not reached with Tab').toEqual([]);
}

for (const id of calculatorIds) {
  test(`${id}: completed with the keyboard alone`, async ({ page }) => {
    const calc = await loadCalculator(id);
    await page.goto(`./#/${id}`);
    await page.locator('form').waitFor();
    await fillByKeyboard(page, calc, calc.example);
    // from the last field, Tab on to the submit button and press Enter
    for (let i = 0; i < 60; i++) {
      if (await page.evaluate(() => (document.activeElement as HTMLButtonElement | null)?.type === 'submit')) break;
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await expect(page.locator('#result-title')).toBeFocused();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
}
