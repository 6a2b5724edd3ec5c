import type { Migratie } from './migratie';

/**
 * Retention that runs by itself (docs/ontwerp.md §11, ADR 0020): what the sweep deleted, as counts per
 * rule and month (never names); when a partner's received extract was emptied (the row stays as the
 * record of what was reported back, art. 16.6, 22.1); and at the zorgcoördinatie, which bundle carried
 * a meeting's outcomes back, so the agenda pack can go once the centraal bestand has acknowledged it.
 */
export const migratie: Migratie = {
  versie: 260,
  naam: 'bewaring',
  async up(v) {
    await v.exec(`
      CREATE TABLE bewaring_historie (
        maand TEXT NOT NULL,
        regel TEXT NOT NULL,
        artikel TEXT NOT NULL,
        aantal INTEGER NOT NULL,
        PRIMARY KEY (maand, regel)
      ) STRICT, WITHOUT ROWID;
      ALTER TABLE ontvangen_dossiers ADD COLUMN opgeschoond_op TEXT;
      ALTER TABLE externe_overleggen ADD COLUMN uitkomst_bundel_id TEXT;
      ALTER TABLE externe_overleggen ADD COLUMN opgeschoond_op TEXT;
      CREATE INDEX signalen_besluit ON signalen(besluit, besluit_op) WHERE besluit = 'geen-dossier';
    `);
  },
};
