import { type FieldSpec, fieldApplies, optionsFor, readBlankChoices } from '../rules/engine/fields';
import { MAX_INPUT_LENGTH } from '../rules/engine/text';

/** A shared link carries the form's inputs and the rules-as-of dates, nothing else. */
export const PAGE_KEYS = ['asOf', 'compareAsOf'] as const;
const MAX_VALUE = MAX_INPUT_LENGTH;

export function shareQuery(fields: readonly FieldSpec[], values: Record<string, string>, page: Record<string, string>): URLSearchParams {
  const q = new URLSearchParams();
  for (const f of fields) {
    const v = (values[f.name] ?? '').trim();
    if (v) q.set(f.name, v);
  }
  for (const k of PAGE_KEYS) if (page[k]?.trim()) q.set(k, page[k]!.trim());
  return q;
}

export type SharedInput = { ok: true; values: Record<string, string>; page: Record<string, string> } | { ok: false };

/** Reads a link's inputs. Unknown keys, repeated keys, over-long or control-character values make it invalid. */
export function readShared(fields: readonly FieldSpec[], query: URLSearchParams): SharedInput {
  const names = new Set(fields.map((f) => f.name));
  const values: Record<string, string> = {};
  const page: Record<string, string> = {};
  const seen = new Set<string>();
  for (const [k, v] of query) {
    if (seen.has(k) || v.length > MAX_VALUE || /[\u0000-\u001f\u007f<>]/.test(v)) return { ok: false };
    seen.add(k);
    if (names.has(k)) values[k] = v;
    else if ((PAGE_KEYS as readonly string[]).includes(k)) page[k] = v;
    else return { ok: false };
  }
  return { ok: true, values: applying(fields, values), page };
}

/**
 * The values of the fields that apply, as the form would show them: a field whose condition fails (FieldSpec.when) and
 * a choice the other field's value does not offer (optionsWhen) are dropped, until nothing more changes (a field
 * may hang on one that was dropped).
 */
function applying(fields: readonly FieldSpec[], values: Record<string, string>): Record<string, string> {
  // A link made before a choice existed: the choice as the calculator reads it (blankReads), so its fields stay.
  const out = { ...readBlankChoices(fields, values) };
  for (let changed = true; changed; ) {
    changed = false;
    for (const f of fields) {
      const v = out[f.name];
      if (v === undefined) continue;
      if (!fieldApplies(f, out) || (f.kind === 'choice' && f.optionsWhen && !optionsFor(f, out).includes(v))) {
        delete out[f.name];
        changed = true;
      }
    }
  }
  return out;
}
