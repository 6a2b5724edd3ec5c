import type { Migratie } from './migratie';

/**
 * Who acknowledged the duty of confidentiality (art. 21.2), when, and which version of the text
 * (shared/domein/geheimhouding.ts, ADR 0043). One row per acknowledgment: a new version of the text
 * adds a row, the old ones stay as history. An account's rows go with the account.
 */
export const migratie: Migratie = {
  versie: 430,
  naam: 'geheimhouding',
  async up(v) {
    await v.exec(`
      CREATE TABLE geheimhouding_bevestigingen (
        id INTEGER PRIMARY KEY,
        gebruiker_id INTEGER NOT NULL REFERENCES gebruikers(id) ON DELETE CASCADE,
        versie INTEGER NOT NULL CHECK (versie > 0),
        tijd TEXT NOT NULL,
        UNIQUE (gebruiker_id, versie)
      ) STRICT;
    `);
  },
};
