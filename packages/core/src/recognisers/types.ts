import type { AnalysedText } from '../text/document.js';
import type { Detection, SpanLabel } from '../types.js';

/**
 * A recogniser finds one kind of identifying or sensitive element (Presidio's design, Dutch first).
 * One recogniser per file, named after what it finds, registered in `registry.ts`.
 */
export interface Recogniser {
  /** Stable id, e.g. `telefoon.nederlands`. */
  id: string;
  /** The span label it produces. */
  label: SpanLabel;
  /** What it finds, in Dutch, for users and documentation. */
  beschrijving: string;
  /**
   * Words near a candidate that raise (`verhogen`) or lower (`verlagen`) confidence, lowercase.
   * Applied by the recogniser itself through `contextScore` (recognisers/context.ts) so every detection can explain itself.
   */
  context?: { verhogen: readonly string[]; verlagen: readonly string[] };
  recognise(doc: AnalysedText): Detection[];
  /** Examples that run as tests: each `vindt` text must yield a span with exactly `span` as its text; each `vindtNiet` text must yield no span of this label. */
  voorbeelden: { vindt: Array<{ tekst: string; span: string }>; vindtNiet: string[] };
}

/** Detections below this score are dropped by the checker. */
export const MIN_SCORE = 0.5;
