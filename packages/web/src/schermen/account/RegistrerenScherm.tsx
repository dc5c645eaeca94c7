import { useState, type FormEvent } from 'react';
import { api, ApiFout, foutTekst } from '../../api.js';
import { href } from '../../logica/route.js';
import { useSessie } from '../../sessie.js';
import { Alert, Button, Heading, Paragraph, TextField } from '../../ui/utrecht.js';

export function RegistrerenScherm() {
  const { vernieuw } = useSessie();
  const [form, setForm] = useState({ naam: '', email: '', organisatie: '', wachtwoord: '' });
  const [fout, setFout] = useState<{ tekst: string; veld?: string } | null>(null);
  const [bezig, setBezig] = useState(false);
  const zet = (k: keyof typeof form) => (v: string) => setForm((f) => ({ ...f, [k]: v }));
  const veldFout = (k: string) => (fout?.veld === k ? fout.tekst : undefined);

  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    setBezig(true);
    setFout(null);
    try {
      await api('/auth/registreren', { body: form });
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
        Account aanmaken
      </Heading>
      <Paragraph>Met een account legt u toestemmingen van cliënten vast en houdt u bij wat u met wie deelt.</Paragraph>
      <form className="utrecht-form zv-smal" onSubmit={verstuur} noValidate>
        {fout && <Alert type="error">{fout.tekst}</Alert>}
        <TextField label="Naam" autoComplete="name" value={form.naam} onChange={zet('naam')} required error={veldFout('naam')} />
        <TextField label="E-mailadres" type="email" autoComplete="email" value={form.email} onChange={zet('email')} required error={veldFout('email')} />
        <TextField label="Organisatie" autoComplete="organization" value={form.organisatie} onChange={zet('organisatie')} error={veldFout('organisatie')} />
        <TextField
          label="Wachtwoord"
          type="password"
          autoComplete="new-password"
          description="Kies een lange zin die niemand raadt; minstens 12 tekens."
          value={form.wachtwoord}
          onChange={zet('wachtwoord')}
          required
          error={veldFout('wachtwoord')}
        />
        <Button variant="primary" type="submit" disabled={bezig} aria-busy={bezig || undefined}>
          Account aanmaken
        </Button>
      </form>
      <Paragraph>
        Al een account?{' '}
        <a className="utrecht-link" href={href('inloggen')}>
          Inloggen
        </a>
        .
      </Paragraph>
    </>
  );
}
