export * from './types.js';
export { beoordeelDelen, effectieveToestemming, DELEN_NORMEN } from './beoordeel.js';
export { valideerDeelVraag, TOESTEMMING_DETAILS, type DeelVraagValidatie } from './valideer.js';
export { DELEN_GRAAF, evalueerDelenGraaf, deelVraagUitPad, type DelenUitkomst } from './graaf.js';
export { BESLUIT_LABELS, GROND_LABELS, VOORWAARDE_LABELS, adviesRegels, verantwoordingDelen } from './teksten.js';
