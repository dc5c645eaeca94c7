import { RECOGNISERS } from '../recognisers/registry.js';
import { senderSignature } from '../recognisers/persoon.js';
import { MIN_SCORE } from '../recognisers/types.js';
import { RULES } from '../rules/registry.js';
import type { Rule } from '../rules/types.js';
import { analyse } from '../text/document.js';
import { ITEM_LABELS, type CheckContext, type CheckResult, type Detection, type Finding, type ItemLabel } from '../types.js';
import { anonymise } from './anonymise.js';
import { resolveContext } from './context.js';
import { computeFeatures } from './features.js';
import { resolveOverlaps } from './overlaps.js';

export interface DetailedCheckResult extends CheckResult {
  /** The spans with the recogniser, score and explanation behind each. */
  detections: Detection[];
}

/** Find the identifying and sensitive spans of a text (no judgement). */
export function detectSpans(text: string): Detection[] {
  return spansOf(analyse(text)).spans;
}

/**
 * The resolved spans, and whether a detection lost out to an overlapping one while reaching outside every
 * kept span (then the anonymised rewrite may hold an element the first pass missed; see anonymise).
 */
function spansOf(doc: ReturnType<typeof analyse>): { spans: Detection[]; partlyLost: boolean } {
  const raw: Detection[] = [];
  for (const r of RECOGNISERS) {
    for (const d of r.recognise(doc)) if (d.score >= MIN_SCORE) raw.push(d);
  }
  const spans = resolveOverlaps(raw, doc.text.length);
  return { spans, partlyLost: raw.length > spans.length && raw.some((d) => !spans.includes(d) && !covered(d, spans)) };
}

/** Whether every position of `d` lies inside one of the sorted, non-overlapping `spans`. */
function covered(d: Detection, spans: readonly Detection[]): boolean {
  let pos = d.start;
  for (const s of spans) {
    if (s.end <= pos) continue;
    if (s.start > pos) return false;
    pos = s.end;
    if (pos >= d.end) return true;
  }
  return pos >= d.end;
}

/**
 * Check one text in its context: spans, findings, item labels and an anonymised rewrite. Pure; never
 * throws on any string input (property-tested).
 */
export function checkText(text: string, context: CheckContext = {}, rules: readonly Rule[] = RULES): DetailedCheckResult {
  const safeText = typeof text === 'string' ? text : String(text ?? '');
  const doc = analyse(safeText);
  const found = spansOf(doc);
  const ctx = resolveContext(context);
  const { partlyLost } = found;
  let detections = found.spans;
  // The name under an incoming message is the sender's: a person other than the professional.
  if (ctx.richting === 'inkomend') {
    const sender = senderSignature(doc);
    if (sender && !detections.some((s) => s.start < sender.end && sender.start < s.end)) detections = [...detections, sender].sort((a, b) => a.start - b.start);
  }
  const features = computeFeatures(doc, detections, ctx);
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (rule.appliesTo && !rule.appliesTo(ctx)) continue;
    for (const hit of rule.check({ doc, spans: detections, ctx, features })) {
      const finding: Finding = {
        rule: rule.id,
        label: rule.label,
        severity: hit.severity ?? rule.severity,
        start: hit.start,
        end: hit.end,
        message: hit.message ?? rule.message,
        norms: hit.norms?.length ? [...new Set([...rule.norms, ...hit.norms])] : [...rule.norms],
      };
      const suggestion = hit.suggestion ?? rule.suggestion;
      if (suggestion) finding.suggestion = suggestion;
      findings.push(finding);
    }
  }
  // Rule ids are ASCII: a plain comparison orders them like localeCompare would, at a fraction of the cost.
  if (findings.length > 1) findings.sort((a, b) => a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
  const flagged = new Set<ItemLabel>();
  for (const f of findings) if (f.severity !== 'tip') flagged.add(f.label);
  const labels = ITEM_LABELS.filter((l) => flagged.has(l));
  return {
    spans: detections.map(({ start, end, label, text: t }) => ({ start, end, label, text: t })),
    labels,
    findings,
    anonymized: anonymise(safeText, detections, { detect: detectSpans, partlyLost }),
    detections,
  };
}

/** The contract's output object (no internal detail). */
export function check(text: string, context: CheckContext = {}): CheckResult {
  const { spans, labels, findings, anonymized } = checkText(text, context);
  return { spans, labels, findings, anonymized };
}
