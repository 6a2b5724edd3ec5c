import type { Migratie } from './migratie';

/**
 * The anonymised analysis store (art. 19, 22.6): what remains of a purged dossier for analyses of
 * the nature and extent of trafficking, in a separate table, marked as such, with nothing that
 * identifies a person or a case.
 */
export const migratie: Migratie = {
  versie: 110,
  naam: 'analyse',
  async up(v) {
    await v.exec(`
      CREATE TABLE analyse_records (
        id INTEGER PRIMARY KEY,
        maand TEXT NOT NULL,
        soort_uitbuiting TEXT NOT NULL,
        kwalificatie TEXT NOT NULL,
        leeftijdsband TEXT NOT NULL,
        geslacht TEXT NOT NULL,
        nationaliteitsgroep TEXT NOT NULL,
        bronsoort TEXT NOT NULL,
        uitkomst TEXT NOT NULL,
        geanonimiseerd INTEGER NOT NULL DEFAULT 1 CHECK (geanonimiseerd = 1)
      ) STRICT;
      CREATE INDEX analyse_maand ON analyse_records(maand);
    `);
  },
};
