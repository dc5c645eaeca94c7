/**
 * Split a text into runs for highlighting: each run knows which findings cover it. Findings may overlap;
 * findings about the whole text are not highlighted (their card says so instead).
 */
export interface Bereik {
  start: number;
  end: number;
  severity: 'fout' | 'waarschuwing' | 'tip';
}

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** Indices into the findings array, in order. Empty = plain text. */
  bevindingen: number[];
  /** The most serious severity among the covering findings. */
  ernst?: Bereik['severity'];
}

const RANG: Record<Bereik['severity'], number> = { fout: 3, waarschuwing: 2, tip: 1 };

export function isHeleTekst(b: { start: number; end: number }, lengte: number): boolean {
  return b.start <= 0 && b.end >= lengte;
}

export function segmenteer(text: string, bevindingen: readonly Bereik[]): Segment[] {
  const n = text.length;
  const bruikbaar = bevindingen
    .map((b, i) => ({ start: Math.max(0, b.start), end: Math.min(n, b.end), severity: b.severity, i }))
    .filter((b) => b.end > b.start && !isHeleTekst(b, n));
  const grenzen = new Set<number>([0, n]);
  for (const b of bruikbaar) {
    grenzen.add(b.start);
    grenzen.add(b.end);
  }
  const punten = [...grenzen].sort((a, b) => a - b);
  const segmenten: Segment[] = [];
  for (let k = 0; k + 1 < punten.length; k++) {
    const start = punten[k]!;
    const end = punten[k + 1]!;
    const dekkend = bruikbaar.filter((b) => b.start <= start && b.end >= end);
    const seg: Segment = { start, end, text: text.slice(start, end), bevindingen: dekkend.map((b) => b.i) };
    if (dekkend.length > 0) {
      seg.ernst = dekkend.reduce((m, b) => (RANG[b.severity] > RANG[m] ? b.severity : m), dekkend[0]!.severity);
    }
    const vorige = segmenten[segmenten.length - 1];
    // Merge neighbours with the same covering findings so the markup stays small.
    if (vorige && vorige.bevindingen.join(',') === seg.bevindingen.join(',')) {
      vorige.end = end;
      vorige.text += seg.text;
    } else {
      segmenten.push(seg);
    }
  }
  return segmenten;
}

/** A short Dutch summary for the live region, e.g. "2 bevindingen: 1 fout, 1 waarschuwing." */
export function samenvatting(bevindingen: readonly Bereik[]): string {
  if (bevindingen.length === 0) return 'Geen bevindingen: het bericht lijkt in orde.';
  const tel = { fout: 0, waarschuwing: 0, tip: 0 };
  for (const b of bevindingen) tel[b.severity]++;
  const delen: string[] = [];
  if (tel.fout) delen.push(`${tel.fout} ${tel.fout === 1 ? 'fout' : 'fouten'}`);
  if (tel.waarschuwing) delen.push(`${tel.waarschuwing} ${tel.waarschuwing === 1 ? 'waarschuwing' : 'waarschuwingen'}`);
  if (tel.tip) delen.push(`${tel.tip} ${tel.tip === 1 ? 'tip' : 'tips'}`);
  const n = bevindingen.length;
  return `${n} ${n === 1 ? 'bevinding' : 'bevindingen'}: ${delen.join(', ')}.`;
}

/** Replace one passage of a text; offsets in UTF-16 code units. */
export function vervang(text: string, start: number, end: number, door: string): string {
  return text.slice(0, start) + door + text.slice(end);
}
