import { waitFor } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import BenefitCalculator from '../../src/embed/BenefitCalculator.svelte';
import { appUrlOf } from '../../src/embed/links';
import { clearDraft } from '../../src/ui/drafts.svelte';

/** An invalid app-url must not throw on the host page (issue 15, item 9): a warning and the script's folder instead. */
describe('app-url', () => {
  it('reads http(s) URLs, absolute or relative; anything else falls back with a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(appUrlOf('https://app.example/sh/', 'https://portal.example/a/b.html', undefined)).toBe('https://app.example/sh/');
    expect(appUrlOf('../app/', 'https://portal.example/a/b.html', undefined)).toBe('https://portal.example/app/');
    expect(appUrlOf('http://[', 'https://portal.example/', 'https://fallback/')).toBe('https://fallback/');
    expect(appUrlOf('javascript:alert(1)', 'https://portal.example/', 'https://fallback/')).toBe('https://fallback/');
    expect(appUrlOf('', 'https://portal.example/', 'https://fallback/')).toBe('https://fallback/');
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });

  it('an element with app-url="http://[" still renders its calculator', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    const tag = 'sh-benefit-calculator-app-url';
    const element = (BenefitCalculator as unknown as { element: CustomElementConstructor }).element;
    if (!customElements.get(tag)) customElements.define(tag, element);
    clearDraft('unemployment-benefit');
    const el = document.createElement(tag);
    el.setAttribute('calculator', 'unemployment-benefit');
    el.setAttribute('app-url', 'http://[');
    document.body.append(el);
    await waitFor(() => expect(el.shadowRoot!.querySelector('#f-claimDate')).not.toBeNull(), { timeout: 5000 });
    // The page loads its result area and rules after the form: they arrive before the test ends (an import still on its
    // way at the teardown is an error), and a page removed before it asked for them does not ask (CalculatorPage).
    const [{ resultViews }, { nextStepsOf }] = await Promise.all([import('../../src/ui/results'), import('../../src/ui/next-steps'), import('../../src/rules/engine')]);
    await Promise.all([resultViews['unemployment-benefit'](), nextStepsOf['unemployment-benefit'](), import('../../src/ui/pages/CalculatorResult.svelte')]);
    expect(errors).toEqual([]);
    el.remove();
    window.removeEventListener('error', onError);
    warn.mockRestore();
  });
});
