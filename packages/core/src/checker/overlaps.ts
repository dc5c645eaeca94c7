import type { Detection } from '../types.js';

/**
 * Turn the recognisers' raw detections into non-overlapping spans sorted by start. Greedy: the higher
 * score wins, then the longer span, then the earlier start. Detections with invalid offsets are dropped.
 */
export function resolveOverlaps(detections: readonly Detection[], textLength: number): Detection[] {
  const valid = detections.filter(
    (d) => Number.isInteger(d.start) && Number.isInteger(d.end) && d.start >= 0 && d.end <= textLength && d.start < d.end,
  );
  const ranked = [...valid].sort(
    (a, b) => b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: Detection[] = [];
  for (const d of ranked) {
    if (kept.some((k) => d.start < k.end && k.start < d.end)) continue;
    kept.push(d);
  }
  return kept.sort((a, b) => a.start - b.start);
}
