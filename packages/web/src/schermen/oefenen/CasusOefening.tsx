/** One case to answer: the story, the question, the options, then feedback with the reasoning and norms. */
import { beantwoordCasus, BRONNEN, type Casus, type CasusAntwoord } from '@zorgvuldig/core';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { NormVerwijzing } from '../../ui/NormVerwijzing.js';
import { Alert, Button, Heading, RadioGroup } from '../../ui/utrecht.js';

/** After answering, the options say which one was chosen and which one is best. */
function optieLabel(tekst: string, gekozen: boolean, juist: boolean, beantwoord: boolean): string {
  if (!beantwoord) return tekst;
  const merk = [gekozen ? 'uw antwoord' : '', juist ? 'beste antwoord' : ''].filter(Boolean).join(', ');
  return merk ? `${tekst} (${merk})` : tekst;
}

export function CasusOefening(props: { casus: Casus; kopNiveau?: 1 | 2; onBeantwoord?: (juist: boolean) => void; volgende?: { tekst: string; actie: () => void } }) {
  const { casus, kopNiveau = 2, onBeantwoord, volgende } = props;
  const [gekozen, setGekozen] = useState<string | undefined>(undefined);
  const [antwoord, setAntwoord] = useState<CasusAntwoord | null>(null);
  const [fout, setFout] = useState('');
  const feedback = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (antwoord) feedback.current?.focus();
  }, [antwoord]);

  const controleer = (e: FormEvent) => {
    e.preventDefault();
    if (!gekozen) {
      setFout('Kies een antwoord.');
      return;
    }
    const a = beantwoordCasus(casus.id, gekozen);
    if (!a) return;
    setFout('');
    setAntwoord(a);
    onBeantwoord?.(a.juist);
  };
  const juisteTekst = antwoord ? casus.opties.find((o) => o.id === antwoord.juisteOptie)?.tekst : undefined;

  return (
    <article className="zv-kaart" data-testid="casus" aria-labelledby={`casus-${casus.id}`}>
      <Heading level={kopNiveau} id={`casus-${casus.id}`} tabIndex={kopNiveau === 1 ? -1 : undefined}>
        {casus.titel}
      </Heading>
      <p className="utrecht-paragraph">{casus.situatie}</p>
      {casus.bron && (
        <p className="utrecht-paragraph zv-klein">
          Bron: {BRONNEN[casus.bron.bestand]}, {casus.bron.plaats}
        </p>
      )}
      <form onSubmit={controleer} noValidate>
        {fout && <Alert type="error">{fout}</Alert>}
        <RadioGroup
          legend={<strong>{casus.vraag}</strong>}
          name={`casus-${casus.id}`}
          value={gekozen}
          options={casus.opties.map((o) => ({ value: o.id, label: optieLabel(o.tekst, o.id === gekozen, antwoord ? o.id === antwoord.juisteOptie : false, antwoord !== null) }))}
          onChange={setGekozen}
          disabled={antwoord !== null}
        />
        {!antwoord && (
          <Button variant="primary" type="submit">
            Controleer antwoord
          </Button>
        )}
      </form>
      {antwoord && (
        <div ref={feedback} tabIndex={-1} data-testid="casus-feedback" data-juist={antwoord.juist}>
          <Alert type={antwoord.juist ? 'ok' : 'warning'}>
            <strong>{antwoord.juist ? 'Goed!' : 'Niet het beste antwoord.'}</strong>
            {!antwoord.juist && juisteTekst && <> Het beste antwoord is: {juisteTekst}</>}
          </Alert>
          <p className="utrecht-paragraph">{antwoord.uitleg}</p>
          <div className="zv-klein">
            Normen:
            <ul className="zv-normlijst">
              {antwoord.normen.map((n) => (
                <li key={n}>
                  <NormVerwijzing id={n} />
                </li>
              ))}
            </ul>
          </div>
          {volgende && (
            <Button variant="primary" onClick={volgende.actie}>
              {volgende.tekst}
            </Button>
          )}
        </div>
      )}
    </article>
  );
}
