/** Audit: the hash-chained trail of every read and write, with a check of the chain (privacy officer). */
import { useState } from 'react';
import { api, foutTekst } from '../../api.js';
import { useApi } from '../../logica/useApi.js';
import { Alert, Button, Heading, Paragraph, TabelRegio } from '../../ui/utrecht.js';
import { VereistLogin } from '../../ui/VereistLogin.js';
import { datumTijd } from '../toestemmingen/types.js';

interface AuditRegel {
  id: string;
  volgnummer: number;
  gebruikerId: string;
  actie: string;
  objectType: string;
  objectId: string | null;
  tijdstip: string;
  reden: string | null;
  hash: string;
}

interface Verificatie {
  intact: boolean;
  aantal: number;
  breuk?: { volgnummer: number; id: string; probleem: string };
}

export function AuditScherm() {
  return (
    <VereistLogin titel="Audit">
      <Audit />
    </VereistLogin>
  );
}

function Audit() {
  const { data, fout } = useApi<AuditRegel[]>('/audit?limit=200');
  const [verificatie, setVerificatie] = useState<Verificatie | null>(null);
  const [verifFout, setVerifFout] = useState('');
  const controleer = async () => {
    setVerifFout('');
    try {
      setVerificatie(await api<Verificatie>('/audit/verify'));
    } catch (err) {
      setVerifFout(foutTekst(err));
    }
  };
  return (
    <>
      <Heading level={1} tabIndex={-1}>
        Audit
      </Heading>
      <Paragraph lead>
        Elke inzage en wijziging van het toestemmingenregister en de deellog staat in een keten die achteraf niet te
        veranderen is.
      </Paragraph>
      <Button variant="primary" onClick={() => void controleer()}>
        Controleer de keten
      </Button>
      <div aria-live="polite" data-testid="verificatie">
        {verifFout && <Alert type="error">{verifFout}</Alert>}
        {verificatie &&
          (verificatie.intact ? (
            <Alert type="ok">De keten is intact: {verificatie.aantal} regels gecontroleerd.</Alert>
          ) : (
            <Alert type="error">
              De keten is verbroken bij regel {verificatie.breuk?.volgnummer}: {verificatie.breuk?.probleem}
            </Alert>
          ))}
      </div>
      {fout && <Alert type="error">{fout}</Alert>}
      {data && (
        <TabelRegio label="Tabel van de audittrail">
          <table className="utrecht-table utrecht-table--html-table">
            <caption className="utrecht-table__caption">Laatste {data.length} regels, nieuwste eerst</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">Nr.</th>
                <th className="utrecht-table__header-cell" scope="col">Tijdstip</th>
                <th className="utrecht-table__header-cell" scope="col">Actie</th>
                <th className="utrecht-table__header-cell" scope="col">Object</th>
                <th className="utrecht-table__header-cell" scope="col">Reden</th>
                <th className="utrecht-table__header-cell" scope="col">Hash</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {data.map((r) => (
                <tr key={r.id} className="utrecht-table__row">
                  <td className="utrecht-table__cell">{r.volgnummer}</td>
                  <td className="utrecht-table__cell">{datumTijd(r.tijdstip)}</td>
                  <td className="utrecht-table__cell">{r.actie}</td>
                  <td className="utrecht-table__cell">{r.objectType}</td>
                  <td className="utrecht-table__cell">{r.reden ?? '—'}</td>
                  <td className="utrecht-table__cell">
                    <code className="utrecht-code">{r.hash.slice(0, 12)}…</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TabelRegio>
      )}
    </>
  );
}
