import type { Notice } from './calculator';
import type { Step } from './explain';

/**
 * One `carried-forward` notice for each parameter a result's steps used beyond its last sourced period
 * (Parameter.carryForward): params `parameter` (its id), `period` ("from/to" of the period asked for, also as `from`
 * and `to`), `sourcedTo` (the sourced value's last day) and `doc` (the document the value is carried from). Notices already present for a parameter are not repeated.
 */
export function carriedForwardNotices(steps: readonly Step[], notices: readonly Notice[] = []): Notice[] {
  const seen = new Set(notices.filter((n) => n.code === 'carried-forward').map((n) => n.params?.['parameter']));
  const out: Notice[] = [];
  for (const s of steps) {
    for (const p of s.params) {
      if (!p.carriedForward || seen.has(p.id)) continue;
      seen.add(p.id);
      const c = p.carriedForward;
      out.push({ code: 'carried-forward', params: { parameter: p.id, period: `${c.from}/${c.to}`, from: c.from, to: c.to, sourcedTo: c.sourcedTo, doc: p.source.doc } });
    }
  }
  return out;
}

/** The notices of an outcome with the carried-forward ones added (run() does this for every calculator). */
export function withCarriedForward(steps: readonly Step[], notices: readonly Notice[]): Notice[] {
  const extra = carriedForwardNotices(steps, notices);
  return extra.length ? [...notices, ...extra] : [...notices];
}
