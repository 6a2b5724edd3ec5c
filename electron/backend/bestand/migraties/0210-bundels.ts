import type { Migratie } from './migratie';

/**
 * Bundles sent and received (docs/ontwerp.md §6). Outgoing bundles are recorded without their content (the
 * data is in this bestand already); each recipient's receipt is kept with its audit head, an anchor
 * of the partner's chain. The register of incoming bundles holds no content and is kept, so a replay
 * is refused even after the content is gone; `ontvangen_bundels` is the inbox of the default import
 * handler, whose rows the module that processes a soort takes over and deletes (art. 16.7, 22).
 */
export const migratie: Migratie = {
  versie: 210,
  naam: 'bundels',
  async up(v) {
    await v.exec(`
      CREATE TABLE uitgaande_bundels (
        id TEXT PRIMARY KEY,
        soort TEXT NOT NULL,
        aan TEXT NOT NULL,
        aangemaakt TEXT NOT NULL,
        aangemaakt_door TEXT NOT NULL,
        bestandsnaam TEXT NOT NULL,
        bytes INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        sleutel_vingerafdruk TEXT NOT NULL,
        verstrekking_ids TEXT NOT NULL DEFAULT '[]',
        status TEXT NOT NULL DEFAULT 'verzonden' CHECK (status IN ('verzonden', 'bevestigd')),
        bevestigd_op TEXT
      ) STRICT;
      CREATE INDEX uitgaande_bundels_aangemaakt ON uitgaande_bundels(aangemaakt);
      CREATE TABLE uitgaande_bevestigingen (
        bundel_id TEXT NOT NULL REFERENCES uitgaande_bundels(id),
        partner_code TEXT NOT NULL,
        ontvangen_op TEXT NOT NULL,
        kop TEXT NOT NULL,
        bevestiging_id TEXT NOT NULL,
        bevestigd_op TEXT NOT NULL,
        PRIMARY KEY (bundel_id, partner_code)
      ) STRICT;
      CREATE TABLE inkomende_bundels (
        id TEXT PRIMARY KEY,
        soort TEXT NOT NULL,
        van_partner_id INTEGER NOT NULL REFERENCES partners(id),
        van_code TEXT NOT NULL,
        van_bestand_id TEXT NOT NULL,
        aangemaakt TEXT NOT NULL,
        kop TEXT NOT NULL,
        sleutel_vingerafdruk TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        ingelezen_op TEXT NOT NULL,
        ingelezen_door TEXT NOT NULL,
        bevestiging_id TEXT,
        bevestiging_bestandsnaam TEXT
      ) STRICT;
      CREATE INDEX inkomende_bundels_ingelezen ON inkomende_bundels(ingelezen_op);
      CREATE TABLE ontvangen_bundels (
        bundel_id TEXT PRIMARY KEY REFERENCES inkomende_bundels(id),
        soort TEXT NOT NULL,
        inhoud TEXT NOT NULL,
        ontvangen_op TEXT NOT NULL
      ) STRICT;
      CREATE INDEX ontvangen_bundels_soort ON ontvangen_bundels(soort);
    `);
  },
};
