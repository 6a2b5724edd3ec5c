import type { Migratie } from './migratie';

/**
 * Need-to-know per partner and per item (art. 9.4, 12.19, 16.5, 16.9; docs/beslissingen/0031-…).
 *
 * `nodig_keuzes`: per dossier and acting partner, which items of the dossier the ketenregisseur chose as
 * needed for the partner's own action and whether it must identify the person; who chose and when. The
 * policy engine refuses every other item to that partner (art. 9.4), and identification without the choice.
 *
 * `belangenafwegingen`: art. 21.6 — the weighing of the victim's interests and position against the
 * intended result, recorded before information from a signal not from a care partner is put to criminal or
 * administrative use. Free text: emptied by the purge of art. 16.7 like the other free text of a dossier.
 *
 * `toestemmingen.doel` and `.verenigbaar` (art. 14.8): the purpose a consent was given for, and that the
 * supplying partner judged the further processing compatible with the purpose of collection. NULL on
 * consents recorded before this migration: their purpose was not recorded (they keep covering every purpose).
 *
 * `verstrekkingen.keuze`: the need-to-know choice a provision followed (who, when), shown in the log.
 */
export const migratie: Migratie = {
  versie: 320,
  naam: 'nodig-per-partner',
  async up(v) {
    await v.exec(`
      CREATE TABLE nodig_keuzes (
        dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
        partner_id INTEGER NOT NULL REFERENCES partners(id),
        items TEXT NOT NULL,
        identificatie INTEGER NOT NULL CHECK (identificatie IN (0, 1)),
        toelichting TEXT NOT NULL DEFAULT '',
        door TEXT NOT NULL,
        gekozen_op TEXT NOT NULL,
        PRIMARY KEY (dossier_id, partner_id)
      ) STRICT;
      CREATE TABLE belangenafwegingen (
        id INTEGER PRIMARY KEY,
        dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
        afweging TEXT NOT NULL,
        door TEXT NOT NULL,
        vastgelegd_op TEXT NOT NULL
      ) STRICT;
      CREATE INDEX belangenafwegingen_dossier ON belangenafwegingen(dossier_id);
      ALTER TABLE toestemmingen ADD COLUMN doel TEXT;
      ALTER TABLE toestemmingen ADD COLUMN verenigbaar INTEGER;
      ALTER TABLE verstrekkingen ADD COLUMN keuze TEXT NOT NULL DEFAULT '';
    `);
  },
};
