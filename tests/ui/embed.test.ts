import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { currentLocale, setLocale } from '../../src/i18n/i18n.svelte';
import BenefitCalculator from '../../src/embed/BenefitCalculator.svelte';
import Frame from '../../src/embed/Frame.svelte';
import { reportHeight } from '../../src/embed/height';
import { openAppLinks } from '../../src/embed/links';
import { HEIGHT_MESSAGE, optionsFromQuery, readOptions, sharedFromHash } from '../../src/embed/options';
import { SHADOW_RESET, shadowCss } from '../../src/embed/shadow-css';
import { clearDraft } from '../../src/ui/drafts.svelte';

afterEach(async () => {
  vi.restoreAllMocks();
  await setLocale('zh-CN');
});

describe('embed options (custom element attributes and iframe query string)', () => {
  it('reads every documented option', () => {
    expect(optionsFromQuery('?calculator=unemployment-benefit&lang=en&asOf=2026-07-01&elderly=1')).toEqual({
      calculator: 'unemployment-benefit',
      lang: 'en',
      asOf: '2026-07-01',
      elderly: true,
      controls: true,
    });
    expect(optionsFromQuery('?calculator=unemployment-benefit&controls=none').controls).toBe(false);
  });

  it('falls back to the defaults on bad values, and tells the developer in the console', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(readOptions({ calculator: 'no-such-thing', lang: 'fr', asOf: '2026-02-30', elderly: 'false' })).toEqual({
      calculator: undefined,
      lang: 'zh-CN',
      asOf: undefined,
      elderly: false,
      controls: true,
    });
    expect(warn).toHaveBeenCalledTimes(3);
    // a value that is not "none" shows the switches, with a warning
    expect(readOptions({ calculator: 'unemployment-benefit', controls: 'nope' }).controls).toBe(true);
    expect(warn).toHaveBeenCalledTimes(4);
  });

  it('accepts the usual spellings of the languages and of a boolean attribute', () => {
    expect(readOptions({ lang: 'en-GB' }).lang).toBe('en');
    expect(readOptions({ lang: 'zh' }).lang).toBe('zh-CN');
    expect(readOptions({ elderly: '' }).elderly).toBe(true); // <sh-benefit-calculator elderly>
    expect(readOptions({ elderly: null }).elderly).toBe(false);
    expect(readOptions({ elderly: '0' }).elderly).toBe(false);
  });

  it('takes a share link only for its own calculator', () => {
    expect(sharedFromHash('#/unemployment-benefit?claimDate=2025-09-15', 'unemployment-benefit')?.get('claimDate')).toBe('2025-09-15');
    expect(sharedFromHash('#/long-term-care?x=1', 'unemployment-benefit')).toBeUndefined();
    expect(sharedFromHash('#top', 'unemployment-benefit')).toBeUndefined();
    expect(sharedFromHash('#/unemployment-benefit?a=1', undefined)).toBeUndefined();
  });
});

describe('the stylesheet inside the shadow root', () => {
  it('moves :root, html and body rules onto the wrapper and turns rem into px', () => {
    const css = shadowCss(':root {\n  --size: 1.0625rem;\n}\nbody {\n  margin: 0;\n}\nhtml.large-text .radio input {\n  width: 2rem;\n}\n.table tbody td { padding: 0.5rem }');
    expect(css).toContain('.sh-root {\n  --size: 17px;');
    expect(css).toContain('\n.sh-root {\n  margin: 0;');
    expect(css).toContain('.sh-root.large-text .radio input {\n  width: 32px;');
    expect(css).toContain('.table tbody td { padding: 8px }');
    expect(css).not.toMatch(/:root|\bbody\b|\bhtml\b|\drem/);
  });

  it('resets what the wrapper would inherit from the host page', () => {
    expect(SHADOW_RESET).toContain('.sh-root{all:initial');
  });
});

