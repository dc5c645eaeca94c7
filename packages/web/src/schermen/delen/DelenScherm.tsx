/** Mag ik dit delen?: the sharing wizard of the core, computed in the browser, with a written justification. */
import { DELEN_GRAAF, beschrijfStappen, deelVraagUitPad, getNorm, type Pad } from '@zorgvuldig/core';
import { Heading, Paragraph } from '../../ui/utrecht.js';
import { GraafWizard } from '../../wizard/GraafWizard.js';
import { DelenAdvies } from './DelenAdvies.js';

export function DelenScherm() {
  return (
    <>
      <Heading level={1} tabIndex={-1}>
        Mag ik dit delen?
      </Heading>
      <Paragraph lead>{DELEN_GRAAF.omschrijving}</Paragraph>
      <Paragraph>
        U beantwoordt een vraag per stap. Bij de vragen kunt u een uitleg van de begrippen openen. Uw antwoorden blijven in
        uw browser.
      </Paragraph>
      <GraafWizard graaf={DELEN_GRAAF} renderUitkomst={(pad) => <Uitkomst pad={pad} />} />
    </>
  );
}

function Uitkomst({ pad }: { pad: Pad }) {
  const r = deelVraagUitPad(pad);
  if (!r.ok) return <p className="utrecht-paragraph">De antwoorden zijn niet volledig: {r.fout}</p>;
  const stappen = beschrijfStappen(DELEN_GRAAF, pad.stappen);
  return <DelenAdvies vraag={r.waarde.vraag} advies={r.waarde.advies} stappen={stappen} normTitel={(id) => getNorm(id)?.titel} />;
}
