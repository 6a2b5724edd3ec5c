import type { Migratie } from './migratie';

/** The hash-chained audit log (docs/ontwerp.md §5): each row holds the hash of the one before. */
export const migratie: Migratie = {
  versie: 30,
  naam: 'audit',
  async up(v) {
    await v.exec(`
      CREATE TABLE audit (
        volgnr INTEGER PRIMARY KEY,
        tijd TEXT NOT NULL,
        gebruiker TEXT NOT NULL,
        actie TEXT NOT NULL,
        onderwerp TEXT NOT NULL,
        details TEXT NOT NULL,
        vorige_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      ) STRICT;
      CREATE INDEX audit_actie ON audit(actie);
      CREATE INDEX audit_gebruiker ON audit(gebruiker);
      CREATE INDEX audit_tijd ON audit(tijd);
    `);
  },
};
