import type { Migratie } from './migratie';

/**
 * The orphaned-person rule without a full scan (docs/ontwerp.md §11, ADR 0020 "Aanvulling"): the
 * retention sweep used to look at every person at every unlock to find those no signal names. Now
 * triggers note, by id only, each person that *could* have become an orphan — a link to a signal was
 * deleted (by any path, including the cascade when a signal or dossier goes) or a person was created
 * (a person is created before its link) — and the sweep checks only those. Deleting a person takes
 * its note with it. Every person that exists when this migration runs is noted once, so an orphan
 * left by an older version is still found.
 */
export const migratie: Migratie = {
  versie: 300,
  naam: 'verweesde-personen',
  async up(v) {
    await v.exec(`
      CREATE TABLE personen_te_controleren (persoon_id INTEGER PRIMARY KEY) WITHOUT ROWID;
      CREATE TRIGGER personen_te_controleren_ontkoppeld AFTER DELETE ON signaal_personen
        BEGIN INSERT OR IGNORE INTO personen_te_controleren (persoon_id) VALUES (OLD.persoon_id); END;
      CREATE TRIGGER personen_te_controleren_nieuw AFTER INSERT ON personen
        BEGIN INSERT OR IGNORE INTO personen_te_controleren (persoon_id) VALUES (NEW.id); END;
      CREATE TRIGGER personen_te_controleren_weg AFTER DELETE ON personen
        BEGIN DELETE FROM personen_te_controleren WHERE persoon_id = OLD.id; END;
      INSERT INTO personen_te_controleren (persoon_id) SELECT id FROM personen;
    `);
  },
};
