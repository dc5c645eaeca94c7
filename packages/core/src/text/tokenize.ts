/**
 * Dutch-aware tokenisation. One pass of one regular expression over the text; every token keeps its UTF-16
 * offsets so recognisers can point at passages exactly.
 *
 * What it knows about Dutch and about social-media text:
 * - words with diacritics (Gülsen, Aydın, Koç, ë/ï), hyphenated and apostrophe words (Leeuwen-Smits,
 *   d'Hondt, 's-Hertogenbosch, O'Neill, baby's), elided forms ('t, 's);
 * - hashtags (#ZorgcentrumDeLinde), @mentions (@PaulvdB), URLs (with or without scheme), e-mail addresses;
 * - numbers with internal separators (7,2 / 14-02-1958 / 020-5550123 are split later by the pattern
 *   recognisers, which work on the raw text);
 * - emoji sequences (including ZWJ sequences and skin-tone modifiers) as one token.
 * Tussenvoegsels (van, de, van der, ter …) are ordinary lowercase word tokens; `TUSSENVOEGSELS` lists them
 * for the name recogniser.
 */

export type TokenKind = 'word' | 'number' | 'url' | 'email' | 'mention' | 'hashtag' | 'emoji' | 'punct';

export interface Token {
  text: string;
  /** Lowercased text, for lexicon look-ups. */
  lower: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** Position in the token array. */
  index: number;
  /** First character is an uppercase letter. */
  capitalised: boolean;
  /** Every letter is uppercase and there are at least two letters (acronyms: LUMC, SEH, BSN). */
  allCaps: boolean;
  /** First word-like token of the text or after sentence-ending punctuation or a line break. */
  sentenceStart: boolean;
}

const URL_SCHEME_SRC = String.raw`(?:https?:\/\/|www\.)[^\s<>"']+`;
const URL_DOMAIN_SRC = String.raw`(?=[a-z0-9])(?<![\p{L}\p{N}@.])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:nl|com|org|net|eu|be|info|io|nu|de|uk|app)(?:\/[^\s<>"']*)?(?![\p{L}\p{N}])`;
const EMAIL_SRC = String.raw`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[\p{L}]{2,}`;
const MENTION_SRC = String.raw`(?=@)(?<![\p{L}\p{N}])@[\p{L}\p{N}_]+`;
const HASHTAG_SRC = String.raw`(?=#)(?<![\p{L}\p{N}&])#[\p{L}\p{N}_]+`;
// Leading elision ('s-Hertogenbosch, 't), inner apostrophes and hyphens (d'Hondt, Leeuwen-Smits, baby's).
const WORD_SRC = String.raw`(?:['’](?:s|t|n)(?=[\s-]|$)-?)?[\p{L}\p{M}][\p{L}\p{M}]*(?:['’\-][\p{L}\p{M}]+)*`;
const NUMBER_SRC = String.raw`\p{N}+(?:[.,:]\p{N}+)*`;
const EMOJI_SRC = String.raw`\p{Extended_Pictographic}(?:\p{Emoji_Modifier}|\uFE0F|\u200D\p{Extended_Pictographic})*|[\u{1F1E6}-\u{1F1FF}]{2}`;
const PUNCT_SRC = String.raw`[^\s]`;
const NEVER = '(?!)';

/**
 * The token regex, in four variants: the e-mail and mention alternatives are only tried when the text has an
 * '@', and URLs without a scheme only when it has something like '.nl'. Every alternative is otherwise tried at each token
 * start, so leaving out the ones that cannot match saves most of the tokenizer's time. Group numbers stay
 * the same in every variant.
 */
function tokenRegex(withAt: boolean, withDot: boolean): RegExp {
  const url = withDot ? `${URL_SCHEME_SRC}|${URL_DOMAIN_SRC}` : URL_SCHEME_SRC;
  return new RegExp(
    `(${url})|(${withAt ? EMAIL_SRC : NEVER})|(${withAt ? MENTION_SRC : NEVER})|(${HASHTAG_SRC})|(${WORD_SRC})|(${NUMBER_SRC})|(${EMOJI_SRC})|(${PUNCT_SRC})`,
    'gu',
  );
}
const TOKEN_RES = [tokenRegex(false, false), tokenRegex(false, true), tokenRegex(true, false), tokenRegex(true, true)] as const;
// A bare domain needs a lowercase letter or digit, a dot and one of the top-level domains above.
const MAYBE_DOMAIN = /[a-z0-9]\.(?:nl|com|org|net|eu|be|info|io|nu|de|uk|app)/;

const KINDS: TokenKind[] = ['url', 'email', 'mention', 'hashtag', 'word', 'number', 'emoji', 'punct'];
/** A token that ends a sentence: `.`, `!`, `?` or `…` (a character test; a regex per token cost more). */
export const isSentenceEndMark = (t: string) => t.length === 1 && (t === '.' || t === '!' || t === '?' || t === '…');
const UPPER = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const LETTERS2 = /\p{L}.*\p{L}/u;

/** First character is an uppercase letter; ASCII fast path, Unicode regex otherwise. */
function startsUpper(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(t);
}

