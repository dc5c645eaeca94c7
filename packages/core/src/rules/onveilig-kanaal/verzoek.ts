import kanaalSrc from '../../lexicons/kanaal.js';
import { CueSet } from '../cues.js';
import { covering } from '../helpers.js';
import type { Rule } from '../types.js';

const CUES = CueSet.fromLexiconMap(kanaalSrc);

/** An incoming request to send results or other care content over an unsuitable channel: a tip for the reply. */
export const onveiligVerzoek: Rule = {
  id: 'onveilig-kanaal.verzoek',
  label: 'onveilig-kanaal',
  titel: 'Verzoek om zorginhoud via dit kanaal',
  severity: 'tip',
  norms: ['knmg-2017.aanbeveling-2.beveiligd-kanaal', 'ggz.email-whatsapp.afspraken'],
  message: 'Iemand vraagt je om uitslagen of andere zorginformatie via dit kanaal te sturen.',
  suggestion: 'Antwoord praktisch: bied een beveiligde weg aan (portaal, beveiligde mail) of een telefoongesprek, en zet geen uitslagen in dit bericht.',
  appliesTo: (ctx) => ctx.richting === 'inkomend' && (ctx.chat || ctx.email || ctx.socialeMedia),
  check({ doc }) {
    const m = CUES.find(doc).filter((x) => x.category === 'verzoek');
    return m.length ? [covering(m)] : [];
  },
  voorbeelden: {
    fout: [],
    goed: [{ tekst: 'Kunt u de uitslag van het bloedonderzoek even hier sturen?', context: { kanaal: 'whatsapp', richting: 'inkomend' } }],
  },
};
