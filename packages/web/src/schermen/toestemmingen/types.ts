/** The consent record as the API returns it (docs/api.md). */
export interface Toestemming {
  id: string;
  clientRef: string;
  gegevens: string[];
  ontvanger: { soort: 'rol' | 'organisatie'; naam: string };
  doel: string;
  geldigVan: string;
  geldigTot: string | null;
  verkregen: 'mondeling' | 'schriftelijk' | 'digitaal';
  uitgelegd: string;
  status: 'actief' | 'ingetrokken';
  vastgelegdDoor: { id: string; naam: string };
  vastgelegdOp: string;
  ingetrokkenOp: string | null;
  ingetrokkenDoor: { id: string; naam: string } | null;
  intrekReden: string | null;
}

export function datumTijd(moment: string | null | undefined): string {
  if (!moment) return '';
  const d = new Date(moment);
  return Number.isNaN(d.getTime()) ? moment : d.toLocaleString('nl-NL', { dateStyle: 'medium', timeStyle: 'short' });
}
