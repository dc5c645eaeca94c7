/**
 * The written justification of a sharing decision: plain text a professional can paste into the file or
 * keep in the sharing log. Pure, so it can be tested without a browser.
 */
import { BESLUIT_NAMEN, GROND_NAMEN, VOORWAARDE_NAMEN, naam } from './labels.js';

export interface VerantwoordingInvoer {
  datum: string;
  stappen: ReadonlyArray<{ vraag: string; antwoord: string }>;
  advies: { besluit: string; grond: string | null; voorwaarden: readonly string[]; uitleg: readonly string[]; bronnen: readonly string[] };
  /** Norm titles by id, where known. */
  normTitel: (id: string) => string | undefined;
}

export function verantwoording({ datum, stappen, advies, normTitel }: VerantwoordingInvoer): string {
  const regels: string[] = [];
  regels.push(`Afweging "Mag ik dit delen?" (${datum})`);
  regels.push('');
  regels.push('Feiten:');
  for (const s of stappen) regels.push(`- ${s.vraag} ${s.antwoord}`);
  regels.push('');
  regels.push(`Besluit: ${naam(BESLUIT_NAMEN, advies.besluit)}`);
  if (advies.grond) regels.push(`Grond: ${naam(GROND_NAMEN, advies.grond)}`);
  if (advies.voorwaarden.length > 0) {
    regels.push('Voorwaarden:');
    for (const v of advies.voorwaarden) regels.push(`- ${naam(VOORWAARDE_NAMEN, v)}`);
  }
  if (advies.uitleg.length > 0) {
    regels.push('');
    regels.push('Toelichting:');
    for (const u of advies.uitleg) regels.push(`- ${u}`);
  }
  if (advies.bronnen.length > 0) {
    regels.push('');
    regels.push('Normen:');
    for (const b of advies.bronnen) {
      const titel = normTitel(b);
      regels.push(`- ${titel ? `${titel} (${b})` : b}`);
    }
  }
  return regels.join('\n');
}
