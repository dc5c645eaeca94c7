/**
 * The crisis word model: weights (lexicons/generated/crisis-model.ts) for the generic word model
 * (rules/woordmodel.ts), trained on incoming messages in training/crisis/ by `npm run train:crisis`.
 * Parsed on first use.
 */
import modelSrc from '../../lexicons/generated/crisis-model.js';
import { lazyScorer } from '../woordmodel.js';

export const scoreCrisis = lazyScorer(modelSrc);
