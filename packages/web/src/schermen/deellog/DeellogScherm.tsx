/** Deellog: what was shared, with whom and on which ground (recorded from "Mag ik dit delen?"). */
import type { DeelAdvies } from '@zorgvuldig/core';
import { useState } from 'react';
import { BESLUIT_NAMEN, GROND_NAMEN, naam } from '../../logica/labels.js';
import { href } from '../../logica/route.js';
import { useApi } from '../../logica/useApi.js';
import { Alert, Heading, Paragraph, TextField, TabelRegio } from '../../ui/utrecht.js';
import { VereistLogin } from '../../ui/VereistLogin.js';
import { datumTijd } from '../toestemmingen/types.js';

interface DeelLogItem {
  id: string;
  clientRef: string;
  advies: DeelAdvies;
  grond: string | null;
  gedeeld: string;
  notitie: string | null;
  door: { id: string; naam: string };
  op: string;
}

export function DeellogScherm() {
  return (
    <VereistLogin titel="Deellog">
      <Deellog />
    </VereistLogin>
  );
}

function Deellog() {
  const [filter, setFilter] = useState('');
  const pad = filter.trim() ? `/deellog?clientRef=${encodeURIComponent(filter.trim())}` : '/deellog';
  const { data, fout } = useApi<DeelLogItem[]>(pad);
  return (
    <>
      <Heading level={1} tabIndex={-1}>
        Deellog
      </Heading>
      <Paragraph lead>
        Uw vastgelegde afwegingen. Een nieuwe afweging maakt u met{' '}
        <a className="utrecht-link" href={href('delen')}>
          Mag ik dit delen?
        </a>
      </Paragraph>
      <div role="search" aria-label="Deellog zoeken" className="zv-smal">
        <TextField label="Zoek op cliëntreferentie" type="search" value={filter} onChange={setFilter} />
      </div>
      {fout && <Alert type="error">{fout}</Alert>}
      {data && data.length === 0 && <Paragraph>Er staat nog niets in de deellog.</Paragraph>}
      {data && data.length > 0 && (
        <TabelRegio label="Tabel van de deellog">
          <table className="utrecht-table utrecht-table--html-table">
            <caption className="utrecht-table__caption">Gedeelde informatie, nieuwste eerst</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">Moment</th>
                <th className="utrecht-table__header-cell" scope="col">Cliënt</th>
                <th className="utrecht-table__header-cell" scope="col">Gedeeld</th>
                <th className="utrecht-table__header-cell" scope="col">Besluit en grond</th>
                <th className="utrecht-table__header-cell" scope="col">Door</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {data.map((d) => (
                <tr key={d.id} className="utrecht-table__row">
                  <td className="utrecht-table__cell">{datumTijd(d.op)}</td>
                  <td className="utrecht-table__cell">{d.clientRef}</td>
                  <td className="utrecht-table__cell">
                    {d.gedeeld}
                    {d.notitie && <div className="zv-klein">{d.notitie}</div>}
                  </td>
                  <td className="utrecht-table__cell">
                    {naam(BESLUIT_NAMEN, d.advies.besluit)}
                    {d.grond && <div className="zv-klein">{naam(GROND_NAMEN, d.grond)}</div>}
                  </td>
                  <td className="utrecht-table__cell">{d.door.naam}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TabelRegio>
      )}
    </>
  );
}
