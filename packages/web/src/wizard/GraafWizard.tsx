/**
 * A step-by-step walk through a decision graph of the core (`volg`): one question per step, an explanation
 * on request, back and forward, and an outcome rendered by the caller.
 */
import { volg, type Beslisgraaf, type Pad } from '@zorgvuldig/core';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { antwoorden, eerdereKeuze, kies, LEEG, terug, type Geschiedenis } from '../logica/stappen.js';
import { Alert, Button, ButtonGroup, RadioGroup } from '../ui/utrecht.js';

export function GraafWizard(props: { graaf: Beslisgraaf; renderUitkomst: (pad: Pad, opnieuw: () => void) => ReactNode }) {
  const { graaf, renderUitkomst } = props;
  const [g, setG] = useState<Geschiedenis>(LEEG);
  const [gekozen, setGekozen] = useState<string | undefined>(undefined);
  const [fout, setFout] = useState('');
  const kop = useRef<HTMLHeadingElement>(null);
  const eerste = useRef(true);

  const r = volg(graaf, antwoorden(g));
  const positie = r.ok ? r.waarde : null;
  const vraagId = positie?.soort === 'vraag' ? positie.vraag.id : undefined;

  useEffect(() => {
    setGekozen(vraagId ? eerdereKeuze(g, vraagId) : undefined);
    setFout('');
    if (eerste.current) {
      eerste.current = false;
      return;
    }
    kop.current?.focus();
  }, [g, vraagId]);

  if (!r.ok || !positie) return <Alert type="error">Deze vragenlijst bevat een fout: {r.ok ? '' : r.fout}</Alert>;

  const opnieuw = () => setG(LEEG);

  if (positie.soort === 'uitkomst') {
    return (
      <div>
        <h2 className="utrecht-heading-2" ref={kop} tabIndex={-1}>
          Uitkomst
        </h2>
        {renderUitkomst({ stappen: positie.stappen, toestand: positie.toestand, uitkomst: positie.uitkomst }, opnieuw)}
        <ButtonGroup>
          <Button onClick={() => setG(terug)}>Vorige vraag</Button>
          <Button onClick={opnieuw}>Opnieuw beginnen</Button>
        </ButtonGroup>
      </div>
    );
  }

  const { vraag } = positie;
  const volgende = (e: FormEvent) => {
    e.preventDefault();
    if (!gekozen) {
      setFout('Kies een antwoord om verder te gaan.');
      return;
    }
    setG((h) => kies(h, { vraag: vraag.id, antwoord: gekozen }));
  };

  return (
    <form onSubmit={volgende} noValidate>
      <p className="zv-stap" aria-live="polite">
        Vraag {g.positie + 1}
      </p>
      <h2 className="utrecht-heading-2" ref={kop} tabIndex={-1}>
        {vraag.tekst}
      </h2>
      {vraag.hulp && (
        <details className="zv-uitleg">
          <summary>Uitleg bij deze vraag</summary>
          <p className="utrecht-paragraph">{vraag.hulp}</p>
        </details>
      )}
      {fout && <Alert type="error">{fout}</Alert>}
      <RadioGroup
        legend={<span className="visually-hidden">{vraag.tekst}</span>}
        name={`vraag-${vraag.id}`}
        value={gekozen}
        options={vraag.antwoorden.map((a) => ({ value: a.id, label: a.tekst }))}
        onChange={setGekozen}
      />
      <ButtonGroup>
        {g.positie > 0 && <Button onClick={() => setG(terug)}>Vorige</Button>}
        <Button variant="primary" type="submit">
          Volgende
        </Button>
      </ButtonGroup>
    </form>
  );
}
