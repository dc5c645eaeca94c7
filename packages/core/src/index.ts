export * from './types.js';
export { tokenize, TUSSENVOEGSELS, type Token, type TokenKind } from './text/tokenize.js';
export { analyse, type AnalysedText } from './text/document.js';
export { check, checkText, detectSpans, type DetailedCheckResult } from './checker/check.js';
export { resolveContext, type ResolvedContext } from './checker/context.js';
export { anonymise } from './checker/anonymise.js';
export { RECOGNISERS } from './recognisers/registry.js';
export type { Recogniser } from './recognisers/types.js';
export { RULES } from './rules/registry.js';
export type { Rule, RuleHit, RuleInput, RuleExample } from './rules/types.js';
export { NORMEN, getNorm, hasNorm, zoekNormen, BRONNEN, type Norm, type NormFilter, type Doelgroep } from './norms/index.js';
export {
  CASUSSEN,
  THEMAS,
  getCasus,
  beantwoordCasus,
  filterCasussen,
  kiesOefenset,
  type Casus,
  type CasusOptie,
  type CasusAntwoord,
  type CasusFilter,
  type Thema,
} from './casus/index.js';
export { parseCheckInput, parseContext, CONTEXT_VALUES, type CheckInputLine, type ContextParse } from './checker/input.js';
export { scoreCorpus, matchSpans, type CorpusItem, type Prediction, type EvalReport, type PRF } from './eval/score.js';
export * from './delen/index.js';
export * from './graaf/index.js';
export * from './situaties/index.js';
