import type { Migratie } from './migratie';

/**
 * What a partner installation keeps of a handover (art. 16.5, 22.1): the dossier extract it received,
 * read-only, and the interventions it has to report back on (art. 16.6). Kept no longer than needed
 * and at most five years (art. 22.1); `bewaren_tot` is shown to the user.
 */
export const migratie: Migratie = {
  versie: 120,
  naam: 'ontvangen',
  async up(v) {
    await v.exec(`
      CREATE TABLE ontvangen_dossiers (
        id INTEGER PRIMARY KEY,
        bundel_id TEXT NOT NULL UNIQUE,
        dossier_nummer TEXT NOT NULL,
        van_partner_id INTEGER NOT NULL REFERENCES partners(id),
        ontvangen_op TEXT NOT NULL,
        bewaren_tot TEXT NOT NULL,
        inhoud TEXT NOT NULL
      ) STRICT;
      CREATE TABLE ontvangen_interventies (
        id INTEGER PRIMARY KEY,
        ontvangen_dossier_id INTEGER NOT NULL REFERENCES ontvangen_dossiers(id) ON DELETE CASCADE,
        extern_id TEXT NOT NULL,
        omschrijving TEXT NOT NULL,
        uiterlijk TEXT,
        status TEXT NOT NULL DEFAULT 'toegewezen',
        laatst_gemeld_op TEXT
      ) STRICT;
      CREATE INDEX ontvangen_interventies_dossier ON ontvangen_interventies(ontvangen_dossier_id);
    `);
  },
};
