import type { ResolvedContext } from '../checker/context.js';
import type { Features } from '../checker/features.js';
import type { AnalysedText } from '../text/document.js';
import type { CheckContext, Detection, ItemLabel, Severity } from '../types.js';

/** What every rule gets: the analysed text, the resolved spans (non-overlapping, sorted), the context and shared features. */
export interface RuleInput {
  doc: AnalysedText;
  spans: readonly Detection[];
  ctx: ResolvedContext;
  features: Features;
}

/** One place where a rule fires. Fields left out fall back to the rule's defaults. */
export interface RuleHit {
  start: number;
  end: number;
  severity?: Severity;
  message?: string;
  suggestion?: string;
  /** Extra norm ids for this hit, added to the rule's own. */
  norms?: string[];
}

export interface RuleExample {
  tekst: string;
  context?: CheckContext;
}

/**
 * A rule is a small unit (LanguageTool/textlint style): one item label, a default severity, the norms it
 * rests on, a Dutch message and suggestion, and examples that must (`fout`) and must not (`goed`) trigger
 * it; the examples run as tests. One rule per file under `rules/<label>/`, registered in `rules/registry.ts`.
 */
export interface Rule {
  /** Stable id, `<label>.<what>`, e.g. `herleidbaar.naam`. */
  id: string;
  label: ItemLabel;
  /** Short Dutch title. */
  titel: string;
  severity: Severity;
  norms: readonly string[];
  message: string;
  suggestion?: string;
  /** Whether the rule applies in this context at all (default: always). */
  appliesTo?(ctx: ResolvedContext): boolean;
  check(input: RuleInput): RuleHit[];
  voorbeelden: { fout: RuleExample[]; goed: RuleExample[] };
}
