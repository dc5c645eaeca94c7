import type { Recogniser } from './types.js';

/**
 * The one registry of recognisers. Add a recogniser by creating `recognisers/<wat-het-vindt>.ts` and
 * listing it here. Order does not matter: overlaps are resolved by score and length in the checker.
 */
export const RECOGNISERS: readonly Recogniser[] = [];
