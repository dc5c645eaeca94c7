import type { AnalysedText } from '../text/document.js';
import type { Detection } from '../types.js';
import type { ResolvedContext } from './context.js';

/**
 * Facts about a text that several rules need, computed once per check (lazily where costly).
 * Extend here rather than recomputing inside rules.
 */
export interface Features {
  /** Spans that on their own identify a person (PERSOON, TELEFOON, EMAIL, BSN, ID, address/LOCATIE, DATUM of birth). */
  directIdentifiers: Detection[];
}

export function computeFeatures(_doc: AnalysedText, spans: readonly Detection[], _ctx: ResolvedContext): Features {
  const directIdentifiers = spans.filter((s) =>
    ['PERSOON', 'TELEFOON', 'EMAIL', 'BSN', 'ID'].includes(s.label),
  );
  return { directIdentifiers };
}
