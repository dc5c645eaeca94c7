/** Casuïstiek: practise with cases from the sources and the project's own, one set at a time, with a score. */
import { ROLLEN, THEMAS, filterCasussen, getCasus, kiesOefenset, type Casus, type CasusFilter, type Doelgroep, type Thema } from '@zorgvuldig/core';
import { useEffect, useRef, useState } from 'react';
import { ROL_NAMEN, THEMA_NAMEN, naam } from '../../logica/labels.js';
import { href } from '../../logica/route.js';
import { Alert, Button, Heading, Paragraph, SelectField } from '../../ui/utrecht.js';
import { CasusOefening } from './CasusOefening.js';

const SET_GROOTTE = 5;

export function CasussenScherm({ id }: { id?: string }) {
  if (id) return <EenCasus id={id} />;
  return <Oefenen />;
}

function EenCasus({ id }: { id: string }) {
  const casus = getCasus(id);
  return (
    <>
      <p className="utrecht-paragraph">
        <a className="utrecht-link" href={href('oefenen')}>
          ← Casuïstiek
        </a>
      </p>
      {casus ? (
        <CasusOefening key={casus.id} casus={casus} kopNiveau={1} />
      ) : (
        <Heading level={1} tabIndex={-1}>
          Casus niet gevonden
        </Heading>
      )}
    </>
  );
}

function Oefenen() {
  const [beroep, setBeroep] = useState('');
  const [thema, setThema] = useState('');
  const [set, setSet] = useState<Casus[] | null>(null);
  const [index, setIndex] = useState(0);
  const [score, setScore] = useState<boolean[]>([]);
  const filter: CasusFilter = { beroep: (beroep || undefined) as Doelgroep | undefined, thema: (thema || undefined) as Thema | undefined };
  const beschikbaar = filterCasussen(filter);
  const uitslag = useRef<HTMLHeadingElement>(null);
  const teller = useRef<HTMLParagraphElement>(null);
  const klaar = set !== null && index >= set.length;

  // Move focus to the new case or to the score, so keyboard users continue where the content changed.
  useEffect(() => {
    if (klaar) uitslag.current?.focus();
    else if (set) teller.current?.focus();
  }, [klaar, set, index]);

  const start = () => {
    setSet(kiesOefenset(SET_GROOTTE, Date.now() % 2 ** 31, filter));
    setIndex(0);
    setScore([]);
  };

  return (
    <>
      <Heading level={1} tabIndex={-1}>
        Casuïstiek
      </Heading>
      <Paragraph lead>
        Oefen met situaties uit de praktijk. Kies het beste antwoord en lees waarom; aan het eind ziet u uw score.
      </Paragraph>
      {set === null && (
        <>
          <div className="zv-velden">
            <SelectField
              label="Beroep"
              value={beroep}
              onChange={setBeroep}
              options={[{ value: '', label: 'Alle beroepen' }, ...ROLLEN.map((r) => ({ value: r, label: naam(ROL_NAMEN, r) }))]}
            />
            <SelectField
              label="Thema"
              value={thema}
              onChange={setThema}
              options={[{ value: '', label: 'Alle thema’s' }, ...THEMAS.map((t) => ({ value: t, label: naam(THEMA_NAMEN, t) }))]}
            />
          </div>
          <p className="utrecht-paragraph" role="status" aria-live="polite">
            {beschikbaar.length} casussen beschikbaar.
          </p>
          <Button variant="primary" onClick={start} disabled={beschikbaar.length === 0}>
            Start een oefenset van {Math.min(SET_GROOTTE, beschikbaar.length)} casussen
          </Button>
          <Heading level={2}>Alle casussen</Heading>
          <ul className="utrecht-unordered-list">
            {beschikbaar.map((c) => (
              <li key={c.id} className="utrecht-unordered-list__item">
                <a className="utrecht-link" href={href('oefenen', c.id)}>
                  {c.titel}
                </a>{' '}
                <span className="zv-klein">({naam(THEMA_NAMEN, c.thema)})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {set !== null && !klaar && set[index] && (
        <>
          <p className="zv-stap" ref={teller} tabIndex={-1}>
            Casus {index + 1} van {set.length}
          </p>
          <CasusOefening
            key={set[index].id}
            casus={set[index]}
            onBeantwoord={(juist) => setScore((s) => [...s, juist])}
            volgende={{ tekst: index + 1 < set.length ? 'Volgende casus' : 'Bekijk uw score', actie: () => setIndex((i) => i + 1) }}
          />
        </>
      )}
      {klaar && (
        <section aria-labelledby="uitslag-kop" data-testid="score">
          <h2 className="utrecht-heading-2" id="uitslag-kop" ref={uitslag} tabIndex={-1}>
            Uw score: {score.filter(Boolean).length} van {set.length}
          </h2>
          <Alert type={score.every(Boolean) ? 'ok' : 'info'}>
            {score.every(Boolean) ? 'Alles goed. Mooi werk!' : 'Lees de uitleg bij de casussen die u miste nog eens na.'}
          </Alert>
          <ol className="utrecht-ordered-list">
            {set.map((c, i) => (
              <li key={c.id} className="utrecht-ordered-list__item">
                <a className="utrecht-link" href={href('oefenen', c.id)}>
                  {c.titel}
                </a>
                : {score[i] ? 'goed' : 'niet goed'}
              </li>
            ))}
          </ol>
          <Button variant="primary" onClick={() => setSet(null)}>
            Nieuwe oefenset
          </Button>
        </section>
      )}
    </>
  );
}
