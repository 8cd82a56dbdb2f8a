import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import Field from '../../src/ui/components/Field.svelte';
import { MAX_INPUT_LENGTH } from '../../src/rules/engine';
import { readShared } from '../../src/ui/share';

/** A text field takes no more than a share link may carry (issue 15, item 5): 64 characters. */
describe('length caps on text fields', () => {
  it('every text field has maxlength 64', () => {
    const { container } = render(Field, { ns: 'unemployment-benefit', spec: { name: 'claimDate', kind: 'date', required: true } });
    expect(container.querySelector('input')!.getAttribute('maxlength')).toBe(String(MAX_INPUT_LENGTH));
    expect(MAX_INPUT_LENGTH).toBe(64);
  });

  it('a share link value over the same cap is refused', () => {
    const fields = [{ name: 'claimDate', kind: 'date', required: true }] as const;
    expect(readShared(fields, new URLSearchParams({ claimDate: 'x'.repeat(64) })).ok).toBe(true);
    expect(readShared(fields, new URLSearchParams({ claimDate: 'x'.repeat(65) })).ok).toBe(false);
  });
});
