/** Normen: the knowledge base, searchable by profession, source and free text. */
import { BRONNEN, ROLLEN, getCasus, getNorm, zoekNormen, type Doelgroep } from '@zorgvuldig/core';
import { useMemo, useState } from 'react';
import { ROL_NAMEN, naam } from '../../logica/labels.js';
import { href } from '../../logica/route.js';
import { Button, Heading, Paragraph, SelectField, TextField } from '../../ui/utrecht.js';

const PER_PAGINA = 20;

export function NormenScherm({ id }: { id?: string }) {
  if (id) return <NormDetail id={id} />;
  return <NormenLijst />;
}

function NormenLijst() {
  const [zoek, setZoek] = useState('');
  const [beroep, setBeroep] = useState('');
  const [bron, setBron] = useState('');
  const [zichtbaar, setZichtbaar] = useState(PER_PAGINA);
  // A new search starts again at the first page.
  const opnieuw = (zet: (v: string) => void) => (v: string) => {
    zet(v);
    setZichtbaar(PER_PAGINA);
  };
  const normen = useMemo(
    () => zoekNormen({ zoek: zoek || undefined, beroep: (beroep || undefined) as Doelgroep | undefined, bron: bron || undefined }),
    [zoek, beroep, bron],
  );
  return (
    <>
      <Heading level={1} tabIndex={-1}>
        Normen
      </Heading>
      <Paragraph lead>De beroepscodes en richtlijnen waar Zorgvuldig zich op baseert, in eigen woorden samengevat. Zoek bijvoorbeeld op foto, toestemming of vriendschapsverzoek.</Paragraph>
      <div role="search" className="zv-velden" aria-label="Normen zoeken">
        <TextField label="Zoek in de normen" type="search" value={zoek} onChange={opnieuw(setZoek)} />
        <SelectField
          label="Beroep"
          value={beroep}
          onChange={opnieuw(setBeroep)}
          options={[{ value: '', label: 'Alle beroepen' }, ...ROLLEN.map((r) => ({ value: r, label: naam(ROL_NAMEN, r) }))]}
        />
        <SelectField
          label="Bron"
          value={bron}
          onChange={opnieuw(setBron)}
          options={[{ value: '', label: 'Alle bronnen' }, ...Object.entries(BRONNEN).map(([value, label]) => ({ value, label }))]}
        />
      </div>
      <p className="utrecht-paragraph" role="status" aria-live="polite">
        {normen.length === 1 ? '1 norm gevonden.' : `${normen.length} normen gevonden.`}
      </p>
      <ul className="zv-kaarten">
        {normen.slice(0, zichtbaar).map((n) => (
          <li key={n.id} className="zv-kaart">
            <Heading level={2}>
              <a className="utrecht-link" href={href('normen', n.id)}>
                {n.titel}
              </a>
            </Heading>
            <p className="utrecht-paragraph">{n.samenvatting}</p>
            <p className="utrecht-paragraph zv-klein">
              {BRONNEN[n.bron]} · {n.plaats} · {n.beroepen.map((b) => naam(ROL_NAMEN, b)).join(', ')}
            </p>
          </li>
        ))}
      </ul>
      {normen.length > zichtbaar && (
        <p className="utrecht-paragraph">
          <Button onClick={() => setZichtbaar((z) => z + PER_PAGINA)}>
            Toon meer normen ({normen.length - zichtbaar} over)
          </Button>
        </p>
      )}
    </>
  );
}

function NormDetail({ id }: { id: string }) {
  const norm = getNorm(id);
  if (!norm) {
    return (
      <>
        <Heading level={1} tabIndex={-1}>
          Norm niet gevonden
        </Heading>
        <Paragraph>
          De norm “{id}” staat niet in de kennisbank. <a className="utrecht-link" href={href('normen')}>Terug naar alle normen</a>.
        </Paragraph>
      </>
    );
  }
  const ouder = norm.onderdeelVan ? getNorm(norm.onderdeelVan) : undefined;
  const onderdelen = zoekNormen().filter((n) => n.onderdeelVan === norm.id);
  return (
    <>
      <p className="utrecht-paragraph">
        <a className="utrecht-link" href={href('normen')}>
          ← Alle normen
        </a>
      </p>
      <Heading level={1} tabIndex={-1}>
        {norm.titel}
      </Heading>
      <Paragraph lead>{norm.samenvatting}</Paragraph>
      <dl className="utrecht-data-list">
        <div className="utrecht-data-list__item">
          <dt className="utrecht-data-list__item-key">Bron</dt>
          <dd className="utrecht-data-list__item-value">{BRONNEN[norm.bron]}</dd>
        </div>
        <div className="utrecht-data-list__item">
          <dt className="utrecht-data-list__item-key">Plaats in de bron</dt>
          <dd className="utrecht-data-list__item-value">{norm.plaats}</dd>
        </div>
        <div className="utrecht-data-list__item">
          <dt className="utrecht-data-list__item-key">Geldt voor</dt>
          <dd className="utrecht-data-list__item-value">{norm.beroepen.map((b) => naam(ROL_NAMEN, b)).join(', ')}</dd>
        </div>
        <div className="utrecht-data-list__item">
          <dt className="utrecht-data-list__item-key">Kenmerk</dt>
          <dd className="utrecht-data-list__item-value">
            <code className="utrecht-code">{norm.id}</code>
          </dd>
        </div>
        {ouder && (
          <div className="utrecht-data-list__item">
            <dt className="utrecht-data-list__item-key">Onderdeel van</dt>
            <dd className="utrecht-data-list__item-value">
              <a className="utrecht-link" href={href('normen', ouder.id)}>
                {ouder.titel}
              </a>
            </dd>
          </div>
        )}
      </dl>
      {onderdelen.length > 0 && (
        <>
          <Heading level={2}>Onderdelen</Heading>
          <ul className="utrecht-unordered-list">
            {onderdelen.map((o) => (
              <li key={o.id} className="utrecht-unordered-list__item">
                <a className="utrecht-link" href={href('normen', o.id)}>
                  {o.titel}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      {norm.casussen && norm.casussen.length > 0 && (
        <>
          <Heading level={2}>Oefen met een casus</Heading>
          <ul className="utrecht-unordered-list">
            {norm.casussen.map((c) => (
              <li key={c} className="utrecht-unordered-list__item">
                <a className="utrecht-link" href={href('oefenen', c)}>
                  {getCasus(c)?.titel ?? `Casus ${c}`}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