/** At least two letters and no lowercase letter (acronyms). */
function isAllCaps(t: string): boolean {
  let letters = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters++;
    else if (c >= 128) return !HAS_LOWER.test(t) && LETTERS2.test(t);
  }
  return letters >= 2;
}

/** `t.toLowerCase()`; most tokens have no capital and no non-ASCII character, and are their own lowercase. */
function lowerOf(t: string): string {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return t.toLowerCase();
  }
  return t;
}

const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * End of the word starting at `p` when it is plain ASCII letters ending before a space, digit or ASCII
 * punctuation other than `'` and `-`: then the word alternative of the token regex matches exactly this
 * run. -1 when the regex must decide (a letter with an accent, an apostrophe, a hyphen, a scheme).
 */
function asciiWordEnd(text: string, p: number): number {
  const c0 = text.charCodeAt(p);
  if ((c0 === 104 && text.startsWith('http', p)) || (c0 === 119 && text.startsWith('www.', p))) return -1;
  let i = p + 1;
  while (i < text.length && isAsciiLetter(text.charCodeAt(i))) i++;
  if (i < text.length) {
    const c = text.charCodeAt(i);
    if (c >= 128 || c === 39 || c === 45) return -1;
  }
  return i;
}

/** End of the plain ASCII number at `p` (`12`, `7,2`, `14.10`), or -1 when a non-ASCII character follows. */
function asciiNumberEnd(text: string, p: number): number {
  let i = p + 1;
  for (;;) {
    while (i < text.length && isDigit(text.charCodeAt(i))) i++;
    if (i >= text.length) return i;
    const c = text.charCodeAt(i);
    if (c >= 128) return -1;
    if ((c === 46 || c === 44 || c === 58) && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (isDigit(d)) {
        i += 2;
        continue;
      }
      if (d >= 128) return -1;
    }
    return i;
  }
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const variant = (text.includes('@') ? 2 : 0) + (MAYBE_DOMAIN.test(text) ? 1 : 0);
  const TOKEN_RE = TOKEN_RES[variant]!;
  // Without e-mail, mention and bare-domain alternatives, plain ASCII words, numbers and punctuation are read by hand:
  // the regex would find exactly the same token there, at a fraction of the cost.
  const plain = variant === 0;
  let atSentenceStart = true;
  // Offset of the first line break after the previous token (text.length when there is none); tokens never
  // hold one.
  let nextBreak = text.indexOf('\n');
  if (nextBreak < 0) nextBreak = text.length;
  let pos = 0;
  while (pos < text.length) {
    const c = text.charCodeAt(pos);
    if (c === 32 || (c >= 9 && c <= 13)) {
      pos++;
      continue;
    }
    let start = pos;
    let end = -1;
    let kind: TokenKind = 'word';
    if (plain && c < 128) {
      if (isAsciiLetter(c)) end = asciiWordEnd(text, pos);
      else if (isDigit(c)) {
        end = asciiNumberEnd(text, pos);
        kind = 'number';
      } else if (c !== 35 && c !== 39) {
        // Other ASCII punctuation is a token of its own ('#' may start a hashtag, "'" an elided word).
        end = pos + 1;
        kind = 'punct';
      }
    }
    if (end < 0) {
      TOKEN_RE.lastIndex = pos;
      const m = TOKEN_RE.exec(text);
      if (m === null) break;
      if (m[0].length === 0) {
        pos = m.index + 1;
        continue;
      }
      kind = 'punct';
      for (let g = 1; g <= KINDS.length; g++) {
        if (m[g] !== undefined) {
          kind = KINDS[g - 1]!;
          break;
        }
      }
      start = m.index;
      end = start + m[0].length;
    }
    const t = text.slice(start, end);
    pos = end;
    // A line break between tokens starts a new sentence (lists, chat messages without full stops).
    if (nextBreak < start) {
      atSentenceStart = true;
      nextBreak = text.indexOf('\n', start);
      if (nextBreak < 0) nextBreak = text.length;
    }
    const wordLike = kind === 'word' || kind === 'number' || kind === 'mention' || kind === 'hashtag';
    const token: Token = {
      text: t,
      lower: lowerOf(t),
      start,
      end,
      kind,
      index: tokens.length,
      capitalised: startsUpper(t),
      allCaps: kind === 'word' && isAllCaps(t),
      sentenceStart: wordLike && atSentenceStart,
    };
    tokens.push(token);
    if (wordLike) atSentenceStart = false;
    if (kind === 'punct' && isSentenceEndMark(t)) atSentenceStart = true;
    if (kind === 'emoji') atSentenceStart = true;
  }
  return tokens;
}

/** Dutch (and Flemish) surname particles, longest first where one extends another. */
export const TUSSENVOEGSELS: readonly string[] = [
  'van der',
  'van den',
  'van de',
  'van het',
  "van 't",
  'van ter',
  'in het',
  "in 't",
  'op de',
  'op den',
  'op ten',
  'uit de',
  'uit den',
  'uit het',
  'aan de',
  'aan den',
  'bij de',
  'onder de',
  'over de',
  'ten',
  'ter',
  'te',
  'van',
  'von',
  'de',
  'den',
  'der',
  'het',
  "'t",
  'la',
  'le',
  'du',
  'da',
  'di',
  'dos',
  'el',
  'al',
];
