import type { Migratie } from './migratie';

/** Dossiers (art. 7.2–7.3, 16.2) and the recorded transitions of their process step (art. 10.1). */
export const migratie: Migratie = {
  versie: 60,
  naam: 'dossiers',
  async up(v) {
    await v.exec(`
      CREATE TABLE dossiers (
        id INTEGER PRIMARY KEY,
        nummer TEXT NOT NULL UNIQUE,
        titel TEXT NOT NULL,
        fase TEXT NOT NULL,
        aangemaakt TEXT NOT NULL,
        aangemaakt_door TEXT NOT NULL,
        gesloten_op TEXT
      ) STRICT;
      CREATE INDEX dossiers_fase ON dossiers(fase);
      CREATE TABLE dossier_gebeurtenissen (
        id INTEGER PRIMARY KEY,
        dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
        tijd TEXT NOT NULL,
        door TEXT NOT NULL,
        soort TEXT NOT NULL,
        van_fase TEXT,
        naar_fase TEXT,
        toelichting TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX dossier_gebeurtenissen_dossier ON dossier_gebeurtenissen(dossier_id);
    `);
  },
};
