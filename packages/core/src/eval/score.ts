import { DIRECT_IDENTIFIERS, ITEM_LABELS, SPAN_LABELS, type ItemLabel, type Span, type SpanLabel } from '../types.js';

/** A gold corpus item (FORMAT.md); only the fields scoring needs. */
export interface CorpusItem {
  id: string;
  spans: Span[];
  labels: ItemLabel[];
}

export interface Prediction {
  id: string;
  spans: Span[];
  labels: ItemLabel[];
}

export interface PRF {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface EvalReport {
  items: number;
  spans: {
    overlap: Record<SpanLabel | 'micro' | 'direct', PRF>;
    exact: Record<SpanLabel | 'micro' | 'direct', PRF>;
  };
  labels: Record<ItemLabel | 'micro', PRF>;
  /** Share of gold-clean items for which any label was predicted. */
  cleanFalseAlarmRate: number;
  cleanItems: number;
}

function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

type Counts = { tp: number; fp: number; fn: number };

/**
 * Match gold and predicted spans the way the corpus README prescribes: labels equal and ranges overlap
 * (or, for exact, equal ranges); greedy in gold order; each span used at most once.
 */
export function matchSpans(gold: readonly Span[], pred: readonly Span[], exact: boolean): { tp: Span[]; fp: Span[]; fn: Span[] } {
  const used = new Set<number>();
  const tp: Span[] = [];
  const fn: Span[] = [];
  for (const g of gold) {
    let hit = -1;
    for (let i = 0; i < pred.length; i++) {
      if (used.has(i)) continue;
      const p = pred[i]!;
      if (p.label !== g.label) continue;
      const ok = exact ? p.start === g.start && p.end === g.end : p.start < g.end && g.start < p.end;
      if (ok) {
        hit = i;
        break;
      }
    }
    if (hit >= 0) {
      used.add(hit);
      tp.push(g);
    } else fn.push(g);
  }
  const fp = pred.filter((_, i) => !used.has(i));
  return { tp, fp, fn };
}

export function scoreCorpus(gold: readonly CorpusItem[], predictions: readonly Prediction[]): EvalReport {
  const byId = new Map(predictions.map((p) => [p.id, p]));
  const spanCounts = (exact: boolean) => {
    const c = Object.fromEntries(SPAN_LABELS.map((l) => [l, { tp: 0, fp: 0, fn: 0 }])) as Record<SpanLabel, Counts>;
    for (const g of gold) {
      const p = byId.get(g.id);
      const m = matchSpans(g.spans, p?.spans ?? [], exact);
      for (const s of m.tp) c[s.label].tp++;
      for (const s of m.fp) if (c[s.label]) c[s.label].fp++;
      for (const s of m.fn) c[s.label].fn++;
    }
    const out = {} as Record<SpanLabel | 'micro' | 'direct', PRF>;
    const micro = { tp: 0, fp: 0, fn: 0 };
    const direct = { tp: 0, fp: 0, fn: 0 };
    for (const l of SPAN_LABELS) {
      const x = c[l];
      out[l] = prf(x.tp, x.fp, x.fn);
      micro.tp += x.tp;
      micro.fp += x.fp;
      micro.fn += x.fn;
      if (DIRECT_IDENTIFIERS.includes(l)) {
        direct.tp += x.tp;
        direct.fp += x.fp;
        direct.fn += x.fn;
      }
    }
    out.micro = prf(micro.tp, micro.fp, micro.fn);
    out.direct = prf(direct.tp, direct.fp, direct.fn);
    return out;
  };
  const lc = Object.fromEntries(ITEM_LABELS.map((l) => [l, { tp: 0, fp: 0, fn: 0 }])) as Record<ItemLabel, Counts>;
  let clean = 0;
  let cleanFlagged = 0;
  for (const g of gold) {
    const predicted = new Set(byId.get(g.id)?.labels ?? []);
    const wanted = new Set(g.labels);
    if (wanted.size === 0) {
      clean++;
      if (predicted.size > 0) cleanFlagged++;
    }
    for (const l of ITEM_LABELS) {
      if (wanted.has(l) && predicted.has(l)) lc[l].tp++;
      else if (predicted.has(l)) lc[l].fp++;
      else if (wanted.has(l)) lc[l].fn++;
    }
  }
  const labels = {} as Record<ItemLabel | 'micro', PRF>;
  const micro = { tp: 0, fp: 0, fn: 0 };
  for (const l of ITEM_LABELS) {
    labels[l] = prf(lc[l].tp, lc[l].fp, lc[l].fn);
    micro.tp += lc[l].tp;
    micro.fp += lc[l].fp;
    micro.fn += lc[l].fn;
  }
  labels.micro = prf(micro.tp, micro.fp, micro.fn);
  return {
    items: gold.length,
    spans: { overlap: spanCounts(false), exact: spanCounts(true) },
    labels,
    cleanFalseAlarmRate: clean === 0 ? 0 : cleanFlagged / clean,
    cleanItems: clean,
  };
}
