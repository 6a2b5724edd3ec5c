import type { Migratie } from './migratie';

/**
 * Signals and meetings that travel between installations (art. 12.31–12.33, 14.4): which local
 * signal came from which signal elsewhere, which local meeting was prepared from which agenda pack,
 * and which local signals have been sent back already.
 */
export const migratie: Migratie = {
  versie: 130,
  naam: 'uitwisseling',
  async up(v) {
    await v.exec(`
      CREATE TABLE externe_signalen (
        signaal_id INTEGER PRIMARY KEY REFERENCES signalen(id) ON DELETE CASCADE,
        extern_nummer TEXT NOT NULL,
        van_partner_id INTEGER NOT NULL REFERENCES partners(id)
      ) STRICT;
      CREATE TABLE externe_overleggen (
        overleg_id INTEGER PRIMARY KEY REFERENCES overleggen(id) ON DELETE CASCADE,
        extern_id INTEGER NOT NULL,
        van_partner_id INTEGER NOT NULL REFERENCES partners(id),
        bundel_id TEXT NOT NULL,
        teruggestuurd_op TEXT
      ) STRICT;
      CREATE TABLE verzonden_signalen (
        signaal_id INTEGER PRIMARY KEY REFERENCES signalen(id) ON DELETE CASCADE,
        bundel_id TEXT NOT NULL,
        verzonden_op TEXT NOT NULL
      ) STRICT;
    `);
  },
};
