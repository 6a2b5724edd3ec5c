import type { Migratie } from './migratie';

/** Accounts and roles live inside the encrypted bestand (docs/ontwerp.md §5); the slots live beside it. */
export const migratie: Migratie = {
  versie: 20,
  naam: 'gebruikers',
  async up(v) {
    await v.exec(`
      CREATE TABLE gebruikers (
        id INTEGER PRIMARY KEY,
        naam TEXT NOT NULL UNIQUE COLLATE NOCASE,
        weergavenaam TEXT NOT NULL,
        rol TEXT NOT NULL,
        aangemaakt TEXT NOT NULL,
        laatst_aangemeld TEXT
      ) STRICT;
    `);
  },
};
