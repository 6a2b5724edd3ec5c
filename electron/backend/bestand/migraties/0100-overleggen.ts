import type { Migratie } from './migratie';

/**
 * Meetings (art. 11–14), their attendees (invited experts with their confidentiality declaration,
 * art. 21.3), agenda items with the decision per item (art. 12.11), and interventions (art. 7.4,
 * 16.6). Dossiers get a purge mark for "geen actie" (art. 16.8), executed with the handover step.
 */
export const migratie: Migratie = {
  versie: 100,
  naam: 'overleggen',
  async up(v) {
    await v.exec(`
      CREATE TABLE overleggen (
        id INTEGER PRIMARY KEY,
        soort TEXT NOT NULL CHECK (soort IN ('zorgoverleg', 'casusoverleg', 'stuurgroep', 'zorggroep')),
        datum TEXT NOT NULL,
        tijd TEXT NOT NULL DEFAULT '10:00',
        locatie TEXT NOT NULL DEFAULT '',
        voorzitter TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'gepland',
        waarschuwingen TEXT NOT NULL DEFAULT '[]',
        aangemaakt TEXT NOT NULL,
        aangemaakt_door TEXT NOT NULL
      ) STRICT;
      CREATE INDEX overleggen_datum ON overleggen(datum);
      CREATE TABLE overleg_deelnemers (
        id INTEGER PRIMARY KEY,
        overleg_id INTEGER NOT NULL REFERENCES overleggen(id) ON DELETE CASCADE,
        partner_id INTEGER REFERENCES partners(id),
        naam TEXT NOT NULL DEFAULT '',
        organisatie TEXT NOT NULL DEFAULT '',
        deskundige INTEGER NOT NULL DEFAULT 0,
        geheimhouding_getekend_op TEXT,
        aanwezig INTEGER
      ) STRICT;
      CREATE INDEX overleg_deelnemers_overleg ON overleg_deelnemers(overleg_id);
      CREATE TABLE agendapunten (
        id INTEGER PRIMARY KEY,
        overleg_id INTEGER NOT NULL REFERENCES overleggen(id) ON DELETE CASCADE,
        volgorde INTEGER NOT NULL,
        soort TEXT NOT NULL CHECK (soort IN ('dossier', 'signaal', 'spoed')),
        dossier_id INTEGER REFERENCES dossiers(id) ON DELETE CASCADE,
        signaal_id INTEGER REFERENCES signalen(id) ON DELETE CASCADE,
        spoed_id INTEGER REFERENCES spoedbesluiten(id) ON DELETE CASCADE,
        voorgestelde_partners TEXT NOT NULL DEFAULT '[]',
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'besproken', 'doorgeschoven')),
        kwalificatie TEXT NOT NULL DEFAULT '',
        besluit TEXT,
        notities TEXT NOT NULL DEFAULT '',
        besloten_op TEXT,
        besloten_door TEXT,
        doorgeschoven_naar INTEGER REFERENCES overleggen(id) ON DELETE SET NULL
      ) STRICT;
      CREATE INDEX agendapunten_overleg ON agendapunten(overleg_id, volgorde);
      CREATE INDEX agendapunten_dossier ON agendapunten(dossier_id);
      CREATE TABLE interventies (
        id INTEGER PRIMARY KEY,
        dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
        agendapunt_id INTEGER REFERENCES agendapunten(id) ON DELETE SET NULL,
        partner_id INTEGER NOT NULL REFERENCES partners(id),
        omschrijving TEXT NOT NULL,
        deadline TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'toegewezen',
        reden TEXT NOT NULL DEFAULT '',
        uitkomst TEXT NOT NULL DEFAULT '',
        toegewezen_op TEXT NOT NULL,
        gewijzigd TEXT NOT NULL
      ) STRICT;
      CREATE INDEX interventies_dossier ON interventies(dossier_id);
      CREATE INDEX interventies_deadline ON interventies(status, deadline);
      ALTER TABLE dossiers ADD COLUMN kwalificatie TEXT NOT NULL DEFAULT '';
      ALTER TABLE dossiers ADD COLUMN opschonen_sinds TEXT;
      ALTER TABLE dossiers ADD COLUMN opschonen_reden TEXT;
      ALTER TABLE signalen ADD COLUMN voorbereidingsteam INTEGER NOT NULL DEFAULT 0;
    `);
  },
};
