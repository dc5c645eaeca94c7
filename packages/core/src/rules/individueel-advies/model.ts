/**
 * The individual-advice word model: weights (lexicons/generated/advies-model.ts) for the generic word model
 * (rules/woordmodel.ts), trained on outgoing texts in training/advies/ by `npm run train:advies`. Parsed on first
 * use.
 */
import modelSrc from '../../lexicons/generated/advies-model.js';
import { lazyScorer } from '../woordmodel.js';

export const scoreAdvies = lazyScorer(modelSrc);