describe('the iframe height message', () => {
  it('posts { type, calculator, height } to any origin, once per change of height', () => {
    const el = document.createElement('div');
    let height = 812.4;
    vi.spyOn(el, 'getBoundingClientRect').mockImplementation(() => ({ height }) as DOMRect);
    const postMessage = vi.fn();
    const stop = reportHeight(el, 'unemployment-benefit', { postMessage } as unknown as Window);
    expect(postMessage).toHaveBeenCalledWith({ type: HEIGHT_MESSAGE, calculator: 'unemployment-benefit', height: 813 }, '*');
    expect(HEIGHT_MESSAGE).toBe('sh-benefit-calculator:height');
    height = 812.9; // same whole pixel: no second message
    stop();
    expect(postMessage).toHaveBeenCalledTimes(1);
  });
});

describe('links to other pages of the app', () => {
  it('open the full app in a new tab; other links are left alone', () => {
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    const handler = openAppLinks('https://calc.example/app/');
    const box = document.createElement('div');
    box.innerHTML = '<a href="#/sources?p=x">sources</a><a href="#f-claimDate">field</a>';
    box.addEventListener('click', handler);
    document.body.append(box);
    const [app, field] = box.querySelectorAll('a');
    const e1 = new MouseEvent('click', { bubbles: true, cancelable: true });
    app!.dispatchEvent(e1);
    expect(open).toHaveBeenCalledWith('https://calc.example/app/#/sources?p=x', '_blank', 'noopener');
    expect(e1.defaultPrevented).toBe(true);
    const e2 = new MouseEvent('click', { bubbles: true, cancelable: true });
    field!.dispatchEvent(e2);
    expect(e2.defaultPrevented).toBe(false);
    expect(open).toHaveBeenCalledTimes(1);
    box.remove();
  });
});

describe('the iframe page', () => {
  it('shows the calculator without the site header, with the rules-as-of date given', async () => {
    clearDraft('unemployment-benefit');
    render(Frame, { options: readOptions({ calculator: 'unemployment-benefit', asOf: '2026-01-05' }) });
    expect(await screen.findByLabelText('申领受理日期', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.queryByRole('banner')).toBeNull();
    expect(screen.getByLabelText('政策日期')).toHaveValue('2026-01-05');
  });

  it('says "not found" for an unknown calculator', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(Frame, { options: readOptions({ calculator: 'nope' }) });
    expect(screen.getByRole('heading', { name: '找不到这个页面' })).toBeInTheDocument();
  });
});

describe('<sh-benefit-calculator> in jsdom', () => {
  it('renders into an open shadow root, in the language asked for, without touching the host page', async () => {
    const tag = 'sh-benefit-calculator-test';
    const element = (BenefitCalculator as unknown as { element: CustomElementConstructor }).element;
    if (!customElements.get(tag)) customElements.define(tag, element);
    clearDraft('unemployment-benefit');
    document.documentElement.setAttribute('lang', 'de');
    document.title = 'Portal';
    const el = document.createElement(tag);
    el.setAttribute('calculator', 'unemployment-benefit');
    el.setAttribute('lang', 'en');
    el.setAttribute('as-of', '2026-01-05');
    el.setAttribute('elderly', '');
    document.body.append(el);
    const root = el.shadowRoot!;
    await waitFor(() => expect(root.querySelector('#f-claimDate')).not.toBeNull(), { timeout: 5000 });
    // the language switch waits for the English words to load
    await waitFor(() => expect(currentLocale()).toBe('en'));
    await waitFor(() => expect(root.querySelector('h1')?.textContent).toBe('Unemployment benefit'));
    expect(root.querySelector('.sh-root')?.classList.contains('large-text')).toBe(true);
    expect(root.querySelector('.sh-root')?.getAttribute('lang')).toBe('en');
    expect((root.querySelector('#f-asOf') as HTMLInputElement).value).toBe('2026-01-05');
    // the host page's language and title are its own
    expect(document.documentElement.getAttribute('lang')).toBe('de');
    expect(document.title).toBe('Portal');

    // an error-summary link finds its field inside the shadow root (the claim date starts at today: the years are missing)
    const user = userEvent.setup();
    await user.click(root.querySelector('button[type=submit]')!);
    const link = await waitFor(() => {
      const a = root.querySelector<HTMLAnchorElement>('.error-summary a[href="#f-contributionYears"]');
      expect(a).not.toBeNull();
      return a!;
    });
    await user.click(link);
    expect(root.activeElement?.id).toBe('f-contributionYears');

    // changing the attribute switches the language live
    el.setAttribute('lang', 'zh-CN');
    await waitFor(() => expect(root.querySelector('h1')?.textContent).toBe('失业保险金测算'));
    el.remove();
    document.documentElement.setAttribute('lang', 'zh-CN');
  });
});

