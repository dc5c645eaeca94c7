/**
 * The individual-advice word model: weights (lexicons/generated/advies-model.ts) for the generic word model
 * (rules/woordmodel.ts), trained on outgoing texts in training/advies/ by `npm run train:advies`. Parsed on
 * first use.
 */
import modelSrc from '../../lexicons/generated/advies-model.js';
import type { AnalysedText } from '../../text/document.js';
import { parseWordModel, scoreWith, type WordModel, type WordModelScore } from '../woordmodel.js';

let MODEL: WordModel | undefined;

export function scoreAdvies(doc: AnalysedText): WordModelScore {
  return scoreWith((MODEL ??= parseWordModel(modelSrc)), doc);
}
