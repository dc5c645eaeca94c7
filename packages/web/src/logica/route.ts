/**
 * Hash routing: `#/pad/param` → a route. Hash routes need no server support, so the app works behind any
 * static host as well as behind the API server's SPA fallback.
 */
export interface Route {
  /** First path segment, e.g. `controleer`; `''` for the start page. */
  scherm: string;
  /** Remaining segments, decoded. */
  params: string[];
}

export function parseHash(hash: string): Route {
  const path = hash.replace(/^#\/?/, '').split('?')[0] ?? '';
  const parts = path
    .split('/')
    .filter((p) => p.length > 0)
    .map((p) => {
      try {
        return decodeURIComponent(p);
      } catch {
        return p;
      }
    });
  return { scherm: parts[0] ?? '', params: parts.slice(1) };
}

export function href(...parts: string[]): string {
  return `#/${parts.map(encodeURIComponent).join('/')}`;
}
