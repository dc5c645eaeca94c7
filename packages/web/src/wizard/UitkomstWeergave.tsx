/** The outcome of a situation graph: advice, steps, an example reply, the norms and the answers given. */
import type { Uitkomst } from '@zorgvuldig/core';
import { useState } from 'react';
import { NormVerwijzing } from '../ui/NormVerwijzing.js';
import { Alert, Button, Heading } from '../ui/utrecht.js';

export function UitkomstWeergave(props: { uitkomst: Uitkomst; antwoorden: ReadonlyArray<{ vraag: string; antwoord: string }> }) {
  const { uitkomst, antwoorden } = props;
  const [melding, setMelding] = useState('');
  const kopieer = async (tekst: string) => {
    try {
      await navigator.clipboard.writeText(tekst);
      setMelding('De voorbeeldreactie staat op het klembord.');
    } catch {
      setMelding('Kopiëren lukte niet; selecteer de tekst en kopieer hem zelf.');
    }
  };
  return (
    <div data-testid="situatie-uitkomst">
      <Alert type="info">
        <strong>{uitkomst.titel}</strong>
      </Alert>
      {uitkomst.advies.map((a) => (
        <p key={a} className="utrecht-paragraph">
          {a}
        </p>
      ))}
      {uitkomst.stappen && uitkomst.stappen.length > 0 && (
        <>
          <Heading level={3}>Wat kunt u doen?</Heading>
          <ol className="utrecht-ordered-list">
            {uitkomst.stappen.map((s) => (
              <li key={s} className="utrecht-ordered-list__item">
                {s}
              </li>
            ))}
          </ol>
        </>
      )}
      {uitkomst.voorbeeldReactie && (
        <>
          <Heading level={3}>Voorbeeldreactie</Heading>
          <blockquote className="utrecht-blockquote">
            <p className="utrecht-paragraph">{uitkomst.voorbeeldReactie}</p>
          </blockquote>
          <Button onClick={() => void kopieer(uitkomst.voorbeeldReactie ?? '')}>Kopieer voorbeeldreactie</Button>
          <p className="utrecht-paragraph" role="status" aria-live="polite">
            {melding}
          </p>
        </>
      )}
      <Heading level={3}>Normen</Heading>
      <ul className="utrecht-unordered-list">
        {uitkomst.bronnen.map((b) => (
          <li key={b} className="utrecht-unordered-list__item">
            <NormVerwijzing id={b} />
          </li>
        ))}
      </ul>
      {antwoorden.length > 0 && (
        <details className="zv-uitleg">
          <summary>Uw antwoorden</summary>
          <ul className="utrecht-unordered-list">
            {antwoorden.map((a) => (
              <li key={a.vraag} className="utrecht-unordered-list__item">
                {a.vraag} <strong>{a.antwoord}</strong>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
