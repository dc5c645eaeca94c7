/**
 * SQL migrations, applied in order by `migrate`. Each is a list of single statements (the embedded database
 * runs one statement per query). Never edit a published migration: add a new one.
 */
export interface Migration {
  naam: string;
  statements: string[];
}

export const MIGRATIONS: readonly Migration[] = [
  {
    naam: '001-basis',
    statements: [
      `CREATE TABLE organisaties (
        id uuid PRIMARY KEY,
        naam text NOT NULL,
        aangemaakt timestamptz NOT NULL DEFAULT now()
      )`,
      `CREATE TABLE gebruikers (
        id uuid PRIMARY KEY,
        organisatie_id uuid NOT NULL REFERENCES organisaties (id),
        naam text NOT NULL,
        email text NOT NULL,
        wachtwoord_hash text NOT NULL,
        rol text NOT NULL CHECK (rol IN ('professional', 'privacy-officer', 'admin')),
        aangemaakt timestamptz NOT NULL DEFAULT now()
      )`,
      `CREATE UNIQUE INDEX gebruikers_email_uniek ON gebruikers (lower(email))`,
      `CREATE INDEX gebruikers_organisatie ON gebruikers (organisatie_id)`,
      `CREATE TABLE sessies (
        token_hash text PRIMARY KEY,
        gebruiker_id uuid NOT NULL REFERENCES gebruikers (id) ON DELETE CASCADE,
        verloopt timestamptz NOT NULL,
        aangemaakt timestamptz NOT NULL DEFAULT now()
      )`,
      `CREATE TABLE toestemmingen (
        id uuid PRIMARY KEY,
        organisatie_id uuid NOT NULL REFERENCES organisaties (id),
        client_ref text NOT NULL,
        gegevens jsonb NOT NULL,
        ontvanger_soort text NOT NULL CHECK (ontvanger_soort IN ('rol', 'organisatie')),
        ontvanger_naam text NOT NULL,
        doel text NOT NULL,
        geldig_van text NOT NULL CHECK (geldig_van ~ '^\\d{4}-\\d{2}-\\d{2}$'),
        geldig_tot text CHECK (geldig_tot ~ '^\\d{4}-\\d{2}-\\d{2}$' AND geldig_tot >= geldig_van),
        verkregen text NOT NULL CHECK (verkregen IN ('mondeling', 'schriftelijk', 'digitaal')),
        uitgelegd text NOT NULL,
        vastgelegd_door uuid NOT NULL REFERENCES gebruikers (id),
        vastgelegd_op timestamptz NOT NULL,
        ingetrokken_op timestamptz,
        ingetrokken_door uuid REFERENCES gebruikers (id),
        intrek_reden text
      )`,
      `CREATE INDEX toestemmingen_client ON toestemmingen (organisatie_id, client_ref)`,
      `CREATE TABLE deellog (
        id uuid PRIMARY KEY,
        organisatie_id uuid NOT NULL REFERENCES organisaties (id),
        client_ref text NOT NULL,
        vraag jsonb NOT NULL,
        advies jsonb NOT NULL,
        grond text,
        gedeeld text NOT NULL,
        notitie text,
        door uuid NOT NULL REFERENCES gebruikers (id),
        op timestamptz NOT NULL
      )`,
      `CREATE INDEX deellog_organisatie ON deellog (organisatie_id, op)`,
      `CREATE TABLE audit_log (
        id uuid PRIMARY KEY,
        organisatie_id uuid NOT NULL REFERENCES organisaties (id),
        volgnummer integer NOT NULL,
        gebruiker_id uuid NOT NULL,
        actie text NOT NULL,
        object_type text NOT NULL,
        object_id text,
        tijdstip timestamptz NOT NULL,
        ip text NOT NULL,
        reden text,
        vorige_hash text NOT NULL,
        hash text NOT NULL,
        UNIQUE (organisatie_id, volgnummer)
      )`,
      // Append-only in the database itself: rows of the audit trail and consents are never removed or changed
      // (a consent changes only by being withdrawn, which the function allows).
      `CREATE FUNCTION zv_alleen_toevoegen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'tabel % is alleen-toevoegen: % geweigerd', TG_TABLE_NAME, TG_OP;
      END
      $$`,
      `CREATE TRIGGER audit_alleen_toevoegen BEFORE UPDATE OR DELETE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION zv_alleen_toevoegen()`,
      `CREATE TRIGGER audit_niet_legen BEFORE TRUNCATE ON audit_log
        FOR EACH STATEMENT EXECUTE FUNCTION zv_alleen_toevoegen()`,
      `CREATE TRIGGER toestemmingen_niet_verwijderen BEFORE DELETE ON toestemmingen
        FOR EACH ROW EXECUTE FUNCTION zv_alleen_toevoegen()`,
      `CREATE TRIGGER deellog_alleen_toevoegen BEFORE UPDATE OR DELETE ON deellog
        FOR EACH ROW EXECUTE FUNCTION zv_alleen_toevoegen()`,
    ],
  },
  {
    naam: '002-toestemming-alleen-intrekken',
    statements: [
      // A consent is never edited: the only change allowed is withdrawing it once, with moment, who and reason.
      `CREATE FUNCTION zv_toestemming_alleen_intrekken() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.ingetrokken_op IS NOT NULL THEN
          RAISE EXCEPTION 'toestemming % is al ingetrokken: wijzigen geweigerd', OLD.id;
        END IF;
        IF (NEW.id, NEW.organisatie_id, NEW.client_ref, NEW.gegevens, NEW.ontvanger_soort, NEW.ontvanger_naam, NEW.doel,
            NEW.geldig_van, NEW.geldig_tot, NEW.verkregen, NEW.uitgelegd, NEW.vastgelegd_door, NEW.vastgelegd_op)
           IS DISTINCT FROM
           (OLD.id, OLD.organisatie_id, OLD.client_ref, OLD.gegevens, OLD.ontvanger_soort, OLD.ontvanger_naam, OLD.doel,
            OLD.geldig_van, OLD.geldig_tot, OLD.verkregen, OLD.uitgelegd, OLD.vastgelegd_door, OLD.vastgelegd_op) THEN
          RAISE EXCEPTION 'een toestemming wordt niet gewijzigd, alleen ingetrokken';
        END IF;
        IF NEW.ingetrokken_op IS NULL OR NEW.ingetrokken_door IS NULL OR NEW.intrek_reden IS NULL THEN
          RAISE EXCEPTION 'intrekken vraagt een moment, wie het deed en een reden';
        END IF;
        RETURN NEW;
      END
      $$`,
      `CREATE TRIGGER toestemmingen_alleen_intrekken BEFORE UPDATE ON toestemmingen
        FOR EACH ROW EXECUTE FUNCTION zv_toestemming_alleen_intrekken()`,
    ],
  },
];
