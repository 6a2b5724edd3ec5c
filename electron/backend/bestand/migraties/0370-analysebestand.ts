import type { Migratie } from './migratie';

/**
 * The analysis store made live (art. 19, 22.6; docs/beslissingen/0038-…). Until now an analysis record
 * was written only when a signal was deleted; from here every submitted signal has one from the day it
 * is recorded, kept up to date as it moves, and every intervention one of its own.
 *
 * - `analyse_signalen` and `analyse_interventies` hold only codes from fixed lists and months — never
 *   free text, never a day, nothing that points at one person. Their `id` is random (not the order of
 *   recording, which the audit log could match to a signal).
 * - Random ids stay below 2^53, so JavaScript reads them exactly.
 * - The link to the case (`analyse_koppeling_*`) is the only way from a signal or intervention to its
 *   record. It cascades with the signal or intervention, and its delete trigger gives the record a new
 *   random id, so after a purge or deletion nothing in the file leads from the case to the record.
 * - Triggers mark a link `vuil` when what the record is made of changes; `keten/analyse.ts` rewrites
 *   the records of dirty links (at submission, before every deletion, before every report).
 * - The Stuurgroep's decisions on analyses (art. 19.2) are a register of their own, and the two texts of
 *   the half-yearly report (art. 12.2.3, 12.43) are kept per half year.
 *
 * The old purge-time table `analyse_records` is carried over (fase from its outcome) and dropped.
 */
