import { adviesPubliek } from './individueel-advies/publiek.js';
import { beeldmateriaalDelen } from './beeldmateriaal/delen.js';
import { crisisSignaal } from './crisis/signaal.js';
import { denigrerendCollega } from './denigrerend/collega.js';
import { denigrerendOordeel } from './denigrerend/oordeel.js';
import { denigrerendStereotype } from './denigrerend/stereotype.js';
import { denigrerendUitlating } from './denigrerend/uitlating.js';
import { gezondheidPersoon } from './gezondheidsgegevens/persoon.js';
import { herleidbaarCombinatie } from './herleidbaar/combinatie.js';
import { herleidbaarNaam } from './herleidbaar/naam.js';
import { herleidbaarKennis } from './herleidbaar/kennis.js';
import { herleidbaarOntvanger } from './herleidbaar/ontvanger.js';
import { herleidbaarReactie } from './herleidbaar/reactie.js';
import { klachtKritiek } from './klacht-openbaar/kritiek.js';
import { onveiligVerzoek } from './onveilig-kanaal/verzoek.js';
import { onveiligZorginhoud } from './onveilig-kanaal/zorginhoud.js';
import { relatieContact } from './persoonlijke-relatie/contact.js';
import { relatieInkomend } from './persoonlijke-relatie/inkomend.js';
import { beroepsnormen } from './beroepsnormen.js';
import type { Rule } from './types.js';

/** A rule whose hits also cite the norms of the author's own professional code (see `beroepsnormen.ts`). */
function metBeroepsnormen(rule: Rule): Rule {
  return {
    ...rule,
    check(input) {
      const extra = beroepsnormen(rule.label, input.ctx.rol);
      const hits = rule.check(input);
      return extra.length ? hits.map((h) => ({ ...h, norms: [...(h.norms ?? []), ...extra] })) : hits;
    },
  };
}

/** The one registry of rules. Add a rule by creating `rules/<label>/<wat>.ts` and listing it here. */
export const RULES: readonly Rule[] = [
  herleidbaarNaam,
  herleidbaarCombinatie,
  herleidbaarReactie,
  herleidbaarOntvanger,
  herleidbaarKennis,
  gezondheidPersoon,
  beeldmateriaalDelen,
  denigrerendUitlating,
  denigrerendStereotype,
  denigrerendCollega,
  denigrerendOordeel,
  klachtKritiek,
  adviesPubliek,
  onveiligZorginhoud,
  onveiligVerzoek,
  relatieContact,
  relatieInkomend,
  crisisSignaal,
].map(metBeroepsnormen);
