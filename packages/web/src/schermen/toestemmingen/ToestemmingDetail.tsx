import { useState, type FormEvent } from 'react';
import { api, foutTekst } from '../../api.js';
import { href } from '../../logica/route.js';
import { useApi } from '../../logica/useApi.js';
import { Alert, Button, Heading, StatusBadge, TextArea } from '../../ui/utrecht.js';
import { datumTijd, type Toestemming } from './types.js';

export function ToestemmingDetail({ id }: { id: string }) {
  const { data: t, fout, herlaad } = useApi<Toestemming>(`/toestemmingen/${encodeURIComponent(id)}`);
  const [fhir, setFhir] = useState('');
  const [reden, setReden] = useState('');
  const [actieFout, setActieFout] = useState('');

  const toonFhir = async () => {
    setActieFout('');
    try {
      setFhir(JSON.stringify(await api<unknown>(`/toestemmingen/${encodeURIComponent(id)}/fhir`), null, 2));
    } catch (err) {
      setActieFout(foutTekst(err));
    }
  };
  const trekIn = async (e: FormEvent) => {
    e.preventDefault();
    setActieFout('');
    try {
      await api(`/toestemmingen/${encodeURIComponent(id)}/intrekken`, { body: { reden } });
      herlaad();
    } catch (err) {
      setActieFout(foutTekst(err));
    }
  };

  const rijen: Array<[string, string]> = t
    ? [
        ['Cliëntreferentie', t.clientRef],
        ['Gegevens', t.gegevens.join(', ')],
        ['Ontvanger', `${t.ontvanger.naam} (${t.ontvanger.soort})`],
        ['Doel', t.doel],
        ['Geldig', `${t.geldigVan} tot ${t.geldigTot ?? 'onbepaald'}`],
        ['Verkregen', t.verkregen],
        ['Uitgelegd aan de cliënt', t.uitgelegd],
        ['Vastgelegd', `${datumTijd(t.vastgelegdOp)} door ${t.vastgelegdDoor.naam}`],
        ...(t.status === 'ingetrokken'
          ? ([
              ['Ingetrokken', `${datumTijd(t.ingetrokkenOp)}${t.ingetrokkenDoor ? ` door ${t.ingetrokkenDoor.naam}` : ''}`],
              ['Reden van intrekking', t.intrekReden ?? ''],
            ] as Array<[string, string]>)
          : []),
      ]
    : [];

  return (
    <>
      <p className="utrecht-paragraph">
        <a className="utrecht-link" href={href('toestemmingen')}>
          ← Alle toestemmingen
        </a>
      </p>
      <Heading level={1} tabIndex={-1}>
        Toestemming {t ? t.clientRef : ''}
      </Heading>
      {fout && <Alert type="error">{fout}</Alert>}
      {t && (
        <>
          <p className="utrecht-paragraph">
            Status: <StatusBadge kind={t.status === 'actief' ? 'success' : 'neutral'}>{t.status}</StatusBadge>
          </p>
          <dl className="utrecht-data-list">
            {rijen.map(([k, v]) => (
              <div key={k} className="utrecht-data-list__item">
                <dt className="utrecht-data-list__item-key">{k}</dt>
                <dd className="utrecht-data-list__item-value">{v}</dd>
              </div>
            ))}
          </dl>
          {actieFout && <Alert type="error">{actieFout}</Alert>}
          <Heading level={2}>Exporteren als FHIR</Heading>
          <p className="utrecht-paragraph">Een HL7 FHIR R4 Consent-bericht, voor uitwisseling met andere systemen.</p>
          <div className="zv-rij">
            <Button onClick={() => void toonFhir()}>Toon FHIR-bericht</Button>
            <a className="utrecht-link" href={`/api/toestemmingen/${encodeURIComponent(id)}/fhir`} download={`toestemming-${t.id}.fhir.json`}>
              Download FHIR-bestand
            </a>
          </div>
          {fhir && (
            <pre className="zv-pre" data-testid="fhir" tabIndex={0} aria-label="FHIR-bericht">
              {fhir}
            </pre>
          )}
          {t.status === 'actief' && (
            <form onSubmit={trekIn} noValidate>
              <Heading level={2}>Toestemming intrekken</Heading>
              <TextArea label="Reden van intrekking" rows={2} value={reden} onChange={setReden} />
              <Button variant="primary" type="submit">
                Toestemming intrekken
              </Button>
            </form>
          )}
        </>
      )}
    </>
  );
}
