/**
 * Lexicons are data: line-based text with `#` comments, shipped as string modules so the core stays
 * isomorphic (no file I/O). One entry per line; blank lines and comment lines are ignored; inline
 * comments after ` #` are stripped. Entries are lowercased for look-up unless `keepCase` is set.
 */
export function parseLexicon(source: string, keepCase = false): string[] {
  const out: string[] = [];
  for (const raw of source.split('\n')) {
    const hash = raw.indexOf(' #');
    const line = (hash >= 0 ? raw.slice(0, hash) : raw).trim();
    if (line === '' || line.startsWith('#')) continue;
    out.push(keepCase ? line : line.toLowerCase());
  }
  return out;
}

export function lexiconSet(source: string, keepCase = false): Set<string> {
  return new Set(parseLexicon(source, keepCase));
}

/**
 * Entries of the form `key<TAB>value` (or `key | value`), for lexicons that carry a category per entry.
 */
export function parseLexiconMap(source: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of parseLexicon(source, true)) {
    const sep = line.includes('\t') ? '\t' : ' | ';
    const i = line.indexOf(sep);
    if (i < 0) map.set(line.toLowerCase(), '');
    else map.set(line.slice(0, i).trim().toLowerCase(), line.slice(i + sep.length).trim());
  }
  return map;
}
