import type { Migratie } from './migratie';

/**
 * The partner registry (art. 2, 4, 30.1, 34.3). It decides later who may receive data, so dates
 * are kept, not flags: whether a partner is a party on a given day follows from them.
 */
export const migratie: Migratie = {
  versie: 40,
  naam: 'partners',
  async up(v) {
    await v.exec(`
      CREATE TABLE partners (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        naam TEXT NOT NULL,
        soort TEXT NOT NULL,
        land TEXT NOT NULL DEFAULT 'NL',
        rol TEXT NOT NULL CHECK (rol IN ('partij', 'kandidaat', 'ontvanger')),
        toetreding_aangevraagd_op TEXT,
        toegetreden_op TEXT,
        opgezegd_op TEXT,
        uitgetreden_per TEXT,
        toelichting TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE TABLE partner_contactpersonen (
        id INTEGER PRIMARY KEY,
        partner_id INTEGER NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
        naam TEXT NOT NULL,
        functie TEXT NOT NULL DEFAULT '',
        telefoon TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE TABLE toetreding_instemmingen (
        kandidaat_id INTEGER NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
        partij_id INTEGER NOT NULL REFERENCES partners(id),
        datum TEXT NOT NULL,
        vastgelegd_door TEXT NOT NULL,
        PRIMARY KEY (kandidaat_id, partij_id)
      ) STRICT;
    `);
  },
};
