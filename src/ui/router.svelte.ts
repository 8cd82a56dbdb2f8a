/** The page lives in the URL hash: #/ (home), #/sources, #/<calculator-id>, each with an optional ?query. */

export interface Route {
  page: string;
  query: URLSearchParams;
}

/**
 * decodeURIComponent without the exception: a link cut inside an escape by a messenger ("%E0%A4%A", "50%off")
 * gives undefined, never a blank page.
 */
export function safeDecode(s: string): string | undefined {
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined;
  }
}

/** A page name that cannot be decoded is no page of ours: it is kept as written, so the router shows "not found". */
export function parseHash(hash: string): Route {
  const body = hash.replace(/^#\/?/, '');
  const q = body.indexOf('?');
  const raw = q >= 0 ? body.slice(0, q) : body;
  const page = safeDecode(raw) ?? raw;
  return { page, query: new URLSearchParams(q >= 0 ? body.slice(q + 1) : '') };
}

const parse = parseHash;

let route = $state<Route>(parse(typeof location === 'undefined' ? '' : location.hash));

if (typeof window !== 'undefined') {
  window.addEventListener('hashchange', () => {
    route = parse(location.hash);
  });
}

export function currentRoute(): Route {
  return route;
}

export function href(page: string, query?: URLSearchParams): string {
  const q = query && [...query.keys()].length ? `?${query.toString()}` : '';
  return `#/${encodeURIComponent(page)}${q}`;
}

export function navigate(page: string, query?: URLSearchParams): void {
  location.hash = href(page, query);
}

/** Shows a page in place of the current history entry (no new entry, no hashchange): "next person" stays put. */
export function replaceRoute(page: string, query?: URLSearchParams): void {
  history.replaceState(history.state, '', `${location.pathname}${location.search}${href(page, query)}`);
  route = parse(location.hash);
}
