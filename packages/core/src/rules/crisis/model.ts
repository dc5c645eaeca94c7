/**
 * The crisis word model: weights (lexicons/generated/crisis-model.ts) for the generic word model
 * (rules/woordmodel.ts), trained on incoming messages in training/crisis/ by `npm run train -- crisis`.
 * Parsed on first use, so a process that checks no incoming message never pays for it.
 */
import modelSrc from '../../lexicons/generated/crisis-model.js';
import type { AnalysedText } from '../../text/document.js';
import { parseWordModel, scoreWith, type WordModel, type WordModelScore } from '../woordmodel.js';

let MODEL: WordModel | undefined;

export function scoreCrisis(doc: AnalysedText): WordModelScore {
  return scoreWith((MODEL ??= parseWordModel(modelSrc)), doc);
}
