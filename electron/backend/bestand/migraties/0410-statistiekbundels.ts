import type { Migratie } from './migratie';

/**
 * The statistics bundles a receiver has read (art. 19, 22.6, 31; ADR 0041): at the EMM or the Nationaal
 * Rapporteur, one row per region's `statistiek` bundle, its content — suppressed figures, no case data —
 * kept as received so that every figure of the national picture can be traced to its signed bundle
 * (`inkomende_bundels` holds the signer's fingerprint, the file's hash and when it was read).
 */
export const migratie: Migratie = {
  versie: 410,
  naam: 'statistiekbundels',
  async up(v) {
    await v.exec(`
      CREATE TABLE statistiek_bundels (
        bundel_id TEXT PRIMARY KEY REFERENCES inkomende_bundels(id),
        van_partner_id INTEGER NOT NULL REFERENCES partners(id),
        periode TEXT NOT NULL CHECK (periode GLOB '[0-9][0-9][0-9][0-9]-H[12]'),
        regio TEXT NOT NULL,
        inhoud TEXT NOT NULL,
        ontvangen_op TEXT NOT NULL
      ) STRICT;
      CREATE INDEX statistiek_bundels_periode ON statistiek_bundels(periode);
    `);
  },
};
