/** Toestemmingen: the consent register of the organisation (list, record, view, withdraw, FHIR export). */
import { useState } from 'react';
import { href } from '../../logica/route.js';
import { useApi } from '../../logica/useApi.js';
import { StatusBadge, Heading, Paragraph, TextField, Alert, TabelRegio } from '../../ui/utrecht.js';
import { VereistLogin } from '../../ui/VereistLogin.js';
import { Dekking } from './Dekking.js';
import { NieuweToestemming } from './NieuweToestemming.js';
import { ToestemmingDetail } from './ToestemmingDetail.js';
import type { Toestemming } from './types.js';

export function ToestemmingenScherm({ id }: { id?: string }) {
  return <VereistLogin titel="Toestemmingen">{id ? <ToestemmingDetail id={id} /> : <Register />}</VereistLogin>;
}

function Register() {
  const [filter, setFilter] = useState('');
  const pad = filter.trim() ? `/toestemmingen?clientRef=${encodeURIComponent(filter.trim())}` : '/toestemmingen';
  const { data, fout, herlaad } = useApi<Toestemming[]>(pad);
  return (
    <>
      <Heading level={1} tabIndex={-1}>
        Toestemmingen
      </Heading>
      <Paragraph lead>Leg vast waarvoor een cliënt toestemming gaf om informatie te delen, en trek die in als de cliënt dat wil.</Paragraph>
      <NieuweToestemming onOpgeslagen={herlaad} />
      <Heading level={2}>Register</Heading>
      <div role="search" aria-label="Toestemmingen zoeken" className="zv-smal">
        <TextField label="Zoek op cliëntreferentie" type="search" value={filter} onChange={setFilter} />
      </div>
      {fout && <Alert type="error">{fout}</Alert>}
      {data && data.length === 0 && <Paragraph>Er zijn (nog) geen toestemmingen vastgelegd.</Paragraph>}
      {data && data.length > 0 && (
        <TabelRegio label="Tabel met toestemmingen">
          <table className="utrecht-table utrecht-table--html-table">
            <caption className="utrecht-table__caption">Vastgelegde toestemmingen, nieuwste eerst</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">Cliënt</th>
                <th className="utrecht-table__header-cell" scope="col">Ontvanger</th>
                <th className="utrecht-table__header-cell" scope="col">Doel</th>
                <th className="utrecht-table__header-cell" scope="col">Geldig</th>
                <th className="utrecht-table__header-cell" scope="col">Status</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {data.map((t) => (
                <tr key={t.id} className="utrecht-table__row">
                  <td className="utrecht-table__cell">
                    <a className="utrecht-link" href={href('toestemmingen', t.id)}>
                      {t.clientRef}
                    </a>
                  </td>
                  <td className="utrecht-table__cell">{t.ontvanger.naam}</td>
                  <td className="utrecht-table__cell">{t.doel}</td>
                  <td className="utrecht-table__cell">
                    {t.geldigVan} – {t.geldigTot ?? 'onbepaald'}
                  </td>
                  <td className="utrecht-table__cell">
                    <StatusBadge kind={t.status === 'actief' ? 'success' : 'neutral'}>{t.status}</StatusBadge>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TabelRegio>
      )}
      <Dekking />
    </>
  );
}
