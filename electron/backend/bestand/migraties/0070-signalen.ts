import type { Migratie } from './migratie';

/**
 * Signals (art. 1a, 15.2, bijlage). The form's personalia live in `personen` (0080); the rest of the
 * Format casus is one JSON document (in its own table, so that lists read narrow rows). Search uses a contentless FTS5 index.
 * Note (0220, ADR 0009): FTS5's secure-delete does not reach a contentless_delete table — a DELETE only
 * writes a tombstone — so every deletion path rewrites the index with 'optimize' (keten/verwijderen.ts).
 */
export const migratie: Migratie = {
  versie: 70,
  naam: 'signalen',
  async up(v) {
    await v.exec(`
      CREATE TABLE signalen (
        id INTEGER PRIMARY KEY,
        nummer TEXT NOT NULL UNIQUE,
        status TEXT NOT NULL CHECK (status IN ('concept', 'ingediend')),
        datum_tijd TEXT NOT NULL DEFAULT '',
        fase INTEGER,
        bron_partner_id INTEGER REFERENCES partners(id),
        delen TEXT NOT NULL DEFAULT 'geanonimiseerd',
        vermoedens TEXT NOT NULL DEFAULT '',
        minderjarig INTEGER NOT NULL DEFAULT 0,
        jeugdprostitutie INTEGER NOT NULL DEFAULT 0,
        besluit TEXT NOT NULL DEFAULT 'open' CHECK (besluit IN ('open', 'dossier', 'geen-dossier')),
        besluit_toelichting TEXT NOT NULL DEFAULT '',
        besluit_door TEXT,
        besluit_op TEXT,
        dossier_id INTEGER REFERENCES dossiers(id) ON DELETE SET NULL,
        aangemaakt TEXT NOT NULL,
        aangemaakt_door TEXT NOT NULL,
        gewijzigd TEXT NOT NULL,
        gewijzigd_door TEXT NOT NULL
      ) STRICT;
      CREATE INDEX signalen_datum ON signalen(datum_tijd);
      CREATE INDEX signalen_fase ON signalen(fase);
      CREATE INDEX signalen_bron ON signalen(bron_partner_id);
      CREATE INDEX signalen_dossier ON signalen(dossier_id);
      CREATE INDEX signalen_status ON signalen(status, aangemaakt_door);
      CREATE TABLE signaal_formulieren (
        signaal_id INTEGER PRIMARY KEY REFERENCES signalen(id) ON DELETE CASCADE,
        formulier TEXT NOT NULL
      ) STRICT;
      CREATE TABLE signaal_indicatoren (
        signaal_id INTEGER NOT NULL REFERENCES signalen(id) ON DELETE CASCADE,
        indicator_id INTEGER NOT NULL REFERENCES indicatoren(id),
        PRIMARY KEY (signaal_id, indicator_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX signaal_indicatoren_indicator ON signaal_indicatoren(indicator_id, signaal_id);
      CREATE VIRTUAL TABLE signalen_zoek USING fts5(
        samenvatting, namen, tekst,
        content = '', contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 2'
      );
      INSERT INTO signalen_zoek(signalen_zoek, rank) VALUES ('secure-delete', 1);
    `);
  },
};
