import type { Rule } from './types.js';

/** The one registry of rules. Add a rule by creating `rules/<label>/<wat>.ts` and listing it here. */
export const RULES: readonly Rule[] = [];
