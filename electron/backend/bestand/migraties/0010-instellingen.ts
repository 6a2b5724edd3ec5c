import type { Migratie } from './migratie';

/** Settings of this bestand: profile, name, penvoerder (art. 20.3), auto-lock. */
export const migratie: Migratie = {
  versie: 10,
  naam: 'instellingen',
  async up(v) {
    await v.exec(`
      CREATE TABLE instellingen (
        sleutel TEXT PRIMARY KEY,
        waarde TEXT NOT NULL
      ) STRICT;
    `);
  },
};
