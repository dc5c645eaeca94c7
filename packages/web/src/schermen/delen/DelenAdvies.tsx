/** The result page of the sharing wizard: decision, ground, conditions, explanation, norms and justification. */
import type { DeelAdvies, DeelVraag } from '@zorgvuldig/core';
import { useState, type FormEvent } from 'react';
import { api, ApiFout, foutTekst } from '../../api.js';
import { BESLUIT_NAMEN, GROND_NAMEN, VOORWAARDE_NAMEN, naam } from '../../logica/labels.js';
import { href } from '../../logica/route.js';
import { verantwoording } from '../../logica/verantwoording.js';
import { useSessie } from '../../sessie.js';
import { NormVerwijzing } from '../../ui/NormVerwijzing.js';
import { Alert, Button, ButtonGroup, Heading, TextArea, TextField, type AlertType } from '../../ui/utrecht.js';

const ALERT: Record<string, AlertType> = { ja: 'ok', 'ja-onder-voorwaarden': 'info', 'eerst-toestemming-vragen': 'warning', nee: 'warning' };

/** Offer the justification as a text file; it is made in the browser and not sent anywhere. */
function bewaarAlsBestand(tekst: string) {
  const url = URL.createObjectURL(new Blob([tekst], { type: 'text/plain;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `verantwoording-delen-${new Date().toISOString().slice(0, 10)}.txt`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function DelenAdvies(props: {
  vraag: DeelVraag;
  advies: DeelAdvies;
  stappen: ReadonlyArray<{ vraag: string; antwoord: string }>;
  normTitel: (id: string) => string | undefined;
}) {
  const { vraag, advies, stappen, normTitel } = props;
  const [gekopieerd, setGekopieerd] = useState('');
  const tekst = verantwoording({ datum: new Date().toISOString().slice(0, 10), stappen, advies, normTitel });

  const kopieer = async () => {
    try {
      await navigator.clipboard.writeText(tekst);
      setGekopieerd('De verantwoording staat op het klembord.');
    } catch {
      setGekopieerd('Kopiëren lukte niet; selecteer de tekst en kopieer hem zelf.');
    }
  };

  return (
    <div data-testid="delen-advies" data-besluit={advies.besluit}>
      <Alert type={ALERT[advies.besluit] ?? 'info'}>
        <p className="utrecht-paragraph">
          <strong className="zv-besluit">{naam(BESLUIT_NAMEN, advies.besluit)}</strong>
        </p>
        {advies.grond && <p className="utrecht-paragraph">Grond: {naam(GROND_NAMEN, advies.grond)}</p>}
      </Alert>
      {advies.voorwaarden.length > 0 && (
        <>
          <Heading level={3}>Voorwaarden</Heading>
          <ul className="utrecht-unordered-list">
            {advies.voorwaarden.map((v) => (
              <li key={v} className="utrecht-unordered-list__item">
                {naam(VOORWAARDE_NAMEN, v)}
              </li>
            ))}
          </ul>
        </>
      )}
      <Heading level={3}>Toelichting</Heading>
      {advies.uitleg.map((u) => (
        <p key={u} className="utrecht-paragraph">
          {u}
        </p>
      ))}
      <Heading level={3}>Normen</Heading>
      <ul className="utrecht-unordered-list">
        {advies.bronnen.map((b) => (
          <li key={b} className="utrecht-unordered-list__item">
            <NormVerwijzing id={b} />
          </li>
        ))}
      </ul>
      <Heading level={3}>Schriftelijke verantwoording</Heading>
      <pre className="zv-pre" data-testid="verantwoording">
        {tekst}
      </pre>
      <ButtonGroup>
        <Button onClick={() => void kopieer()}>Kopieer verantwoording</Button>
        <Button onClick={() => bewaarAlsBestand(tekst)}>Download als tekstbestand</Button>
      </ButtonGroup>
      <p className="utrecht-paragraph" role="status" aria-live="polite">
        {gekopieerd}
      </p>
      <BewaarInDeellog vraag={vraag} />
    </div>
  );
}

function BewaarInDeellog({ vraag }: { vraag: DeelVraag }) {
  const { gebruiker } = useSessie();
  const [clientRef, setClientRef] = useState('');
  const [gedeeld, setGedeeld] = useState('');
  const [notitie, setNotitie] = useState('');
  const [fout, setFout] = useState<{ tekst: string; veld?: string } | null>(null);
  const [klaar, setKlaar] = useState(false);

  if (!gebruiker) {
    return (
      <p className="utrecht-paragraph">
        <a className="utrecht-link" href={href('inloggen')}>
          Log in
        </a>{' '}
        om deze afweging in uw deellog te bewaren.
      </p>
    );
  }
  if (klaar) {
    return (
      <Alert type="ok">
        De afweging staat in uw <a className="utrecht-link" href={href('deellog')}>deellog</a>.
      </Alert>
    );
  }
  const bewaar = async (e: FormEvent) => {
    e.preventDefault();
    setFout(null);
    try {
      await api('/deellog', { body: { clientRef, vraag, gedeeld, ...(notitie ? { notitie } : {}) } });
      setKlaar(true);
    } catch (err) {
      setFout({ tekst: foutTekst(err), veld: err instanceof ApiFout ? err.veld : undefined });
    }
  };
  return (
    <form onSubmit={bewaar} noValidate className="zv-uitleg">
      <Heading level={3}>Bewaar in de deellog</Heading>
      {fout && <Alert type="error">{fout.tekst}</Alert>}
      <TextField
        label="Cliëntreferentie"
        description="Een dossier- of cliëntnummer van uw organisatie; nooit een BSN."
        value={clientRef}
        onChange={setClientRef}
        error={fout?.veld === 'clientRef' ? fout.tekst : undefined}
      />
      <TextField label="Wat heeft u gedeeld?" value={gedeeld} onChange={setGedeeld} error={fout?.veld === 'gedeeld' ? fout.tekst : undefined} />
      <TextArea label="Notitie (niet verplicht)" rows={3} value={notitie} onChange={setNotitie} />
      <Button variant="primary" type="submit">
        Bewaar in deellog
      </Button>
    </form>
  );
}
