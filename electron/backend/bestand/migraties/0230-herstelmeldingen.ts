import type { Migratie } from './migratie';

/**
 * Notices shown at the next login of every account (ADR 0010): a passphrase set with the recovery
 * key must not go unnoticed by the colleagues, so each account sees it once and acknowledges it.
 * Accounts made after the notice never see it (they were not there to be surprised by it).
 */
export const migratie: Migratie = {
  versie: 230,
  naam: 'herstelmeldingen',
  async up(v) {
    await v.exec(`
      CREATE TABLE herstelmeldingen (
        id INTEGER PRIMARY KEY,
        tijd TEXT NOT NULL,
        account TEXT NOT NULL,
        rol TEXT NOT NULL
      ) STRICT;
      CREATE TABLE herstelmeldingen_gezien (
        melding_id INTEGER NOT NULL REFERENCES herstelmeldingen(id) ON DELETE CASCADE,
        gebruiker_id INTEGER NOT NULL REFERENCES gebruikers(id) ON DELETE CASCADE,
        gezien_op TEXT NOT NULL,
        PRIMARY KEY (melding_id, gebruiker_id)
      ) STRICT;
    `);
  },
};
