import type { ColumnType } from 'kysely';

/** Kysely table types; column names as in the SQL migrations. JSON columns are written as JSON text. */
export interface OrganisatieTable {
  id: string;
  naam: string;
  aangemaakt: Date;
}

export const ROLLEN_GEBRUIKER = ['professional', 'privacy-officer', 'admin'] as const;
export type GebruikerRol = (typeof ROLLEN_GEBRUIKER)[number];

export interface GebruikerTable {
  id: string;
  organisatie_id: string;
  naam: string;
  email: string;
  wachtwoord_hash: string;
  rol: GebruikerRol;
  aangemaakt: Date;
}

export interface SessieTable {
  token_hash: string;
  gebruiker_id: string;
  verloopt: Date;
  aangemaakt: Date;
}

export interface ToestemmingTable {
  id: string;
  organisatie_id: string;
  client_ref: string;
  gegevens: ColumnType<string[], string, never>;
  ontvanger_soort: 'rol' | 'organisatie';
  ontvanger_naam: string;
  doel: string;
  geldig_van: string;
  geldig_tot: string | null;
  verkregen: 'mondeling' | 'schriftelijk' | 'digitaal';
  uitgelegd: string;
  vastgelegd_door: string;
  vastgelegd_op: Date;
  ingetrokken_op: Date | null;
  ingetrokken_door: string | null;
  intrek_reden: string | null;
}

export interface DeellogTable {
  id: string;
  organisatie_id: string;
  client_ref: string;
  vraag: ColumnType<unknown, string, never>;
  advies: ColumnType<unknown, string, never>;
  grond: string | null;
  gedeeld: string;
  notitie: string | null;
  door: string;
  op: Date;
}

export interface AuditTable {
  id: string;
  organisatie_id: string;
  volgnummer: number;
  gebruiker_id: string;
  actie: string;
  object_type: string;
  object_id: string | null;
  tijdstip: Date;
  ip: string;
  reden: string | null;
  vorige_hash: string;
  hash: string;
}

export interface MigratieTable {
  naam: string;
  toegepast: Date;
}

export interface Database {
  organisaties: OrganisatieTable;
  gebruikers: GebruikerTable;
  sessies: SessieTable;
  toestemmingen: ToestemmingTable;
  deellog: DeellogTable;
  audit_log: AuditTable;
  zv_migraties: MigratieTable;
}
