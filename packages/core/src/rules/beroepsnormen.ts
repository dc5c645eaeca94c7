import type { Rol } from '../types.js';
import type { ItemLabel } from '../types.js';

/** Which professional code binds the author: KNMG (doctors), V&VN (nurses, carers), NIP/NVvP (GGZ), RVS (social domain). */
type Groep = 'arts' | 'vvn' | 'ggz' | 'sociaal';

const GROEP: Record<Rol, Groep | undefined> = {
  arts: 'arts',
  verpleegkundige: 'vvn',
  verzorgende: 'vvn',
  psycholoog: 'ggz',
  psychiater: 'ggz',
  psychotherapeut: 'ggz',
  'sociaal-werker': 'sociaal',
  jeugdzorgwerker: 'sociaal',
  wijkteamlid: 'sociaal',
  student: undefined,
};

/**
 * Norms of the author's own professional code, added to a finding on top of the rule's own norms, so a
 * nurse reads the V&VN article and a psychologist the NIP/NVvP point that applies to them.
 */
const PER_LABEL: Record<ItemLabel, Partial<Record<Groep, string[]>>> = {
  herleidbaar: {
    arts: ['knmg-2017.aanbeveling-2.2'],
    vvn: ['vvn.nbc-2.10.herleidbaar'],
    ggz: ['ggz.online-is-beroepsmatig'],
    sociaal: ['rvs-2017.beroepsgeheim.zwijgplicht'],
  },
  gezondheidsgegevens: {
    arts: ['knmg-2017.aanbeveling-2.1'],
    vvn: ['vvn.nbc-2.10'],
    ggz: ['ggz.online-is-beroepsmatig'],
    sociaal: ['rvs-2017.beroepsgeheim'],
  },
  beeldmateriaal: { arts: ['knmg-2017.aanbeveling-2.2'], vvn: ['vvn.nbc-2.10.foto'], ggz: ['ggz.waakzaamheid'] },
  denigrerend: { arts: ['knmg-2017.aanbeveling-6'], vvn: ['vvn.art-4.geen-denigrerend'], ggz: ['ggz.facebook.geen-verzuchtingen'] },
  'klacht-openbaar': { arts: ['knmg-2017.aanbeveling-7.2'], vvn: ['vvn.nbc-3.6.niet-online-melden'] },
  'individueel-advies': { arts: ['knmg-2017.aanbeveling-3.algemeen-advies'], vvn: ['vvn.art-4.feitelijk'], ggz: ['ggz.onbekende-adviesvraag'] },
  'onveilig-kanaal': {
    arts: ['knmg-2017.aanbeveling-2.beveiligd-kanaal'],
    vvn: ['vvn.nbc-2.10.wondfoto'],
    ggz: ['ggz.email-whatsapp.beveiligd'],
    sociaal: ['rvs-2017.kanaal-spelregels'],
  },
  'persoonlijke-relatie': {
    arts: ['knmg-2017.aanbeveling-3.2'],
    vvn: ['vvn.nbc-2.12.geen-contact-zoeken'],
    ggz: ['ggz.grensoverschrijding'],
    sociaal: ['zakelijk.geen-vriendschap-client'],
  },
  crisis: { ggz: ['ggz.crisis-analoog'] },
};

export function beroepsnormen(label: ItemLabel, rol: Rol | undefined): string[] {
  const groep = rol ? GROEP[rol] : undefined;
  return groep ? (PER_LABEL[label][groep] ?? []) : [];
}

/** Every norm id this table can add (for the norm-id test). */
export const ALLE_BEROEPSNORMEN: readonly string[] = Object.values(PER_LABEL).flatMap((g) => Object.values(g).flat());
