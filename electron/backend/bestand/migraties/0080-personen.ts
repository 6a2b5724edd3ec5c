import crypto from 'node:crypto';
import type { Migratie } from './migratie';

/**
 * Persons as entities linked to signals in a role (art. 7.2, 8). Matching keys are HMACs under a
 * secret kept in this encrypted file, so the index tells nothing about names without it.
 */
export const migratie: Migratie = {
  versie: 80,
  naam: 'personen',
  async up(v) {
    await v.exec(`
      CREATE TABLE personen (
        id INTEGER PRIMARY KEY,
        samengevoegd_in INTEGER REFERENCES personen(id) ON DELETE SET NULL,
        naam TEXT NOT NULL DEFAULT '',
        geboortedatum TEXT NOT NULL DEFAULT '',
        geslacht TEXT NOT NULL DEFAULT 'onbekend',
        adres TEXT NOT NULL DEFAULT '',
        woonplaats TEXT NOT NULL DEFAULT '',
        nationaliteit TEXT NOT NULL DEFAULT '',
        verblijfstatus TEXT NOT NULL DEFAULT '',
        woonsituatie TEXT NOT NULL DEFAULT '',
        soort_faciliteerder TEXT NOT NULL DEFAULT '',
        aangemaakt TEXT NOT NULL
      ) STRICT;
      CREATE INDEX personen_samengevoegd ON personen(samengevoegd_in) WHERE samengevoegd_in IS NOT NULL;
      CREATE TABLE signaal_personen (
        signaal_id INTEGER NOT NULL REFERENCES signalen(id) ON DELETE CASCADE,
        rol TEXT NOT NULL CHECK (rol IN ('slachtoffer', 'pleger', 'faciliteerder')),
        persoon_id INTEGER NOT NULL REFERENCES personen(id),
        PRIMARY KEY (signaal_id, rol)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX signaal_personen_persoon ON signaal_personen(persoon_id);
      CREATE TABLE persoon_sleutels (
        persoon_id INTEGER NOT NULL REFERENCES personen(id) ON DELETE CASCADE,
        soort TEXT NOT NULL,
        waarde TEXT NOT NULL
      ) STRICT;
      CREATE INDEX persoon_sleutels_waarde ON persoon_sleutels(waarde, persoon_id);
      CREATE INDEX persoon_sleutels_persoon ON persoon_sleutels(persoon_id);
      CREATE TABLE persoon_besluiten (
        id INTEGER PRIMARY KEY,
        persoon_a INTEGER NOT NULL REFERENCES personen(id) ON DELETE CASCADE,
        persoon_b INTEGER NOT NULL REFERENCES personen(id) ON DELETE CASCADE,
        besluit TEXT NOT NULL CHECK (besluit IN ('zelfde', 'verschillend')),
        redenen TEXT NOT NULL DEFAULT '[]',
        toelichting TEXT NOT NULL DEFAULT '',
        door TEXT NOT NULL,
        op TEXT NOT NULL
      ) STRICT;
      CREATE INDEX persoon_besluiten_paar ON persoon_besluiten(persoon_a, persoon_b);
    `);
    await v.run("INSERT INTO instellingen (sleutel, waarde) VALUES ('matchsleutel', ?)", [crypto.randomBytes(32).toString('hex')]);
  },
};
