import { useState, type FormEvent } from 'react';
import { api, ApiFout, foutTekst } from '../../api.js';
import { href } from '../../logica/route.js';
import { useSessie } from '../../sessie.js';
import { Alert, Button, Heading, Paragraph, TextField } from '../../ui/utrecht.js';

export function InloggenScherm() {
  const { vernieuw } = useSessie();
  const [email, setEmail] = useState('');
  const [wachtwoord, setWachtwoord] = useState('');
  const [fout, setFout] = useState<{ tekst: string; veld?: string } | null>(null);
  const [bezig, setBezig] = useState(false);

  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    setBezig(true);
    setFout(null);
    try {
      await api('/auth/inloggen', { body: { email, wachtwoord } });
      await vernieuw();
      window.location.hash = href('toestemmingen');
    } catch (err) {
      setFout({ tekst: foutTekst(err), veld: err instanceof ApiFout ? err.veld : undefined });
    } finally {
      setBezig(false);
    }
  };

  return (
    <>
      <Heading level={1} tabIndex={-1}>
        Inloggen
      </Heading>
      <form className="utrecht-form zv-smal" onSubmit={verstuur} noValidate>
        {fout && <Alert type="error">{fout.tekst}</Alert>}
        <TextField label="E-mailadres" type="email" autoComplete="email" value={email} onChange={setEmail} required error={fout?.veld === 'email' ? fout.tekst : undefined} />
        <TextField
          label="Wachtwoord"
          type="password"
          autoComplete="current-password"
          value={wachtwoord}
          onChange={setWachtwoord}
          required
          error={fout?.veld === 'wachtwoord' ? fout.tekst : undefined}
        />
        <Button variant="primary" type="submit" disabled={bezig} aria-busy={bezig || undefined}>
          Inloggen
        </Button>
      </form>
      <Paragraph>
        Nog geen account?{' '}
        <a className="utrecht-link" href={href('registreren')}>
          Maak een account aan
        </a>
        .
      </Paragraph>
    </>
  );
}
