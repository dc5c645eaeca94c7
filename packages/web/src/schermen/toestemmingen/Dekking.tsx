/** "Is dit delen gedekt door een vastgelegde toestemming?" */
import { useState, type FormEvent } from 'react';
import { api, foutTekst } from '../../api.js';
import { Alert, Button, Heading, TextField } from '../../ui/utrecht.js';

interface DekkingAntwoord {
  gedekt: boolean;
  reden: string;
}

export function Dekking() {
  const [f, setF] = useState({ clientRef: '', ontvanger: '', doel: '' });
  const [antwoord, setAntwoord] = useState<DekkingAntwoord | null>(null);
  const [fout, setFout] = useState('');
  const zet = (k: keyof typeof f) => (v: string) => setF((o) => ({ ...o, [k]: v }));
  const controleer = async (e: FormEvent) => {
    e.preventDefault();
    setFout('');
    setAntwoord(null);
    try {
      setAntwoord(await api<DekkingAntwoord>('/toestemmingen/dekking', { body: f }));
    } catch (err) {
      setFout(foutTekst(err));
    }
  };
  return (
    <section aria-labelledby="dekking-kop">
      <Heading level={2} id="dekking-kop">
        Is delen gedekt door een toestemming?
      </Heading>
      <form onSubmit={controleer} noValidate>
        <div className="zv-velden">
          <TextField label="Cliëntreferentie" value={f.clientRef} onChange={zet('clientRef')} />
          <TextField label="Ontvanger" value={f.ontvanger} onChange={zet('ontvanger')} />
          <TextField label="Doel" value={f.doel} onChange={zet('doel')} />
        </div>
        <Button type="submit">Controleer dekking</Button>
      </form>
      <div aria-live="polite">
        {fout && <Alert type="error">{fout}</Alert>}
        {antwoord && (
          <Alert type={antwoord.gedekt ? 'ok' : 'warning'}>
            <strong>{antwoord.gedekt ? 'Gedekt door een toestemming.' : 'Niet gedekt.'}</strong> {antwoord.reden}
          </Alert>
        )}
      </div>
    </section>
  );
}
