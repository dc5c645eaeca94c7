import { useId, useState, type FormEvent } from 'react';
import { api, ApiFout, foutTekst } from '../../api.js';
import { Alert, Button, SelectField, TextArea, TextField } from '../../ui/utrecht.js';
import type { Toestemming } from './types.js';

const vandaag = () => new Date().toISOString().slice(0, 10);

function leegFormulier() {
  return {
    clientRef: '',
    gegevens: '',
    soort: 'rol',
    ontvanger: '',
    doel: '',
    geldigVan: vandaag(),
    geldigTot: '',
    verkregen: 'schriftelijk',
    uitgelegd: '',
  };
}

export function NieuweToestemming({ onOpgeslagen }: { onOpgeslagen: () => void }) {
  const [open, setOpen] = useState(false);
  const [f, setF] = useState(leegFormulier);
  const [fout, setFout] = useState<{ tekst: string; veld?: string } | null>(null);
  const [melding, setMelding] = useState('');
  const paneel = useId();
  const zet = (k: keyof ReturnType<typeof leegFormulier>) => (v: string) => setF((o) => ({ ...o, [k]: v }));
  const veldFout = (...velden: string[]) => (fout?.veld && velden.some((v) => fout.veld?.startsWith(v)) ? fout.tekst : undefined);

  const bewaar = async (e: FormEvent) => {
    e.preventDefault();
    setFout(null);
    try {
      const t = await api<Toestemming>('/toestemmingen', {
        body: {
          clientRef: f.clientRef.trim(),
          gegevens: f.gegevens.split(',').map((g) => g.trim()).filter(Boolean),
          ontvanger: { soort: f.soort, naam: f.ontvanger.trim() },
          doel: f.doel.trim(),
          geldigVan: f.geldigVan,
          ...(f.geldigTot ? { geldigTot: f.geldigTot } : {}),
          verkregen: f.verkregen,
          uitgelegd: f.uitgelegd.trim(),
        },
      });
      setMelding(`Toestemming voor ${t.clientRef} is vastgelegd.`);
      setF(leegFormulier());
      setOpen(false);
      onOpgeslagen();
    } catch (err) {
      setFout({ tekst: foutTekst(err), veld: err instanceof ApiFout ? err.veld : undefined });
    }
  };

  return (
    <section>
      <p className="utrecht-paragraph" role="status" aria-live="polite">
        {melding}
      </p>
      <Button variant={open ? 'secondary' : 'primary'} aria-expanded={open} aria-controls={paneel} onClick={() => setOpen((o) => !o)}>
        {open ? 'Formulier sluiten' : 'Nieuwe toestemming vastleggen'}
      </Button>
      {open && (
        <form id={paneel} onSubmit={bewaar} noValidate className="zv-uitleg zv-formulier" aria-label="Nieuwe toestemming">
          {fout && <Alert type="error">{fout.tekst}</Alert>}
          <div className="zv-velden">
            <TextField label="Cliëntreferentie" description="Dossier- of cliëntnummer; nooit een BSN." value={f.clientRef} onChange={zet('clientRef')} error={veldFout('clientRef')} />
            <TextField label="Gegevens" description="Gescheiden door komma's, bijv. medicatie, diagnose." value={f.gegevens} onChange={zet('gegevens')} error={veldFout('gegevens')} />
            <SelectField
              label="Soort ontvanger"
              value={f.soort}
              onChange={zet('soort')}
              options={[
                { value: 'rol', label: 'Een rol (bijv. huisarts)' },
                { value: 'organisatie', label: 'Een organisatie' },
              ]}
            />
            <TextField label="Ontvanger" value={f.ontvanger} onChange={zet('ontvanger')} error={veldFout('ontvanger')} />
            <TextField label="Doel" value={f.doel} onChange={zet('doel')} error={veldFout('doel')} />
            <SelectField
              label="Verkregen"
              value={f.verkregen}
              onChange={zet('verkregen')}
              options={[
                { value: 'schriftelijk', label: 'Schriftelijk' },
                { value: 'mondeling', label: 'Mondeling' },
                { value: 'digitaal', label: 'Digitaal' },
              ]}
            />
            <TextField label="Geldig vanaf" type="date" value={f.geldigVan} onChange={zet('geldigVan')} error={veldFout('geldigVan')} />
            <TextField label="Geldig tot (niet verplicht)" type="date" value={f.geldigTot} onChange={zet('geldigTot')} error={veldFout('geldigTot')} />
          </div>
          <TextArea
            label="Wat is aan de cliënt uitgelegd?"
            description="Welke gegevens naar wie gaan, waarom, en dat de cliënt kan weigeren of intrekken."
            rows={3}
            value={f.uitgelegd}
            onChange={zet('uitgelegd')}
            error={veldFout('uitgelegd')}
          />
          <Button variant="primary" type="submit">
            Toestemming vastleggen
          </Button>
        </form>
      )}
    </section>
  );
}
