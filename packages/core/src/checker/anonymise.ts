import type { Detection, SpanLabel } from '../types.js';

/** Readable placeholders per span label. GEZONDHEID is not an identifier and stays. */
const PLACEHOLDER: Partial<Record<SpanLabel, string>> = {
  PERSOON: '[naam]',
  TELEFOON: '[telefoonnummer]',
  EMAIL: '[e-mailadres]',
  URL: '[website]',
  BSN: '[BSN]',
  ID: '[nummer]',
  LOCATIE: '[plaats]',
  INSTELLING: '[instelling]',
  DATUM: '[datum]',
  LEEFTIJD: '[leeftijd]',
};

const DECADES = ['', 'tien', 'twintig', 'dertig', 'veertig', 'vijftig', 'zestig', 'zeventig', 'tachtig', 'negentig'];
/** A placeholder or a generalised age this module wrote; never rewritten again (idempotence). */
const ALREADY = /^\[[^\]]*\]$|^(?:jonge|tienerleeftijd)$|^(?:ruim |in de |jonger dan |ouder dan )?(?:tien|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|honderd)(?:jarige?|plusser)?$/u;
const PLACEHOLDER_RE = /\[[\p{L} -]+\]/gu;
const ROOM_RE = /(?=[kbu])\b(kamer|bed|box|unit|kamernummer)(\s+)\d{1,4}[a-z]?\b/giu;
/** ROOM_RE without the global flag: tells whether a rewrite has a room number before the costlier replace runs. */
const HAS_ROOM = new RegExp(ROOM_RE.source, 'iu');
const AGE_NUMBER = /\d{1,3}/;
/**
 * A placeholder glued to a word or handle ("@[naam]@Kgb"), or followed by a capitalised word ("[website] Ay"):
 * the words around it may now read differently.
 */
const GLUED = /\][\p{L}\p{N}@#]|[\p{L}\p{N}@#]\[|\]\s+\p{Lu}/u;
const DIGIT = /\d/;

/** An age generalised to its decade: "87" → "in de tachtig", "23-jarige" → "ruim twintigjarige", "16" → "tienerleeftijd". */
export function generaliseAge(text: string): string {
  const m = AGE_NUMBER.exec(text);
  if (!m) return '[leeftijd]';
  const n = Number(m[0]);
  const adjective = /jarig/i.test(text);
  if (n < 10) return adjective ? 'jonge' : 'jonger dan tien';
  if (n < 20) return adjective ? 'jonge' : 'tienerleeftijd';
  if (n >= 100) return adjective ? 'honderdplusser' : 'ouder dan honderd';
  const decade = DECADES[Math.floor(n / 10)]!;
  if (adjective) return `${n % 10 === 0 ? '' : 'ruim '}${decade}jarige`;
  return `in de ${decade}`;
}

/** How a rewrite is checked again (see anonymise). */
export interface Redetect {
  /** Find the spans of a rewritten text. */
  detect: (text: string) => readonly Detection[];
  /** A detection of the first pass lost out to an overlapping span while reaching outside every kept span. */
  partlyLost?: boolean;
}

/**
 * Replace every identifying span by a readable placeholder and generalise what can stay readable: ages
 * become decades, room and bed numbers go. Spans that already are placeholders or generalisations are
 * left alone. With `redetect`, a rewrite is checked again until nothing changes (at most three more rounds),
 * so that anonymising an anonymised text changes nothing: an element that lost out to an overlapping span,
 * or a number that a neighbouring number hid (a phone number right after a date), is then caught too. Only
 * a rewrite that can hold such an element is re-checked: one with digits left in it (context windows are
 * counted in characters, so a shorter rewrite can bring a number within a cue's reach), one with a
 * placeholder glued to a word or followed by a capitalised one, or one whose first pass lost a detection
 * partly.
 */
export function anonymise(text: string, spans: readonly Detection[], redetect?: Redetect): string {
  let out = anonymiseOnce(text, spans);
  if (!redetect || out === text || !(redetect.partlyLost || DIGIT.test(out) || GLUED.test(out))) return out;
  for (let round = 0; round < 3; round++) {
    const next = anonymiseOnce(out, redetect.detect(out));
    if (next === out) break;
    out = next;
  }
  return out;
}

function anonymiseOnce(text: string, spans: readonly Detection[]): string {
  // Every placeholder starts with '['; most texts have none.
  const protectedRanges = text.includes('[') ? [...text.matchAll(PLACEHOLDER_RE)].map((m) => [m.index, m.index + m[0].length] as const) : [];
  const isProtected = (s: { start: number; end: number }) => protectedRanges.some(([a, b]) => s.start < b && a < s.end);
  let out = '';
  let pos = 0;
  for (const s of spans) {
    const ph = PLACEHOLDER[s.label];
    if (!ph || s.start < pos || isProtected(s)) continue;
    const original = text.slice(s.start, s.end);
    if (ALREADY.test(original)) continue;
    out += text.slice(pos, s.start) + (s.label === 'LEEFTIJD' ? generaliseAge(original) : ph);
    pos = s.end;
  }
  out += text.slice(pos);
  // Room numbers need a digit; most rewrites have none left, and most of the others no room number.
  return !DIGIT.test(out) || !HAS_ROOM.test(out) ? out : out.replace(ROOM_RE, (_m, word: string, space: string) => `${word}${space}[nummer]`);
}
