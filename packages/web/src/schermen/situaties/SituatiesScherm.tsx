/** Situaties: guided decision graphs for common online dilemmas, walked in the browser. */
import { SITUATIES, beschrijfStappen, getSituatie } from '@zorgvuldig/core';
import { href } from '../../logica/route.js';
import { Heading, Paragraph } from '../../ui/utrecht.js';
import { GraafWizard } from '../../wizard/GraafWizard.js';
import { UitkomstWeergave } from '../../wizard/UitkomstWeergave.js';

export function SituatiesScherm({ id }: { id?: string }) {
  if (!id) return <Overzicht />;
  const situatie = getSituatie(id);
  if (!situatie) {
    return (
      <>
        <Heading level={1} tabIndex={-1}>
          Situatie niet gevonden
        </Heading>
        <Paragraph>
          Deze situatie bestaat niet. <a className="utrecht-link" href={href('situaties')}>Bekijk alle situaties</a>.
        </Paragraph>
      </>
    );
  }
  return (
    <>
      <p className="utrecht-paragraph">
        <a className="utrecht-link" href={href('situaties')}>
          ← Alle situaties
        </a>
      </p>
      <Heading level={1} tabIndex={-1}>
        {situatie.titel}
      </Heading>
      <Paragraph lead>{situatie.omschrijving}</Paragraph>
      <GraafWizard
        key={situatie.id}
        graaf={situatie}
        renderUitkomst={(pad) => <UitkomstWeergave uitkomst={pad.uitkomst} antwoorden={beschrijfStappen(situatie, pad.stappen)} />}
      />
    </>
  );
}

function Overzicht() {
  return (
    <>
      <Heading level={1} tabIndex={-1}>
        Situaties
      </Heading>
      <Paragraph lead>Kies een situatie uit de praktijk. Een paar vragen leiden u naar een concreet advies, met de normen erbij.</Paragraph>
      <ul className="zv-tegels">
        {SITUATIES.map((s) => (
          <li key={s.id}>
            <a href={href('situaties', s.id)}>
              <strong>{s.titel}</strong>
              <span>{s.omschrijving}</span>
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
