import { evalueerGraaf } from '../graaf/engine.js';
import type { Beslisgraaf, Pad, Resultaat } from '../graaf/types.js';
import { ADVIESVRAAG, BLOG_VOLGEN, CLIENT_START_CONTACT, GOOGELEN, VRIENDVERZOEK } from './contact.js';
import { COLLEGA, DATING, REVIEW, WERKGEVERBELEID, ZAKELIJK_ACCOUNT } from './online.js';
import { CASUS, FOTO } from './zorg.js';

/**
 * Situaties: guided decision graphs for common online dilemmas, walked with the graph engine (`../graaf/`).
 * Each ends in concrete advice with norm citations and, where it fits, an example reply.
 */
export const SITUATIES: readonly Beslisgraaf[] = [
  VRIENDVERZOEK,
  CLIENT_START_CONTACT,
  ADVIESVRAAG,
  GOOGELEN,
  BLOG_VOLGEN,
  REVIEW,
  COLLEGA,
  FOTO,
  CASUS,
  ZAKELIJK_ACCOUNT,
  DATING,
  WERKGEVERBELEID,
];

export function getSituatie(id: string): Beslisgraaf | undefined {
  return SITUATIES.find((s) => s.id === id);
}

/** Walk situation `id` with answers (question id → answer id) to its outcome; errors name the problem. */
export function evalueerSituatie(id: string, antwoorden: Readonly<Record<string, string>>): Resultaat<Pad> {
  const situatie = getSituatie(id);
  if (!situatie) return { ok: false, fout: `onbekende situatie '${id}'; kies uit: ${SITUATIES.map((s) => s.id).join(', ')}` };
  return evalueerGraaf(situatie, antwoorden);
}
