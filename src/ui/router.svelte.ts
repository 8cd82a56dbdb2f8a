/** The page lives in the URL hash: #/ (home), #/sources, #/<calculator-id>, each with an optional ?query. */

export interface Route {
  page: string;
  query: URLSearchParams;
}

function parse(hash: string): Route {
  const body = hash.replace(/^#\/?/, '');
  const q = body.indexOf('?');
  const page = decodeURIComponent(q >= 0 ? body.slice(0, q) : body);
  return { page, query: new URLSearchParams(q >= 0 ? body.slice(q + 1) : '') };
}

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
