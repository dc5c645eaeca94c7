import { checkText } from '../src/checker/check.js';
import { resolveContext } from '../src/checker/context.js';
import { computeFeatures } from '../src/checker/features.js';
import { RULES } from '../src/rules/registry.js';
import { analyse } from '../src/text/document.js';
import type { CheckContext, Detection, Finding, ItemLabel, SpanLabel } from '../src/types.js';

/** Spans given as [label, exact substring]; the first occurrence of each substring is used. */
export type GivenSpan = [SpanLabel, string];

/**
 * Run every rule on a text. With `spans`, those stand in for the recognisers (so rule tests do not depend
 * on how well names or health facts are recognised); without, the real recognisers run.
 */
export function run(text: string, context: CheckContext = {}, spans?: GivenSpan[]): { labels: ItemLabel[]; findings: Finding[] } {
  if (!spans) {
    const r = checkText(text, context);
    return { labels: r.labels, findings: r.findings };
  }
  const doc = analyse(text);
  const ctx = resolveContext(context);
  const detections: Detection[] = spans
    .map(([label, s]) => {
      const start = text.indexOf(s);
      if (start < 0) throw new Error(`span '${s}' not in text`);
      return { start, end: start + s.length, label, text: s, recogniser: 'test', score: 1, explanation: '' };
    })
    .sort((a, b) => a.start - b.start);
  const features = computeFeatures(doc, detections, ctx);
  const findings: Finding[] = [];
  for (const rule of RULES) {
    if (rule.appliesTo && !rule.appliesTo(ctx)) continue;
    for (const h of rule.check({ doc, spans: detections, ctx, features })) {
      const suggestion = h.suggestion ?? rule.suggestion;
      findings.push({
        ...(suggestion ? { suggestion } : {}),
        rule: rule.id,
        label: rule.label,
        severity: h.severity ?? rule.severity,
        start: h.start,
        end: h.end,
        message: h.message ?? rule.message,
        norms: [...rule.norms, ...(h.norms ?? [])],
      });
    }
  }
  const labels = [...new Set(findings.filter((f) => f.severity !== 'tip').map((f) => f.label))];
  return { labels, findings };
}

export const labels = (text: string, context: CheckContext = {}, spans?: GivenSpan[]) => run(text, context, spans).labels;
