import { parseLexicon, parseLexiconMap } from '../lexicons/parse.js';
import { firstFrom, type AnalysedText } from '../text/document.js';

/**
 * Cue phrases matched by token look-up. A cue is a sequence of space-separated parts:
 * - `woord` matches that token exactly (lowercase; a leading `#` or `@` of the token is ignored);
 * - `woord*` matches tokens starting with `woord`, `*woord` tokens ending in it;
 * - `?` matches any one token, `..` skips zero to three tokens;
 * - inside a phrase, one modal particle (`echt`, `gewoon` …) between two parts is skipped.
 * Punctuation is not part of the token stream, emoji are (so `😂` is a cue like any word).
 */
type Part =
  | { kind: 'exact'; value: string }
  | { kind: 'prefix'; value: string }
  | { kind: 'suffix'; value: string }
  | { kind: 'any' }
  | { kind: 'gap' };

interface Pattern {
  cue: string;
  category: string;
  parts: Part[];
}

export interface CueMatch {
  start: number;
  end: number;
  cue: string;
  category: string;
  /** Index of the first matched token in the cue-token stream. */
  from: number;
  /** Index after the last matched token. */
  to: number;
}

export interface CueToken {
  norm: string;
  start: number;
  end: number;
}

/** Drop emoji variation selectors, straighten apostrophes, then drop a leading `#` or `@`. */
const clean = (lower: string) => {
  let s = lower;
  if (s.includes('\uFE0F')) s = s.replace(/\uFE0F/g, '');
  if (s.includes('’')) s = s.replace(/’/g, "'");
  const c0 = s.charCodeAt(0);
  return c0 === 35 || c0 === 64 ? s.slice(1) : s;
};
const normalise = (s: string) => clean(s.toLowerCase());

/**
 * `normalise` for a token's text that is lowercase already. Most tokens need no cleaning, and a character
 * loop tells so faster than lowercasing again; the result is the same.
 */
const normaliseLower = (lower: string) => {
  const c0 = lower.charCodeAt(0);
  if (c0 === 35 || c0 === 64) return clean(lower); // # or @
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c === 0xfe0f || c === 0x2019) return clean(lower);
  }
  return lower;
};

/** The document's word, number, mention, hashtag and emoji tokens, normalised; computed once per text. */
export function cueTokens(doc: AnalysedText): CueToken[] {
  let out = doc.cueTokens;
  if (!out) {
    out = [];
    for (const t of doc.tokens) {
      if (t.kind === 'punct' || t.kind === 'url' || t.kind === 'email') continue;
      // "op t dak", "'n brief": the spoken short forms of het and een match cues written in full.
      const norm = t.lower === 't' ? 'het' : t.lower === 'n' ? 'een' : normaliseLower(t.lower);
      out.push({ norm, start: t.start, end: t.end });
    }
    doc.cueTokens = out;
  }
  return out;
}

function parsePart(p: string): Part {
  if (p === '?') return { kind: 'any' };
  if (p === '..') return { kind: 'gap' };
  if (p.length > 1 && p.endsWith('*')) return { kind: 'prefix', value: normalise(p.slice(0, -1)) };
  if (p.length > 1 && p.startsWith('*')) return { kind: 'suffix', value: normalise(p.slice(1)) };
  return { kind: 'exact', value: normalise(p) };
}

function partMatches(part: Part, tok: string): boolean {
  switch (part.kind) {
    case 'exact':
      return tok === part.value;
    case 'prefix':
      return tok.startsWith(part.value);
    case 'suffix':
      return tok.endsWith(part.value);
    default:
      return true;
  }
}

/**
 * Modal particles and intensifiers that speakers slip into any phrase ("ik zie het echt niet meer zitten",
 * "dat klinkt gewoon als"): inside a multiword cue, one of them between two parts is skipped.
 */
const PARTICLES = new Set(['echt', 'gewoon', 'wel', 'nou', 'even', 'toch', 'maar', 'ook', 'zo', 'nog', 'helemaal', 'eigenlijk', 'gewoonweg', 'heus', 'nu', 'dus', 'best', 'erg', 'heel', 'zeker', 'ff', 'allemaal']);

/** Key length for indexing prefix and suffix patterns (every affix in the lexicons is at least this long). */
const KEY = 3;

interface OwnedPattern extends Pattern {
  owner: CueSet;
}

/** A pattern waiting at a trie node: its parts from `k` on are still to match. */
interface Tail {
  pattern: OwnedPattern;
  k: number;
  /** Registration order; among equally long matches of one set at one position, the lowest rank wins. */
  rank: number;
}