describe('the embed is complete (issue 17): disclaimer, 长辈版 and language switches', () => {
  const DISCLAIMER = '测算结果仅供参考，以经办机构核定为准。本工具不联网、不保存您的信息。';

  it('custom element: the switches work and follow a later change of the elderly attribute; controls="none" hides them', async () => {
    const tag = 'sh-benefit-calculator-test'; // one constructor, one tag per registry
    const element = (BenefitCalculator as unknown as { element: CustomElementConstructor }).element;
    if (!customElements.get(tag)) customElements.define(tag, element);
    clearDraft('unemployment-benefit');
    const el = document.createElement(tag);
    el.setAttribute('calculator', 'unemployment-benefit');
    document.body.append(el);
    const root = el.shadowRoot!;
    await waitFor(() => expect(root.querySelector('#f-claimDate')).not.toBeNull(), { timeout: 5000 });
    expect(root.querySelector('[data-testid=embed-disclaimer]')?.textContent).toBe(DISCLAIMER);
    const wrapper = root.querySelector('.sh-root')!;
    const large = [...root.querySelectorAll('button')].find((b) => b.textContent?.includes('长辈版'))!;
    expect(large.getAttribute('aria-pressed')).toBe('false');
    large.click();
    await waitFor(() => expect(wrapper.classList.contains('large-text')).toBe(true));
    expect(large.getAttribute('aria-pressed')).toBe('true');
    // the host page sets the attribute off again: the attribute wins
    el.setAttribute('elderly', '');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(wrapper.classList.contains('large-text')).toBe(true);
    el.removeAttribute('elderly');
    await waitFor(() => expect(wrapper.classList.contains('large-text')).toBe(false));
    expect(large.getAttribute('aria-pressed')).toBe('false');

    (root.querySelector('#f-contributionYears') as HTMLInputElement).value = '3.5';
    root.querySelector('#f-contributionYears')!.dispatchEvent(new Event('input', { bubbles: true }));
    root.querySelector<HTMLButtonElement>('button[aria-label="Switch to English"]')!.click();
    await waitFor(() => expect(root.querySelector('h1')?.textContent).toBe('Unemployment benefit'));
    expect(root.querySelector('[data-testid=embed-disclaimer]')?.textContent).toMatch(/^Estimates only/);
    expect((root.querySelector('#f-contributionYears') as HTMLInputElement).value).toBe('3.5');
    expect(wrapper.getAttribute('lang')).toBe('en');

    el.setAttribute('controls', 'none');
    await waitFor(() => expect(root.querySelector('[data-testid=embed-controls]')).toBeNull());
    expect(root.querySelector('[data-testid=embed-disclaimer]')).not.toBeNull();
    el.remove();
  });

  it('iframe page: the disclaimer, and the 长辈版 switch on its own document', async () => {
    clearDraft('unemployment-benefit');
    render(Frame, { options: readOptions({ calculator: 'unemployment-benefit' }) });
    expect(await screen.findByText(DISCLAIMER)).toBeInTheDocument();
    const large = screen.getByRole('button', { name: /长辈版/ });
    await userEvent.click(large);
    expect(document.documentElement.classList.contains('large-text')).toBe(true);
    await userEvent.click(large);
    expect(document.documentElement.classList.contains('large-text')).toBe(false);
    expect(screen.getByRole('button', { name: 'Switch to English' })).toBeInTheDocument();
  });

  it('iframe page: controls=none shows no switches', async () => {
    clearDraft('unemployment-benefit');
    render(Frame, { options: optionsFromQuery('?calculator=unemployment-benefit&controls=none') });
    expect(await screen.findByText(DISCLAIMER)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /长辈版/ })).toBeNull();
  });
});
