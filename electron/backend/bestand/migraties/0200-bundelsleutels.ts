import type { Migratie } from './migratie';

/**
 * OpenPGP keys for bundles (docs/ontwerp.md §6, ADR 0007). The own secret key lives only here, in the
 * encrypted bestand, without a passphrase of its own: SQLCipher is its protection, and a passphrase
 * stored beside it in the same file would add nothing. A rotated key stays to read older bundles.
 * A partner's key is trusted only once its fingerprint is confirmed (who, when, how), and a revoked
 * key is never trusted again; each fingerprint is registered once, so it names one partner.
 */
export const migratie: Migratie = {
  versie: 200,
  naam: 'bundelsleutels',
  async up(v) {
    await v.exec(`
      CREATE TABLE eigen_sleutels (
        id INTEGER PRIMARY KEY,
        vingerafdruk TEXT NOT NULL UNIQUE,
        publiek TEXT NOT NULL,
        geheim TEXT NOT NULL,
        aangemaakt TEXT NOT NULL,
        aangemaakt_door TEXT NOT NULL,
        vervangen_op TEXT
      ) STRICT;
      CREATE UNIQUE INDEX eigen_sleutels_een_huidige ON eigen_sleutels((vervangen_op IS NULL)) WHERE vervangen_op IS NULL;
      CREATE TABLE partner_sleutels (
        id INTEGER PRIMARY KEY,
        partner_id INTEGER NOT NULL REFERENCES partners(id),
        vingerafdruk TEXT NOT NULL UNIQUE,
        publiek TEXT NOT NULL,
        sleutel_aangemaakt TEXT NOT NULL,
        geimporteerd_op TEXT NOT NULL,
        geimporteerd_door TEXT NOT NULL,
        bevestigd_op TEXT,
        bevestigd_door TEXT,
        bevestigd_hoe TEXT,
        ingetrokken_op TEXT,
        ingetrokken_door TEXT,
        ingetrokken_reden TEXT NOT NULL DEFAULT '',
        CHECK ((bevestigd_op IS NULL) = (bevestigd_door IS NULL) AND (bevestigd_op IS NULL) = (bevestigd_hoe IS NULL)),
        CHECK ((ingetrokken_op IS NULL) = (ingetrokken_door IS NULL))
      ) STRICT;
      CREATE INDEX partner_sleutels_partner ON partner_sleutels(partner_id);
    `);
  },
};