/**
 * Patterns whose first part is an exact word sit in a trie over their leading exact words, so a token
 * costs one map look-up per matched word instead of one attempt per pattern sharing its first word
 * (many cues start with "ik", "de" or "je"). The remaining parts (affixes, `?`, `..`) are matched from
 * the node where the exact run ends.
 */
interface TrieNode {
  next: Map<string, TrieNode> | undefined;
  tails: Tail[];
}

/**
 * Every cue set registers its patterns in one shared index, so a text is scanned once for all lexicons
 * together and each set reads its own matches from the result.
 */
const ROOT: TrieNode = { next: new Map(), tails: [] };
const BY_PREFIX = new Map<string, Tail[]>();
const BY_SUFFIX = new Map<string, Tail[]>();
/**
 * The result of a set without matches. Built from a one-element array and emptied, so it shares the hidden
 * class of the filled results: optimised code that reads both then stays valid (an empty literal would not).
 */
const NONE: CueMatch[] = [undefined as unknown as CueMatch];
NONE.length = 0;
const SHARED = new Map<string, CueSet>();
let registered = 0;
/** Exact-first patterns rank before prefix ones, prefix before suffix ones (the order of the original scan). */
const KIND_RANK = { exact: 0, prefix: 1e9, suffix: 2e9 } as const;

function addTo(map: Map<string, Tail[]>, key: string, t: Tail) {
  const list = map.get(key);
  if (list) list.push(t);
  else map.set(key, [t]);
}

function addToTrie(pattern: OwnedPattern, rank: number) {
  let node = ROOT;
  let k = 0;
  while (k < pattern.parts.length) {
    const part = pattern.parts[k]!;
    if (part.kind !== 'exact') break;
    node.next ??= new Map();
    let child = node.next.get(part.value);
    if (!child) node.next.set(part.value, (child = { next: undefined, tails: [] }));
    node = child;
    k++;
  }
  node.tails.push({ pattern, k, rank });
}

/** What the index holds for one token: its trie node, and the prefix and suffix patterns its first and last letters select. */
interface TokenEntry {
  node: TrieNode | undefined;
  pre: Tail[] | undefined;
  suf: Tail[] | undefined;
}

/**
 * Words recur across texts, so each word's three index look-ups (and the two affix slices) are kept: one
 * look-up per token instead. Bounded, and emptied whenever a cue set registers new patterns.
 */
const ENTRIES = new Map<string, TokenEntry>();

function entryOf(norm: string): TokenEntry {
  let e = ENTRIES.get(norm);
  if (!e) {
    if (ENTRIES.size >= 50_000) ENTRIES.clear();
    const long = norm.length >= KEY;
    e = {
      node: ROOT.next!.get(norm),
      pre: long ? BY_PREFIX.get(norm.slice(0, KEY)) : undefined,
      suf: long ? BY_SUFFIX.get(norm.slice(-KEY)) : undefined,
    };
    ENTRIES.set(norm, e);
  }
  return e;
}

function scan(doc: AnalysedText): Map<CueSet, CueMatch[]> {
  const toks = cueTokens(doc);
  const result = new Map<CueSet, CueMatch[]>();
  // The rank of each set's last match (only compared while that match is at the current position).
  const ranks = new Map<CueSet, number>();
  for (let i = 0; i < toks.length; i++) {
    const entry = entryOf(toks[i]!.norm);
    let node = entry.node;
    let j = i + 1;
    while (node) {
      if (node.tails.length) collect(node.tails, toks, i, j, result, ranks);
      if (!node.next || j >= toks.length) break;
      let child = node.next.get(toks[j]!.norm);
      // A modal particle inside a phrase ("zie het echt niet meer zitten") is skipped.
      if (!child && PARTICLES.has(toks[j]!.norm) && j + 1 < toks.length) {
        child = node.next.get(toks[j + 1]!.norm);
        if (child) j++;
      }
      node = child;
      j++;
    }
    if (entry.pre) collect(entry.pre, toks, i, i, result, ranks);
    if (entry.suf) collect(entry.suf, toks, i, i, result, ranks);
  }
  return result;
}

