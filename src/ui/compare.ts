import type { Step, UsedParam } from '../rules/engine';

export interface ParamChange {
  id: string;
  before: UsedParam[];
  after: UsedParam[];
}

function byId(steps: Step[]): Map<string, UsedParam[]> {
  const out = new Map<string, UsedParam[]>();
  for (const p of steps.flatMap((s) => s.params)) {
    const list = out.get(p.id) ?? [];
    if (!list.some((q) => q.from === p.from && q.value === p.value)) list.push(p);
    out.set(p.id, list);
  }
  return out;
}

const sig = (list: UsedParam[] | undefined) => (list ?? []).map((p) => `${p.from}|${p.value}|${p.source.doc}`).sort().join(';');

/** The parameters whose values differ between two runs of the same input under two rules-as-of dates. */
export function paramChanges(before: Step[], after: Step[]): ParamChange[] {
  const a = byId(before);
  const b = byId(after);
  const ids = [...new Set([...a.keys(), ...b.keys()])];
  return ids.filter((id) => sig(a.get(id)) !== sig(b.get(id))).map((id) => ({ id, before: a.get(id) ?? [], after: b.get(id) ?? [] }));
}

/** The documents a run relied on, each once, in the order first used. */
export function documentsUsed(steps: Step[]): { doc: string; secondary: boolean }[] {
  const out: { doc: string; secondary: boolean }[] = [];
  for (const s of [...steps.flatMap((x) => x.params.map((p) => p.source)), ...steps.flatMap((x) => x.citations)]) {
    const found = out.find((o) => o.doc === s.doc);
    if (found) found.secondary ||= s.confidence === 'secondary';
    else out.push({ doc: s.doc, secondary: s.confidence === 'secondary' });
  }
  return out;
}
