import type { Migratie } from './migratie';

/**
 * Inquiries to partners (navraag, art. 16.2), consents as records (art. 12.17, 14.6, 21.5, 21.8),
 * the verstrekkingenlog (art. 1j, 25.3) and spoed decisions (art. 12.21, 16.9).
 */
export const migratie: Migratie = {
  versie: 90,
  naam: 'navraag-en-toestemmingen',
  async up(v) {
    await v.exec(`
      CREATE TABLE navragen (
        id INTEGER PRIMARY KEY,
        dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
        partner_id INTEGER NOT NULL REFERENCES partners(id),
        vraag TEXT NOT NULL,
        gevraagd_op TEXT NOT NULL,
        gevraagd_door TEXT NOT NULL,
        beantwoord_op TEXT,
        antwoord TEXT NOT NULL DEFAULT '',
        categorie TEXT NOT NULL DEFAULT 'algemeen',
        concrete_verdenking INTEGER NOT NULL DEFAULT 0,
        relevant INTEGER,
        relevantie_toelichting TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX navragen_dossier ON navragen(dossier_id);
      CREATE TABLE toestemmingen (
        id INTEGER PRIMARY KEY,
        soort TEXT NOT NULL CHECK (soort IN ('riec-emm', 'zorg-operationeel', 'ovj-strafrechtelijk')),
        signaal_id INTEGER REFERENCES signalen(id) ON DELETE CASCADE,
        navraag_id INTEGER REFERENCES navragen(id) ON DELETE CASCADE,
        gegeven_door_partner_id INTEGER NOT NULL REFERENCES partners(id),
        ontvanger_partner_id INTEGER REFERENCES partners(id),
        gegeven_op TEXT NOT NULL,
        vastgelegd_door TEXT NOT NULL,
        vastgelegd_op TEXT NOT NULL,
        ingetrokken_op TEXT,
        toelichting TEXT NOT NULL DEFAULT '',
        CHECK ((signaal_id IS NULL) <> (navraag_id IS NULL))
      ) STRICT;
      CREATE INDEX toestemmingen_signaal ON toestemmingen(signaal_id);
      CREATE INDEX toestemmingen_navraag ON toestemmingen(navraag_id);
      CREATE TABLE verstrekkingen (
        id INTEGER PRIMARY KEY,
        tijd TEXT NOT NULL,
        door TEXT NOT NULL,
        ontvanger_partner_id INTEGER NOT NULL REFERENCES partners(id),
        doel TEXT NOT NULL,
        soort TEXT NOT NULL,
        dossier_id INTEGER,
        items TEXT NOT NULL,
        categorieen TEXT NOT NULL,
        overschreven INTEGER NOT NULL DEFAULT 0,
        overschrijf_reden TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX verstrekkingen_dossier ON verstrekkingen(dossier_id);
      CREATE INDEX verstrekkingen_ontvanger ON verstrekkingen(ontvanger_partner_id);
      CREATE TABLE spoedbesluiten (
        id INTEGER PRIMARY KEY,
        dossier_id INTEGER REFERENCES dossiers(id) ON DELETE SET NULL,
        verzoek TEXT NOT NULL,
        partner_ids TEXT NOT NULL,
        besloten_op TEXT NOT NULL,
        ketenregisseur TEXT NOT NULL,
        zorgcoordinator TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'wacht-op-bevestiging' CHECK (status IN ('wacht-op-bevestiging', 'bevestigd', 'ingetrokken')),
        bevestigd_op TEXT
      ) STRICT;
    `);
  },
};
