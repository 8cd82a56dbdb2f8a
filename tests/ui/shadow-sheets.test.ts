import { describe, expect, it } from 'vitest';
import { addShadowStyles, styleShadowRoot } from '../../src/embed/shadow-sheets';

/** The custom element's stylesheets (src/embed/shadow-sheets.ts); a file of its own, for a module state of its own. */
describe('the stylesheets inside the shadow roots', () => {
  it('without adoptedStyleSheets (jsdom, older browsers): one <style> per stylesheet, form then result, in every element', () => {
    const root = () => document.createElement('div').attachShadow({ mode: 'open' });
    const styles = (r: ShadowRoot) => [...r.querySelectorAll('style')].map((s) => (s.hasAttribute('data-sh-benefit-calculator') ? s.textContent : 'not ours'));
    const first = root();
    // a component's own <style> (Svelte puts them in the shadow root) stays after ours
    first.append(document.createElement('p'), document.createElement('style'));
    const firstStyled = styleShadowRoot(first);
    // the result's stylesheet arriving first still goes after the form's
    addShadowStyles('result', '.r{}');
    addShadowStyles('form', '.f{}');
    addShadowStyles('form', '.again{}');
    expect(styles(first)).toEqual(['.f{}', '.r{}', 'not ours']);
    expect(first.firstElementChild?.tagName).toBe('STYLE');
    const second = root();
    styleShadowRoot(second);
    styleShadowRoot(second);
    expect(styles(second)).toEqual(['.f{}', '.r{}']);
    firstStyled.forget();
  });
});
