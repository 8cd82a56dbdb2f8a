import { describe, expect, it } from 'vitest';
import { parseHash, safeDecode } from '../../src/ui/router.svelte';
import { sharedFromHash } from '../../src/embed/options';

/** Links cut inside a percent-escape by a messenger must not blank the app (issue 15, item 3). */
describe('malformed percent-escapes in the hash', () => {
  it.each(['#/%E0%A4%A', '#/%', '#/unemployment-benefit%?claimDate=2025-09-15', '#/50%off?x=1'])('%s is no page of ours, and reading it throws nothing', (hash) => {
    const route = parseHash(hash);
    expect(['', 'sources', 'batch', 'unemployment-benefit']).not.toContain(route.page);
  });

  it('a well-formed link still reads as before', () => {
    const route = parseHash('#/unemployment-benefit?claimDate=2025-09-15&asOf=2026-01-05');
    expect(route.page).toBe('unemployment-benefit');
    expect(route.query.get('claimDate')).toBe('2025-09-15');
    expect(parseHash('#/%E5%A4%B1').page).toBe('失');
  });

  it('safeDecode gives undefined for a cut escape', () => {
    expect(safeDecode('%E0%A4%A')).toBeUndefined();
    expect(safeDecode('%')).toBeUndefined();
    expect(safeDecode('a%20b')).toBe('a b');
  });

  it("the embed ignores a host page's own hash that cannot be decoded", () => {
    expect(sharedFromHash('#/50%off?x=1', 'unemployment-benefit')).toBeUndefined();
    expect(sharedFromHash('#/%E0%A4%A?x=1', 'unemployment-benefit')).toBeUndefined();
    expect(sharedFromHash('#/unemployment-benefit?claimDate=2025-09-15', 'unemployment-benefit')?.get('claimDate')).toBe('2025-09-15');
  });
});