export const migratie: Migratie = {
  versie: 370,
  naam: 'analysebestand',
  async up(v) {
    const vuilVoorDossier = (dossier: string) => `UPDATE analyse_koppeling_signalen SET vuil = 1 WHERE signaal_id IN (SELECT id FROM signalen WHERE dossier_id = ${dossier});`;
    await v.exec(`
      CREATE TABLE analyse_signalen (
        id INTEGER PRIMARY KEY,
        maand TEXT NOT NULL CHECK (maand GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'),
        soort_uitbuiting TEXT NOT NULL,
        sector TEXT NOT NULL,
        bronsoort TEXT NOT NULL,
        fase TEXT NOT NULL CHECK (fase IN ('signaal', 'dossier', 'besluit', 'overdracht')),
        leeftijdsband TEXT NOT NULL,
        geslacht TEXT NOT NULL,
        nationaliteitsgroep TEXT NOT NULL,
        besluit TEXT NOT NULL,
        doorlooptijd TEXT NOT NULL,
        kwalificatie TEXT NOT NULL DEFAULT '',
        uitkomst TEXT NOT NULL DEFAULT '',
        geanonimiseerd INTEGER NOT NULL DEFAULT 1 CHECK (geanonimiseerd = 1)
      ) STRICT;
      CREATE INDEX analyse_signalen_maand ON analyse_signalen(maand);
      CREATE TABLE analyse_interventies (
        id INTEGER PRIMARY KEY,
        maand TEXT NOT NULL CHECK (maand GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'),
        partner TEXT NOT NULL,
        partnersoort TEXT NOT NULL,
        termijn TEXT NOT NULL CHECK (termijn IN ('op-tijd', 'te-laat', 'lopend', 'verlopen', 'niet-uitgevoerd')),
        geanonimiseerd INTEGER NOT NULL DEFAULT 1 CHECK (geanonimiseerd = 1)
      ) STRICT;
      CREATE INDEX analyse_interventies_maand ON analyse_interventies(maand);
      CREATE TABLE analyse_koppeling_signalen (
        signaal_id INTEGER PRIMARY KEY REFERENCES signalen(id) ON DELETE CASCADE,
        analyse_id INTEGER NOT NULL UNIQUE,
        vuil INTEGER NOT NULL DEFAULT 1
      ) STRICT;
      CREATE INDEX analyse_koppeling_signalen_vuil ON analyse_koppeling_signalen(vuil) WHERE vuil = 1;
      CREATE TABLE analyse_koppeling_interventies (
        interventie_id INTEGER PRIMARY KEY REFERENCES interventies(id) ON DELETE CASCADE,
        analyse_id INTEGER NOT NULL UNIQUE,
        vuil INTEGER NOT NULL DEFAULT 1
      ) STRICT;
      CREATE INDEX analyse_koppeling_interventies_vuil ON analyse_koppeling_interventies(vuil) WHERE vuil = 1;

      CREATE TRIGGER analyse_signaal_nieuw AFTER INSERT ON signalen BEGIN
        INSERT OR IGNORE INTO analyse_koppeling_signalen (signaal_id, analyse_id) VALUES (NEW.id, (abs(random()) % 9007199254740991));
      END;
      CREATE TRIGGER analyse_signaal_gewijzigd AFTER UPDATE ON signalen BEGIN
        UPDATE analyse_koppeling_signalen SET vuil = 1 WHERE signaal_id = NEW.id;
      END;
      CREATE TRIGGER analyse_formulier_gewijzigd AFTER UPDATE ON signaal_formulieren BEGIN
        UPDATE analyse_koppeling_signalen SET vuil = 1 WHERE signaal_id = NEW.signaal_id;
      END;
      CREATE TRIGGER analyse_persoon_gekoppeld AFTER INSERT ON signaal_personen BEGIN
        UPDATE analyse_koppeling_signalen SET vuil = 1 WHERE signaal_id = NEW.signaal_id;
      END;
      CREATE TRIGGER analyse_persoon_gewijzigd AFTER UPDATE ON personen BEGIN
        UPDATE analyse_koppeling_signalen SET vuil = 1 WHERE signaal_id IN (SELECT signaal_id FROM signaal_personen WHERE persoon_id = NEW.id);
      END;
      CREATE TRIGGER analyse_dossier_gewijzigd AFTER UPDATE ON dossiers BEGIN ${vuilVoorDossier('NEW.id')} END;
      CREATE TRIGGER analyse_gebeurtenis AFTER INSERT ON dossier_gebeurtenissen BEGIN ${vuilVoorDossier('NEW.dossier_id')} END;
      CREATE TRIGGER analyse_buiten_app AFTER INSERT ON overdrachten_buiten_app BEGIN ${vuilVoorDossier('NEW.dossier_id')} END;
      CREATE TRIGGER analyse_agendapunt AFTER UPDATE OF besluit ON agendapunten BEGIN
        ${vuilVoorDossier('NEW.dossier_id')}
        UPDATE analyse_koppeling_signalen SET vuil = 1 WHERE signaal_id = NEW.signaal_id;
      END;
      CREATE TRIGGER analyse_interventie_nieuw AFTER INSERT ON interventies BEGIN
        INSERT OR IGNORE INTO analyse_koppeling_interventies (interventie_id, analyse_id) VALUES (NEW.id, (abs(random()) % 9007199254740991));
        ${vuilVoorDossier('NEW.dossier_id')}
      END;
      CREATE TRIGGER analyse_interventie_gewijzigd AFTER UPDATE ON interventies BEGIN
        UPDATE analyse_koppeling_interventies SET vuil = 1 WHERE interventie_id = NEW.id;
      END;
      -- The case is gone: the record stays, under a new random id nothing else in the file knows.
      CREATE TRIGGER analyse_signaal_losgemaakt AFTER DELETE ON analyse_koppeling_signalen BEGIN
        UPDATE analyse_signalen SET id = (abs(random()) % 9007199254740991) WHERE id = OLD.analyse_id;
      END;
      CREATE TRIGGER analyse_interventie_losgemaakt AFTER DELETE ON analyse_koppeling_interventies BEGIN
        UPDATE analyse_interventies SET id = (abs(random()) % 9007199254740991) WHERE id = OLD.analyse_id;
      END;

      CREATE TABLE stuurgroepbesluiten (
        id INTEGER PRIMARY KEY,
        datum TEXT NOT NULL,
        kenmerk TEXT NOT NULL DEFAULT '',
        reikwijdte TEXT NOT NULL,
        vorm TEXT NOT NULL,
        zichtbaar_voor TEXT NOT NULL,
        geldig_tot TEXT,
        ingetrokken_op TEXT,
        vastgelegd TEXT NOT NULL,
        vastgelegd_door TEXT NOT NULL
      ) STRICT;
      -- The texts of the half-yearly report (art. 12.2.3, 12.43): the ketenregisseur's analysis and the zorgcoördinator's part.
      CREATE TABLE rapportteksten (
        periode TEXT NOT NULL,
        soort TEXT NOT NULL CHECK (soort IN ('analyse', 'zorg')),
        tekst TEXT NOT NULL,
        door TEXT NOT NULL,
        gewijzigd TEXT NOT NULL,
        PRIMARY KEY (periode, soort)
      ) STRICT;

      INSERT INTO analyse_signalen (id, maand, soort_uitbuiting, sector, bronsoort, fase, leeftijdsband, geslacht, nationaliteitsgroep, besluit, doorlooptijd, kwalificatie, uitkomst)
        SELECT (abs(random()) % 9007199254740991), maand, soort_uitbuiting, 'onbekend', bronsoort,
               CASE uitkomst WHEN 'overgedragen' THEN 'overdracht' WHEN 'geen actie' THEN 'besluit' ELSE 'signaal' END,
               leeftijdsband, geslacht, nationaliteitsgroep,
               CASE uitkomst WHEN 'overgedragen' THEN 'interventies' WHEN 'geen actie' THEN 'geen-actie' WHEN 'geen dossier' THEN 'geen-dossier' WHEN 'geen vervolg' THEN 'geen-vervolg' ELSE 'onbekend' END,
               'onbekend', kwalificatie, uitkomst
          FROM analyse_records;
      DROP TABLE analyse_records;
      INSERT INTO analyse_koppeling_signalen (signaal_id, analyse_id) SELECT id, (abs(random()) % 9007199254740991) FROM signalen;
      INSERT INTO analyse_koppeling_interventies (interventie_id, analyse_id) SELECT id, (abs(random()) % 9007199254740991) FROM interventies;
    `);
  },
};
