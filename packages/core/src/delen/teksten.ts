import { beschrijfStappen } from '../graaf/engine.js';
import { getNorm } from '../norms/index.js';
import type { DelenUitkomst } from './graaf.js';
import { DELEN_GRAAF } from './graaf.js';
import type { Besluit, DeelAdvies, Grond, Voorwaarde } from './types.js';

/** Dutch labels for showing a DeelAdvies to people. */
export const BESLUIT_LABELS: Readonly<Record<Besluit, string>> = {
  ja: 'Ja, je mag dit delen',
  'ja-onder-voorwaarden': 'Ja, onder voorwaarden',
  'eerst-toestemming-vragen': 'Nog niet: vraag eerst toestemming',
  nee: 'Nee, niet delen',
};

export const GROND_LABELS: Readonly<Record<Grond, string>> = {
  anoniem: 'anonieme informatie',
  'veronderstelde-toestemming': 'veronderstelde toestemming (rechtstreeks betrokken)',
  vertegenwoordiger: 'wettelijk vertegenwoordiger',
  toestemming: 'toestemming van de cliënt',
  'wettelijke-plicht': 'wettelijke plicht',
  meldrecht: 'meldrecht (Meldcode)',
  'conflict-van-plichten': 'conflict van plichten',
};

export const VOORWAARDE_LABELS: Readonly<Record<Voorwaarde, string>> = {
  'alleen-noodzakelijke-gegevens': 'deel alleen de gegevens die nodig zijn',
  'beveiligd-kanaal': 'gebruik een beveiligd kanaal',
  'vastleggen-in-dossier': 'leg de afweging en het delen vast in het dossier',
  'client-informeren': 'informeer de cliënt',
  'collegiaal-overleg': 'overleg eerst met een collega of deskundige',
  'meldcode-stappen': 'doorloop de stappen van de meldcode',
  'schriftelijke-toestemming': 'leg de toestemming schriftelijk vast',
};

/** The advice as readable lines: decision, ground, conditions, explanation, norms with their titles. */
export function adviesRegels(advies: DeelAdvies): string[] {
  const regels = [`Advies: ${BESLUIT_LABELS[advies.besluit]}`];
  if (advies.grond) regels.push(`Grond: ${GROND_LABELS[advies.grond]}`);
  if (advies.voorwaarden.length) regels.push('Voorwaarden:', ...advies.voorwaarden.map((v) => `  - ${VOORWAARDE_LABELS[v]}`));
  regels.push('Uitleg:', ...advies.uitleg.map((u) => `  ${u}`));
  regels.push('Normen:', ...advies.bronnen.map((id) => `  ${id}${getNorm(id) ? ` — ${getNorm(id)!.titel}` : ''}`));
  return regels;
}

/**
 * A short written justification to paste into the client file: date, the question as answered, the advice and
 * its grounds. Contains only the answers given (no client data). `datum` is passed in so the core stays pure.
 */
export function verantwoordingDelen(uitkomst: DelenUitkomst, datum: string): string {
  const { advies, pad } = uitkomst;
  const regels = [`Verantwoording delen van cliëntinformatie — ${datum}`, '', 'Vraag: mag ik deze informatie delen? Mijn antwoorden:'];
  for (const s of beschrijfStappen(DELEN_GRAAF, pad.stappen)) regels.push(`  - ${s.vraag} ${s.antwoord}`);
  regels.push('', `Besluit: ${BESLUIT_LABELS[advies.besluit]}${advies.grond ? ` (grond: ${GROND_LABELS[advies.grond]})` : ''}`);
  if (advies.voorwaarden.length) regels.push(`Voorwaarden: ${advies.voorwaarden.map((v) => VOORWAARDE_LABELS[v]).join('; ')}`);
  regels.push(`Onderbouwing: ${advies.uitleg.join(' ')}`);
  regels.push(`Normen: ${advies.bronnen.join(', ')}`);
  regels.push('', 'Afweging, overleg en wat er daadwerkelijk is gedeeld: …');
  return regels.join('\n');
}
