import type { Migratie } from './migratie';

/**
 * Art. 16.5–16.7: a handover done outside the app — in the meeting, by phone, through the partner's
 * own channel — recorded per dossier and partner: when, how, by whom and for which interventions, so
 * the purge of art. 16.7 can follow just as after a bundle (docs/beslissingen/0021-…). The explanation
 * is free text and is emptied by the purge; the rest stays with the tracking data. `verstrekking_id`
 * links the entry of the verstrekkingenlog that records the provision (art. 1j).
 *
 * Art. 22.2, both ends of a deletion request: at the centraal bestand what a verwijderverzoek removed,
 * per subject as counts, so a signed `verwijderbevestiging` can be written after the import; at the
 * requester the confirmations read in, to show what was removed.
 */
export const migratie: Migratie = {
  versie: 270,
  naam: 'overdracht-buiten-app',
  async up(v) {
    await v.exec(`
      CREATE TABLE overdrachten_buiten_app (
        id INTEGER PRIMARY KEY,
        dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
        partner_id INTEGER NOT NULL REFERENCES partners(id),
        datum TEXT NOT NULL,
        kanaal TEXT NOT NULL CHECK (kanaal IN ('overleg', 'telefonisch', 'eigen-kanaal', 'anders')),
        toelichting TEXT NOT NULL DEFAULT '',
        interventie_ids TEXT NOT NULL,
        door TEXT NOT NULL,
        vastgelegd TEXT NOT NULL,
        verstrekking_id INTEGER REFERENCES verstrekkingen(id) ON DELETE SET NULL
      ) STRICT;
      CREATE INDEX overdrachten_buiten_app_dossier ON overdrachten_buiten_app(dossier_id);
      CREATE TABLE verwijderverwerkingen (
        bundel_id TEXT PRIMARY KEY,
        van_partner_id INTEGER NOT NULL REFERENCES partners(id),
        verwerkt_op TEXT NOT NULL,
        uitkomst TEXT NOT NULL,
        bevestiging_bundel_id TEXT
      ) STRICT;
      CREATE TABLE verwijderbevestigingen (
        id INTEGER PRIMARY KEY,
        bundel_id TEXT NOT NULL UNIQUE,
        verzoek_id TEXT NOT NULL,
        van_partner_id INTEGER NOT NULL REFERENCES partners(id),
        ontvangen_op TEXT NOT NULL,
        inhoud TEXT NOT NULL
      ) STRICT;
    `);
  },
};