/** Try `tails` for a match that started at token `i` and continues at token `j`; keep the longest per set. */
function collect(tails: Tail[], toks: CueToken[], i: number, j: number, result: Map<CueSet, CueMatch[]>, ranks: Map<CueSet, number>) {
  for (const { pattern: p, k, rank } of tails) {
    const to = matchFrom(p.parts, k, toks, j);
    if (to <= i) continue;
    let matches = result.get(p.owner);
    if (!matches) result.set(p.owner, (matches = []));
    const last = matches[matches.length - 1];
    // One match per position per set: the longest, and of equally long ones the first registered.
    if (last && last.from === i) {
      if (to < last.to || (to === last.to && rank > ranks.get(p.owner)!)) continue;
      matches.pop();
    }
    ranks.set(p.owner, rank);
    matches.push({ start: toks[i]!.start, end: toks[to - 1]!.end, cue: p.cue, category: p.category, from: i, to });
  }
}

/** A compiled set of cue phrases, each with an optional category. Build once at module load. */
export class CueSet {
  constructor(entries: Iterable<[string, string]>) {
    ENTRIES.clear();
    for (const [cue, category] of entries) {
      const parts = cue.split(/\s+/).filter(Boolean).map(parsePart);
      const first = parts[0];
      if (!first || first.kind === 'gap' || first.kind === 'any') continue;
      if (first.kind !== 'exact' && first.value.length < KEY) continue;
      const pattern: OwnedPattern = { cue, category, parts, owner: this };
      const rank = KIND_RANK[first.kind] + registered++;
      if (first.kind === 'exact') addToTrie(pattern, rank);
      else if (first.kind === 'prefix') addTo(BY_PREFIX, first.value.slice(0, KEY), { pattern, k: 0, rank });
      else addTo(BY_SUFFIX, first.value.slice(-KEY), { pattern, k: 0, rank });
    }
  }

  /**
   * From a plain lexicon source (one cue per line); every cue gets `category`. Shared: the same source
   * and category give the same set, so rules reading one lexicon do not scan it twice.
   */
  static fromLexicon(source: string, category = ''): CueSet {
    const key = `${category}\u0000${source}`;
    let set = SHARED.get(key);
    if (!set) SHARED.set(key, (set = new CueSet(parseLexicon(source).map((c) => [c, category] as [string, string]))));
    return set;
  }

  /** From a lexicon whose lines read `cue | categorie`. Shared like `fromLexicon`. */
  static fromLexiconMap(source: string): CueSet {
    const key = `|\u0000${source}`;
    let set = SHARED.get(key);
    if (!set) SHARED.set(key, (set = new CueSet(parseLexiconMap(source).entries())));
    return set;
  }

  /** Every match of this set, left to right; at each position the longest match only. */
  find(doc: AnalysedText): CueMatch[] {
    const result = (doc.cueMatches ??= scan(doc));
    return result.get(this) ?? NONE;
  }

  has(doc: AnalysedText): boolean {
    return this.find(doc).length > 0;
  }
}

/** Returns the token index after the match, or -1. */
function matchFrom(parts: Part[], pi: number, toks: CueToken[], ti: number): number {
  if (pi === parts.length) return ti;
  const part = parts[pi]!;
  if (part.kind === 'gap') {
    for (let skip = 0; skip <= 3 && ti + skip <= toks.length; skip++) {
      const r = matchFrom(parts, pi + 1, toks, ti + skip);
      if (r >= 0) return r;
    }
    return -1;
  }
  if (ti >= toks.length) return -1;
  if (!partMatches(part, toks[ti]!.norm)) {
    // Inside a phrase, one modal particle may stand between two parts ("klinkt echt als").
    if (pi > 0 && PARTICLES.has(toks[ti]!.norm) && ti + 1 < toks.length && partMatches(part, toks[ti + 1]!.norm)) return matchFrom(parts, pi + 1, toks, ti + 2);
    return -1;
  }
  return matchFrom(parts, pi + 1, toks, ti + 1);
}

/** Index in the cue stream of the first token starting at or after `offset` (toks.length if none). */
export function tokenIndexAt(doc: AnalysedText, offset: number): number {
  return firstFrom(cueTokens(doc), offset);
}

/** The normalised tokens within `window` tokens before `offset`. */
export function tokensBefore(doc: AnalysedText, offset: number, window: number): string[] {
  const toks = cueTokens(doc);
  const i = tokenIndexAt(doc, offset);
  return toks.slice(Math.max(0, i - window), i).map((t) => t.norm);
}

/** The normalised tokens within `window` tokens from `offset` on. */
export function tokensAfter(doc: AnalysedText, offset: number, window: number): string[] {
  const toks = cueTokens(doc);
  const i = tokenIndexAt(doc, offset);
  return toks.slice(i, i + window).map((t) => t.norm);
}
